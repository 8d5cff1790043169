// Loaded into a server under test with `node --expose-gc --import …/memory-probe.mjs` by the memory benchmark:
// on request over the IPC channel it collects garbage and answers with the process's heap figures. It adds
// nothing to the API; without an IPC channel it does nothing.
if (process.send) {
  process.on('message', (message) => {
    if (message?.type !== 'memory') return;
    globalThis.gc?.();
    globalThis.gc?.();
    process.send({ type: 'memory', ...process.memoryUsage() });
  });
  // The channel must not keep a server alive that would otherwise exit.
  process.channel?.unref();
}
