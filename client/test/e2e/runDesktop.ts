// Runs the in-editor suites in desktop VS Code through @vscode/test-electron, on machines that can download
// VS Code (this project's own machines cannot: there scripts/e2e/api.js runs the same suites in code-server).
//
//   npm run test:e2e:desktop                     (VS Code stable)
//   VSCODE_VERSION=1.91.0 npm run test:e2e:desktop   (the oldest engine package.json accepts)
//
// On Linux without a display, wrap it in xvfb-run.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const project = path.resolve(__dirname, '../../..');

/** The same fresh workspace and quiet settings that scripts/e2e/lib.js gives code-server. */
function prepare(): { workspace: string; userData: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-e2e-'));
  const workspace = path.join(root, 'workspace');
  const userData = path.join(root, 'user-data');
  fs.mkdirSync(workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  for (const file of ['manuscript.md', 'manuscript.tex', 'references.bib']) {
    fs.copyFileSync(path.join(project, 'examples', file), path.join(workspace, file));
  }
  const settings = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'git.enabled': false,
    'markdown.validate.enabled': false,
    'editor.wordBasedSuggestions': 'off',
  };
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  return { workspace, userData };
}

async function main(): Promise<void> {
  // The extension as the suites load it (dist/) and the suites themselves (out/e2e/suite/index.js).
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: project, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/e2e/build-suites.mjs'], { cwd: project, stdio: 'inherit' });
  const { workspace, userData } = prepare();
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: project,
    extensionTestsPath: path.join(project, 'out/e2e/suite/index.js'),
    // --disable-extensions leaves the built-in ones (Markdown, LaTeX basics) and the one under development.
    launchArgs: [workspace, '--user-data-dir', userData, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    extensionTestsEnv: process.env.CLAIMLENS_E2E_RESULTS ? { CLAIMLENS_E2E_RESULTS: process.env.CLAIMLENS_E2E_RESULTS } : undefined,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
