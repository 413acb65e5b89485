/**
 * The release version, read from package.json (esbuild bundles only the field that is used): the
 * CLI's and the server's `--version`, the server's `serverInfo`, SARIF's tool version, and the
 * rule-doc links, which point at this release's pages rather than at whatever `main` holds now.
 */
import { version } from '../../package.json';

export const VERSION: string = version;
