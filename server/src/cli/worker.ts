/** A CLI worker thread (bundled to dist/cli-worker.cjs): checks files taken from the shared counter. */
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { takeWork, type WorkerInput, type WorkerOutput } from './parallel';

const input = workerData as WorkerInput;
/** Tests only: this worker dies on the file with this name, as it would out of memory. */
const dieOn = process.env['ARCHNOTES_TEST_WORKER_DIES_ON'];
takeWork(input, (index, checked) => {
  if (dieOn && basename(checked.result.path) === dieOn) process.exit(70);
  const output: WorkerOutput = { index, checked };
  parentPort?.postMessage(output);
});
