// Preloaded into the language server by a test (node --expose-gc --require): on SIGUSR2, collect
// garbage and print the heap in use to stderr, so the test can compare the heap before and after.
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') { global.gc(); global.gc(); }
  process.stderr.write(`heap-used ${process.memoryUsage().heapUsed}\n`);
});
