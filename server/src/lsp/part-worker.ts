/**
 * Worker thread for opening big documents: analyses one part (engine/parts.ts) and posts it back.
 * Bundled as dist/part-worker.cjs; the server's PartPool starts it.
 */
import { parentPort } from 'node:worker_threads';
import { analyzePart } from '../engine/parts';

export interface PartRequest {
  readonly id: number;
  readonly text: string;
  readonly from: number;
  readonly until: number;
}

parentPort?.on('message', (request: PartRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, part: analyzePart(request.text, request.from, request.until) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: (error as Error).message });
  }
});
