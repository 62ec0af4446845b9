// Entry point of the in-editor suites, in the @vscode/test-electron contract: the extension host loads this
// module (extensionTestsPath) and awaits run(); a rejection fails the run. scripts/e2e/build-suites.mjs bundles
// it with the suites into out/e2e/suite/index.js; `vscode` and `mocha` stay external (the editor provides the
// first, the project's node_modules the second).
import * as fs from 'node:fs';
import Mocha from 'mocha';

/** Where api.js wants the per-test results (JSON); set in code-server's environment, inherited by the host. */
const resultsFile = process.env.CLAIMLENS_E2E_RESULTS;

export function run(): Promise<void> {
  // 90 s per test: a guard against hangs. The first test opens a draft in a cold workbench, which took over 30 s
  // on a loaded machine (load average 12 on two cores).
  const mocha = new Mocha({ ui: 'tdd', timeout: 90000, color: false, reporter: 'spec' });
  // The suites are bundled into this file rather than loaded with mocha.addFile, so the tdd globals
  // (suite, test, …) must exist before their modules run: pre-require defines them, then require() runs them.
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  require('./languages.test');
  require('./diagnostics.test');
  require('./hover.test');
  require('./completion.test');
  require('./codeActions.test');
  require('./commands.test');
  require('./latexProject.test');
  require('./bibRecovery.test'); // rewrites references.bib (and restores it)
  require('./outsideBibliography.test'); // a .bib in a temporary folder outside the workspace
  require('./finding.test');
  require('./ignoreClaim.test'); // changes the workspace's settings (and restores them)
  require('./disable.test'); // last: it changes the workspace's settings (and restores them)

  return new Promise((resolve, reject) => {
    const passed: string[] = [];
    const failed: { title: string; error: string }[] = [];
    const runner = mocha.run((failures) => {
      console.log(`in-editor suites: ${passed.length} passed, ${failed.length} failed`);
      if (resultsFile) fs.writeFileSync(resultsFile, `${JSON.stringify({ name: 'api', passed, failed }, null, 2)}\n`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    runner.on('pass', (test) => passed.push(test.fullTitle()));
    runner.on('fail', (test, error: Error) => failed.push({ title: test.fullTitle(), error: error.stack ?? String(error) }));
  });
}
