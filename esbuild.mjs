// Bundles the extension client and the CLI (which also runs the language server) with esbuild.
// Usage: node esbuild.mjs [--production] [--watch]. esbuild does not typecheck: `npm run typecheck` does.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The lexicon of biomedicine (data/lexicon/*.json, a few MB) goes into the bundle as a string that
// JSON.parse reads, which V8 does several times faster than compiling the same data as an object literal.
const lexiconAsJson = {
  name: 'lexicon-as-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/]lexicon[\\/][^\\/]+\.json$/ }, async (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
  plugins: [lexiconAsJson],
};

const builds = process.argv.includes('--bench')
  ? // `npm run bench` runs the bundled code, as the server does.
    [{ ...common, sourcemap: false, entryPoints: ['server/bench/run.ts'], outfile: 'out/bench/run.js' }]
  : [
  // The VS Code client: vscode is provided by the editor at run time.
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The CLI, which is also the language server (`claimlens lsp --stdio` / `--node-ipc`).
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
    ];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
