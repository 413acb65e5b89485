/** Entry of the `archnotes` command (bundled to dist/cli.cjs). */
// First: how eagerly V8 optimises applies to functions first run after it is set.
import '../tiering';
import { EXIT } from './exit-codes';
import { run } from './main';

/** A failure nobody expected is an internal error (exit 3), never 1, which CI reads as findings. */
function internalFailure(error: unknown): void {
  process.stderr.write(`archnotes: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(EXIT.internal);
}
process.on('uncaughtException', internalFailure);
process.on('unhandledRejection', internalFailure);

// `archnotes check . | head`: the reader went away; stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, internalFailure);
