// Bundles the in-editor mocha suites (client/test/e2e/suite) into out/e2e/suite/index.js, the file that
// extensionTestsPath points at, both for api.js (code-server) and client/test/e2e/runDesktop.ts.
// One bundle rather than a tsc output tree: the suites import the helpers, and esbuild takes a second.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
await esbuild.build({
  entryPoints: [path.join(project, 'client/test/e2e/suite/index.ts')],
  outfile: path.join(project, 'out/e2e/suite/index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline', // stack traces of failing assertions point at the .ts lines
  // vscode: provided by the extension host. mocha: loaded from the project's node_modules at run time, where
  // its reporters and file loading work as published.
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log('built out/e2e/suite/index.js');
