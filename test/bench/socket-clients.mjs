// A child process holding a share of the benchmark's socket.io connections, so that thousands of
// handshakes are not queued behind one event loop. Driven over IPC by memory-per-connection.bench.mjs:
//   { type: 'connect', baseUrl, members, concurrency } → { type: 'connected', connected, failed, errors }
//   { type: 'disconnect' }                             → { type: 'disconnected' }
import { connected, memberSocket } from './bench-support.mjs';

let sockets = [];

async function connectAll(baseUrl, members, concurrency) {
  let next = 0;
  let failed = 0;
  const errors = new Set();
  const worker = async () => {
    while (next < members.length) {
      const socket = memberSocket(baseUrl, members[next++]);
      sockets.push(socket);
      try {
        await connected(socket, 60_000);
      } catch (error) {
        failed++;
        errors.add(error.message);
        socket.close();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  sockets = sockets.filter((s) => s.connected);
  return { connected: sockets.length, failed, errors: [...errors].slice(0, 5) };
}

process.on('message', async (message) => {
  if (message.type === 'connect')
    process.send({
      type: 'connected',
      ...(await connectAll(message.baseUrl, message.members, message.concurrency)),
    });
  if (message.type === 'disconnect') {
    sockets.forEach((s) => s.close());
    sockets = [];
    process.send({ type: 'disconnected' });
  }
});
process.send({ type: 'ready' });
