import { Injectable } from '@nestjs/common';
import type { ClientToServerEvents, MeetingEvent, ServerToClientEvents } from '@convene/contracts';
import type { Namespace } from 'socket.io';

export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;
export const userRoom = (userId: string) => `user:${userId}`;

/** How long presence waits for the other API nodes; they answer within milliseconds when Redis is up. */
const PRESENCE_TIMEOUT_MS = 2_000;

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

  /**
   * Who is connected to the meeting now, on any node. Asking the other nodes goes through Redis; while Redis is
   * down that question waits or fails, so after PRESENCE_TIMEOUT_MS this node answers with its own sockets: a
   * join still gets its snapshot, and the presence events sent on joins and disconnections never reject.
   */
  async presence(meetingId: string): Promise<string[]> {
    if (!this.namespace) return [];
    const room = meetingRoom(meetingId);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), PRESENCE_TIMEOUT_MS)));
    const everywhere = await Promise.race([this.namespace.in(room).fetchSockets(), late])
      .catch(() => null)
      .finally(() => clearTimeout(timer));
    const userIds = everywhere
      ? everywhere.map((s) => (s.data as { userId?: string }).userId)
      : [...(this.namespace.adapter.rooms.get(room) ?? [])].map((id) => (this.namespace!.sockets.get(id)?.data as { userId?: string } | undefined)?.userId);
    return [...new Set(userIds.filter((id): id is string => Boolean(id)))].sort();
  }

  async publishPresence(meetingId: string): Promise<void> {
    if (!this.namespace) return;
    this.namespace.to(meetingRoom(meetingId)).emit('presence.changed', { meetingId, present: await this.presence(meetingId) });
  }
}
