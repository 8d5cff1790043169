/**
 * A stand-in for the room's socket.io connection whose answers a test scripts: what the room listens for is kept
 * in `handlers`, so the test can play the server's side (`connect`, `connect_error`, `meeting.event`), and every
 * emit is answered by `answer`. Used from `vi.mock('…/api/meeting-socket')`.
 */
export interface ScriptedRoomServer {
  handlers: Map<string, (arg?: unknown) => void>;
  answer: (name: string, payload: Record<string, unknown>) => unknown;
  /** How many times the room asked to connect again. */
  connects: number;
}

export const aScriptedSocket = (server: ScriptedRoomServer) => ({
  connected: true,
  on: (name: string, handler: (arg?: unknown) => void) => server.handlers.set(name, handler),
  off: () => undefined,
  removeAllListeners: () => undefined,
  disconnect: () => undefined,
  connect: () => server.connects++,
  timeout: () => ({
    emitWithAck: (name: string, payload: Record<string, unknown>) =>
      Promise.resolve(server.answer(name, payload)),
  }),
});
