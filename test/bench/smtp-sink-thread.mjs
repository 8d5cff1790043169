// An SMTP server that accepts every message at once, in a worker thread of its own, so that the benchmark's vote
// timings are not kept waiting by its work: the number accepted is counted in the shared `workerData.accepted`.
import { parentPort, workerData } from 'node:worker_threads';
import { SMTPServer } from 'smtp-server';

const accepted = new Int32Array(workerData.accepted);
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      Atomics.add(accepted, 0, 1);
      callback();
    });
  },
});
// A connection reset by a client is a message not accepted, not a reason to stop the benchmark.
smtp.on('error', () => undefined);
smtp.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: smtp.server.address().port }));
parentPort.on('message', (message) => {
  if (message === 'close') smtp.close(() => process.exit(0));
});
