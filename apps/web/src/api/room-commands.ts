import type { Ack, ClientToServerEvents, CommandBase, MeetingCommandName } from '@convene/contracts';
import type { Socket } from 'socket.io-client';
import type { MeetingSocket } from './meeting-socket';
import { rejectionInWords } from './refusal-words';

/** What a room command carries besides its meeting and idempotency key, which the sender adds. */
export type RoomCommandPayload<N extends MeetingCommandName> = Omit<
  Parameters<ClientToServerEvents[N]>[0],
  keyof CommandBase
>;

export interface SendPolicy {
  /** Attempts in all, the first included: a command that is never answered is given up, not retried for ever. */
  attempts: number;
  /** How long one attempt waits for the server's answer. */
  answerWithinMs: number;
  /** How long a command waits for the connection to come back before an attempt, so what you send goes when you're back. */
  reconnectWithinMs: number;
  /** The pause before the second attempt, doubled before each later one. */
  firstPauseMs: number;
}

const SEND_POLICY: SendPolicy = {
  attempts: 4,
  answerWithinMs: 8_000,
  reconnectWithinMs: 120_000,
  firstPauseMs: 500,
};

export const NOT_SENT: Ack = {
  ok: false,
  code: 'unavailable',
  message: 'Convene did not confirm it. Check the room before you send it again.',
};

/** Resolves true once the socket is connected, false if it is not back within `ms`. */
function whenConnected(socket: MeetingSocket, ms: number): Promise<boolean> {
  if (socket.connected) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (connected: boolean) => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      resolve(connected);
    };
    const onConnect = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    socket.on('connect', onConnect);
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one room command and resolves with the server's answer, a refusal in a person's words. Every attempt
 * carries the same idempotency key and the same payload, copied as it was when sent: a form changed while the
 * command waits cannot change a retry, which the server would refuse as the key used for another command. So a
 * command that got through but whose answer was lost is never acted on twice. While the connection is down the
 * command waits for it rather than using up its attempts; after `attempts` unanswered tries it gives up.
 */
export async function sendRoomCommand<N extends MeetingCommandName>(
  socket: MeetingSocket,
  name: N,
  command: RoomCommandPayload<N> & CommandBase,
  policy: SendPolicy = SEND_POLICY,
): Promise<Ack> {
  // The payload's type was checked against the command's name above; socket.io's own typings cannot follow a
  // generic event name, so the emit itself goes through the socket's untyped face.
  const untyped: Socket = socket;
  const sent: unknown = JSON.parse(JSON.stringify(command));
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    if (attempt > 0) await pause(policy.firstPauseMs * 2 ** (attempt - 1));
    if (!(await whenConnected(socket, policy.reconnectWithinMs))) return NOT_SENT;
    try {
      const ack = (await untyped.timeout(policy.answerWithinMs).emitWithAck(name, sent)) as Ack;
      return ack.ok ? ack : rejectionInWords(ack);
    } catch {
      // No answer in time: try again with the same key.
    }
  }
  return NOT_SENT;
}
