import type {
  Ack,
  ClientToServerEvents,
  JoinAck,
  MeetingEvent,
  MeetingSnapshot,
  ServerToClientEvents,
} from '@convene/contracts';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';

export type MeetingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A member's live connection, recording every frame it receives, as a real client would see them. */
export class MeetingClient {
  readonly frames: { event: string; args: unknown[] }[] = [];
  readonly events: MeetingEvent[] = [];

  private constructor(readonly socket: MeetingSocket) {
    socket.onAny((event: string, ...args: unknown[]) => {
      this.frames.push({ event, args });
      if (event === 'meeting.event') this.events.push(args[0] as MeetingEvent);
    });
  }

  static async connect(
    baseUrl: string,
    cookie: string,
    options: { reconnection?: boolean } = {},
  ): Promise<MeetingClient> {
    const socket: MeetingSocket = io(`${baseUrl}/meetings`, {
      transports: ['websocket'],
      extraHeaders: { cookie },
      reconnection: options.reconnection ?? false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error) => reject(error));
    });
    return new MeetingClient(socket);
  }

  async join(meetingId: string): Promise<MeetingSnapshot> {
    const ack = await this.emit('meeting.join', { meetingId });
    this.frames.push({ event: 'ack:meeting.join', args: [ack] });
    if (!ack.ok) throw new Error(`join refused: ${ack.code} ${ack.message}`);
    return (ack as Extract<JoinAck, { ok: true }>).snapshot;
  }

  /** Sends a command with a fresh idempotency key (or the one given) and returns the acknowledgement. */
  async send(
    name: keyof ClientToServerEvents,
    payload: Record<string, unknown>,
    idempotencyKey: string = randomUUID(),
  ): Promise<Ack> {
    const ack = (await this.emit(name, { idempotencyKey, ...payload })) as Ack;
    this.frames.push({ event: `ack:${name}`, args: [ack] });
    return ack;
  }

  emit(name: keyof ClientToServerEvents, payload: unknown): Promise<Ack | JoinAck> {
    return this.socket.timeout(10_000).emitWithAck(name as 'meeting.join', payload as never) as Promise<
      Ack | JoinAck
    >;
  }

  /** Resolves when an event matching the test arrives (or has already arrived). */
  waitForEvent(test: (event: MeetingEvent) => boolean, timeoutMs = 5000): Promise<MeetingEvent> {
    const found = this.events.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.socket.off('meeting.event', listener);
        reject(new Error('timed out waiting for a meeting event'));
      }, timeoutMs);
      const listener = (event: MeetingEvent) => {
        if (!test(event)) return;
        clearTimeout(timer);
        this.socket.off('meeting.event', listener);
        resolve(event);
      };
      this.socket.on('meeting.event', listener);
    });
  }

  close(): void {
    this.socket.close();
  }
}

export const newKey = () => randomUUID();
