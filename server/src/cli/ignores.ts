/** The `ignores` globs of `.archnotes.jsonc` (shared with the language server: workspace/ignores.ts). */
export { isIgnored } from '../workspace/ignores';
