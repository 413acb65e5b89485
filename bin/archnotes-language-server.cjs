#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'server.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('archnotes-language-server: dist/server.cjs is missing; run `npm run build` first\n');
  process.exit(2);
}
// Through a V8 code cache: the bundle's code compiled by an earlier run (code-cache.cjs).
require('./code-cache.cjs').runBundle(bundle, { saveAfterMs: 30_000 });
