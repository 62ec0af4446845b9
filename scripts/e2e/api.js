// Runs the in-editor mocha suites (client/test/e2e/suite, bundled into out/e2e/suite/index.js) inside
// code-server's extension host, with the extension loaded from the project folder as a development extension:
// the @vscode/test-electron contract (extensionDevelopmentPath + extensionTestsPath, run() decides the exit code)
// in a browser-served VS Code.
//
//   node scripts/e2e/api.js        (run.sh builds dist/ and the suites first)
//
// How the contract is reached in code-server (found in the trial in shared/e2e-recipe):
//  - The web workbench reads extensionDevelopmentPath/extensionTestsPath from the URL's ?payload=, but a built
//    VS Code ignores them unless the server has developmentOptions.enableSmokeTestDriver; code-server passes
//    VS Code server flags through with --vscode-option, hence `--vscode-option enable-smoke-test-driver`.
//  - The paths are vscode-remote:// URIs whose authority is the host:port the page was served from.
//  - When run() settles, the workbench calls window.codeAutomationExit(code); we expose that function to the
//    page before loading it, and the code (0 = all passed) is the verdict.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib');

const TIMEOUT_MS = Number(process.env.E2E_API_TIMEOUT_MS || 300000);

async function main() {
  const suites = path.join(lib.PROJECT, 'out/e2e/suite/index.js');
  if (!fs.existsSync(suites)) throw new Error(`${suites} is missing: run node scripts/e2e/build-suites.mjs first`);
  const dirs = lib.freshRun('api');
  const resultsFile = path.join(dirs.root, 'mocha-results.json');
  // Inherited by the extension host, where index.ts writes the per-test results.
  const server = await lib.startCodeServer(dirs, {
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    env: { CLAIMLENS_E2E_RESULTS: resultsFile },
  });
  lib.log(`code-server listening on port ${server.port}`);
  let browser;
  let exitCode = 'no result';
  const screenshots = [];
  try {
    browser = await lib.launchBrowser(dirs);
    const page = browser.pages()[0] ?? (await browser.newPage());
    const finished = new Promise((resolve) => { page.exposeFunction('codeAutomationExit', (code) => resolve(code)); });
    // The mocha spec reporter's lines arrive as extension-host console output; keep those, drop the workbench's own.
    lib.forwardConsole(page, { prefix: 'ext host' });
    const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(lib.PROJECT)],
      ['extensionTestsPath', remote(suites)],
      ['skipWelcome', 'true'],
    ]);
    // The workbench is tens of megabytes of scripts: on a loaded machine (load average 12 on two cores was seen)
    // its load event came after Playwright's default 30 s. Only the document is awaited here; run() reporting
    // back is what counts, within TIMEOUT_MS.
    await page.goto(`${server.url}&payload=${encodeURIComponent(payload)}`, { waitUntil: 'domcontentloaded', timeout: 120000 });
    lib.log('workbench loading; the suites start when the extension host is up');
    let timer;
    exitCode = await Promise.race([finished, new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS); })]);
    clearTimeout(timer);
    if (exitCode !== 0) {
      const file = path.join(lib.SCREENSHOTS, 'api-failure.png'); // the workbench as the failed run left it
      if (await page.screenshot({ path: file }).then(() => true, () => false)) screenshots.push(file);
    }
    lib.log(`extension host test run finished: codeAutomationExit(${exitCode})`);
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    await server.stop();
  }

  // The per-test results come from index.ts; without them (the host crashed, the suites never loaded)
  // the whole run counts as one failure.
  let results;
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    results = { passed: [], failed: [{ title: 'in-editor suites', error: `no results from the extension host (exit: ${exitCode})` }] };
  }
  if (exitCode !== 0 && results.failed.length === 0) results.failed.push({ title: 'in-editor suites', error: `extension host reported exit ${exitCode}` });
  lib.writeResults('api', results.passed, results.failed, { screenshots });
  if (results.failed.length) {
    for (const { title, error } of results.failed) console.log(`  FAILED ${title}\n    ${error.split('\n').slice(0, 6).join('\n    ')}`);
    lib.printExtensionHostLogs(dirs);
    console.log(`  code-server log: ${path.relative(lib.PROJECT, server.logFile)}`);
  }
  console.log(`api: ${results.passed.length} passed, ${results.failed.length} failed`);
  return results.failed.length === 0;
}

main().then((ok) => { process.exitCode = ok ? 0 : 1; }, (error) => {
  console.error(error);
  lib.writeResults('api', [], [{ title: 'api.js', error: String(error.stack ?? error) }]);
  console.log('api: 0 passed, 1 failed');
  process.exitCode = 1;
});
