/** A CLI worker thread (bundled to dist/cli-worker.cjs): checks files taken from the shared counter. */
import { workerData } from 'node:worker_threads';
import { takeWork, type WorkerInput, type WorkerOutput } from './parallel';

const input = workerData as WorkerInput;
takeWork(input, (index, checked) => {
  const output: WorkerOutput = { index, checked };
  input.port.postMessage(output);
});
