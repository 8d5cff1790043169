import type { Socket } from 'socket.io';
import type { PersonLimits } from '../../common/rate-limits/person-limits.js';
import { handshakeRefusal, type SocketData } from './socket-authentication.js';

/**
 * socket.io middleware, after authentication: a person over their limit of connections open at once, or of new
 * connections a minute, is refused at the handshake (`connect_error` with the message `rate_limited` and
 * `data: { code, message, retryAfterMs }`). An admitted connection holds its place until it disconnects.
 */
export function limitConnections(limits: PersonLimits) {
  const admit = async (socket: Socket): Promise<Error | undefined> => {
    const { userId } = socket.data as SocketData;
    const refused = await limits.admitConnection(userId, socket.id, socket.handshake.address);
    if (refused)
      return handshakeRefusal('rate_limited', refused.message, { retryAfterMs: refused.retryAfterMs });
    socket.once('disconnect', () => limits.releaseConnection(userId, socket.id));
    return undefined;
  };
  return (socket: Socket, next: (error?: Error) => void): void => void admit(socket).then(next);
}
