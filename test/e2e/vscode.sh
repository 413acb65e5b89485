#!/usr/bin/env bash
# `npm run test:vscode`: build the extension, bundle client/src/test, and run the suite in a desktop
# VS Code downloaded by @vscode/test-electron (see electron/run.cjs for when this works).
set -euo pipefail
E2E=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$E2E/../.." && pwd)
[ -d "$E2E/electron/node_modules/@vscode/test-electron" ] || (cd "$E2E/electron" && npm ci --no-audit --no-fund --loglevel=error)
(cd "$REPO" && npm run --silent build)
node "$E2E/build-tests.mjs" "$REPO/out/test"
node "$E2E/electron/run.cjs"
