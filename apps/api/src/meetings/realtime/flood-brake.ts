import type { Socket } from 'socket.io';

/** What of a WebSocket (the `ws` package's, under engine.io) holding back its reads needs. */
interface PausableWebSocket {
  pause(): void;
  resume(): void;
}

/** The connections held back now, until when their timer resumes them. */
const heldBack = new WeakMap<PausableWebSocket, NodeJS.Timeout>();

/**
 * Stops reading a connection for `ms` once its person is over their command limit. What their client sends
 * meanwhile waits in its own TCP buffers, and is read and answered when the time is up: nothing is lost, and
 * the client's own backpressure slows it. Without this, a flood is answered frame by frame as fast as it comes —
 * a refusal costs no database work, but thousands a second still take the event loop from everyone else in the
 * room. Held back, a flooding person costs a few refusals a window on each of their connections.
 *
 * Only a WebSocket connection can be held back; one still on HTTP long-polling is refused frame by frame.
 * Heartbeats wait too, which is safe while `ms` is far below the ping timeout (20 s): the command window is 1 s.
 */
export function holdBackFlood(socket: Socket, ms: number): void {
  const webSocket = pausableWebSocketOf(socket);
  if (!webSocket || heldBack.has(webSocket)) return;
  webSocket.pause();
  const timer = setTimeout(() => {
    heldBack.delete(webSocket);
    // A closed WebSocket ignores this.
    webSocket.resume();
  }, ms);
  timer.unref();
  heldBack.set(webSocket, timer);
}

function pausableWebSocketOf(socket: Socket): PausableWebSocket | null {
  const transport = socket.conn.transport as unknown as {
    name?: string;
    socket?: Partial<PausableWebSocket>;
  };
  const webSocket = transport.name === 'websocket' ? transport.socket : undefined;
  return typeof webSocket?.pause === 'function' && typeof webSocket.resume === 'function'
    ? (webSocket as PausableWebSocket)
    : null;
}
