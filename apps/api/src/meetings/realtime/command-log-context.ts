import type { LogContext } from '../../common/logging/log-context.js';

/** Ids from a payload not yet validated: kept for the log only when short and plain, as every real client's are. */
const PLAIN_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const plainId = (value: unknown) => (typeof value === 'string' && PLAIN_ID.test(value) ? value : undefined);

/** What every line written while a socket command is handled carries: which command, whose, in which meeting. */
export function commandLogContext(
  socket: { id: string; data: { userId: string } },
  command: string,
  payload: unknown,
): LogContext {
  const fields = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  return {
    command,
    idempotencyKey: plainId(fields.idempotencyKey),
    meetingId: plainId(fields.meetingId),
    userId: socket.data.userId,
    socketId: socket.id,
  };
}
