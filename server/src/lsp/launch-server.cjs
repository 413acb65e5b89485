'use strict';
/**
 * Entry of dist/server-launch.cjs (scripts/build.mjs bundles it with bin/code-cache.cjs): runs the
 * language server bundle beside it, dist/server.cjs, through the V8 code cache, as
 * bin/archnotes-language-server.cjs does for the stdio server. The extension starts the server
 * through this file: VS Code forks a module, and dist/server.cjs forked directly compiled the same
 * 2 MB bundle again on every start (the vsix carries dist/ only, so the launcher lives there).
 */
const path = require('node:path');
require('../../../bin/code-cache.cjs').runBundle(path.join(__dirname, 'server.cjs'), { saveAfterMs: 30_000 });
