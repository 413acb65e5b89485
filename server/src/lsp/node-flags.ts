/**
 * Node flags the language server runs with, shared by the VS Code client (fork execArgv), the bin's
 * shebang and the benchmark. A 64 MB young-generation semi-space: the markdown parser allocates
 * many short-lived objects, and with Node's default (16 MB) a cold analysis of the notes spent
 * about twice as long in garbage collection (≈28 % more CPU per analysis, measured with
 * `--max-semi-space-size=64` against the default). V8 reads the flag only at start-up.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
