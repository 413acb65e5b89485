/** Entry of the `archnotes` command (bundled to dist/cli.cjs). */
import { run } from './main';

process.exitCode = run(process.argv.slice(2));
