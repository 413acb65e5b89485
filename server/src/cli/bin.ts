/** Entry of the `archnotes` command (bundled to dist/cli.cjs). */
import { run } from './main';

// `archnotes check . | head`: the reader went away; stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
