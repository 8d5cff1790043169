import { MEETINGS_NAMESPACE, type ClientToServerEvents, type ServerToClientEvents } from '@convene/contracts';
import { io, type Socket } from 'socket.io-client';

export type MeetingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The live room connection: same origin, so the session cookie authenticates it. */
export function connectMeetingSocket(): MeetingSocket {
  return io(MEETINGS_NAMESPACE, { withCredentials: true, transports: ['websocket', 'polling'] });
}
