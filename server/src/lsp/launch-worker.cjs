'use strict';
/**
 * Entry of dist/server-worker-launch.cjs: the language server's analysis worker (dist/server-worker.cjs)
 * through the V8 code cache. The worker analyses a big document's first analysis in the editor, so
 * the code it compiles (the parser, the recognisers, the rules) is what the cache saves most of. A
 * worker thread gets no `exit` event when the server ends: analysis-worker.ts writes the cache itself
 * once its first analysis is done (`exposeSave`); the timer covers a worker that only ever updates.
 */
const path = require('node:path');
require('../../../bin/code-cache.cjs').runBundle(path.join(__dirname, 'server-worker.cjs'), { saveAfterMs: 30_000, exposeSave: true });
