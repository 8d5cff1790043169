import { Injectable } from '@nestjs/common';
import type { ClientToServerEvents, MeetingEvent, ServerToClientEvents } from '@convene/contracts';
import type { Namespace } from 'socket.io';

export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * The one way events leave the server: called only after the command's transaction has committed.
 * Through the Redis adapter, a room spans every API node.
 */
@Injectable()
export class MeetingBroadcaster {
  private namespace?: Namespace<ClientToServerEvents, ServerToClientEvents>;

  attach(namespace: Namespace<ClientToServerEvents, ServerToClientEvents>): void {
    this.namespace = namespace;
  }

  publish(event: MeetingEvent): void {
    this.namespace?.to(meetingRoom(event.meetingId)).emit('meeting.event', event);
  }

  /** Who is connected to the meeting now, on any node. */
  async presence(meetingId: string): Promise<string[]> {
    if (!this.namespace) return [];
    const sockets = await this.namespace.in(meetingRoom(meetingId)).fetchSockets();
    return [...new Set(sockets.map((s) => (s.data as { userId?: string }).userId).filter((id): id is string => Boolean(id)))].sort();
  }

  async publishPresence(meetingId: string): Promise<void> {
    if (!this.namespace) return;
    this.namespace.to(meetingRoom(meetingId)).emit('presence.changed', { meetingId, present: await this.presence(meetingId) });
  }
}
