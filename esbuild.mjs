// Bundles the extension client and the CLI (which also runs the language server) with esbuild.
// Usage: node esbuild.mjs [--production] [--watch]. esbuild does not typecheck: `npm run typecheck` does.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { createRequire } from 'node:module';

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

/**
 * The lexicon's term index, built once here by the server's own code (compactLexicon in
 * server/src/core/entities/biomedical.ts, bundled from sources and run) and written beside each server bundle
 * as `lexicon.bin` (server/src/node/lexiconFile.ts). The bundle's lexiconPrebuilt.ts reads it with one
 * readFileSync, so the server neither parses the lexicon's rows nor indexes ~120k terms at start-up (issue
 * 10), and the bundle carries no data for V8 to scan.
 */
async function buildPrebuiltLexicon() {
  const { outputFiles } = await esbuild.build({
    stdin: {
      contents: `export { compactLexicon, serializeLexicon } from './server/src/core/entities/biomedical';
export { bundledLexiconData } from './server/src/core/entities/biomedicalData';
export { writeLexiconFile } from './server/src/node/lexiconFile';`,
      resolveDir: process.cwd(), loader: 'ts',
    },
    bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  const { compactLexicon, serializeLexicon, bundledLexiconData, writeLexiconFile } = module.exports;
  return writeLexiconFile(serializeLexicon(compactLexicon(bundledLexiconData())));
}

/** lexiconPrebuilt.ts in the server bundles: lexicon.bin beside the bundle. */
const prebuiltReader = `import { loadLexiconFile } from './server/src/node/lexiconFile';
export const prebuiltLexicon = () => loadLexiconFile(require('node:path').join(__dirname, 'lexicon.bin'));
`;

let prebuilt;
/** Every server bundle gets the prebuilt index; dist/cli.js leaves the lexicon's JSON files out (below). */
const prebuiltLexicon = (withJson) => ({
  name: 'prebuilt-lexicon',
  setup(build) {
    let used = false;
    build.onLoad({ filter: /[\\/]core[\\/]entities[\\/]lexiconPrebuilt\.ts$/ }, () => {
      used = true;
      return { contents: prebuiltReader, loader: 'ts', resolveDir: process.cwd() };
    });
    build.onEnd(async (result) => {
      if (!used || result.errors.length > 0) return;
      prebuilt ??= buildPrebuiltLexicon();
      const outfile = build.initialOptions.outfile;
      await mkdir(path.dirname(outfile), { recursive: true });
      await writeFile(path.join(path.dirname(outfile), 'lexicon.bin'), await prebuilt);
    });
    // The rows are in lexicon.bin (each row's JSON, parsed when its record is made), so dist/cli.js does not
    // carry the files as well; bundledLexiconData() is only called where there is no prebuilt index.
    // Only the rows biomedicalData.ts imports are in lexicon.bin; other generated files (e.g. the English
    // look-alikes compounds.ts reads) stay in the bundle as they are.
    if (!withJson) {
      build.onResolve({ filter: /[\\/]data[\\/]lexicon[\\/][^\\/]+\.json$/ }, (args) =>
        /[\\/]biomedicalData\.ts$/.test(args.importer) ? { path: args.path, namespace: 'lexicon-in-bin' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'lexicon-in-bin' }, () => ({
        contents: `throw new Error('the bundled lexicon is read from its prebuilt index (lexicon.bin), not from data/lexicon');`,
        loader: 'js',
      }));
    }
  },
});

/**
 * The literals of the reader's patterns (server/src/core/util/requiredLiterals.ts), worked out once here by the
 * server's own code (bundled from sources and run: every pattern whose literals the loaded reader and checker ask
 * for, recordReadings, then each table's words, registeredSentenceWords) and written into the server bundles as
 * literalsPrebuilt.ts, a JSON string. Issue 10: reading ~200 patterns' syntax trees was a quarter of the CPU to
 * the first diagnostic, at every start of the server and of its worker. Keyed by each pattern's flags and source,
 * so a pattern the table lacks is read at run time as before (literalsPrebuilt.test.ts).
 */
async function buildPrebuiltLiterals(ascii) {
  const { outputFiles } = await esbuild.build({
    stdin: {
      contents: `import { recordReadings } from './server/src/core/util/requiredLiterals';
export const readings = () => [...recordReadings(() => {
  require('./server/src/core/analysis/analyzeDocument');
  require('./server/src/core/claims/sentenceWords').registeredSentenceWords();
})];
export const wordIndex = () => {
  const { registeredSentenceWords, sharedIndexOf } = require('./server/src/core/claims/sentenceWords');
  return sharedIndexOf(registeredSentenceWords()).toBytes();
};`,
      resolveDir: process.cwd(), loader: 'ts',
    },
    bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning',
    supported: common.supported, plugins: [lexiconAsJson],
  });
  // The server bundle is made ASCII (asciiSource, below), which rewrites a regex literal's other characters as
  // escapes, and so its source: the readings of that bundle are made by code made ASCII the same way.
  const module = { exports: {} };
  new Function('module', 'exports', 'require', '__dirname', ascii ? asciiSource(outputFiles[0].text) : outputFiles[0].text)(module, module.exports, createRequire(import.meta.url), process.cwd());
  const readings = module.exports.readings();
  return {
    literals: `export const prebuiltLiterals = () => new Map(JSON.parse(${JSON.stringify(JSON.stringify(readings))}));\n`,
    // The shared index of the sentence words the same loaded code registers (claims/wordIndexPrebuilt.ts).
    wordIndex: module.exports.wordIndex(),
  };
}

/** wordIndexPrebuilt.ts in the server bundles: wordIndex.bin beside the bundle, if it is there. */
const wordIndexReader = `export const prebuiltWordIndex = () => {
  try { return require('node:fs').readFileSync(require('node:path').join(__dirname, 'wordIndex.bin')); } catch { return undefined; }
};
`;

const literals = new Map();
/**
 * literalsPrebuilt.ts in every server bundle: the readings buildPrebuiltLiterals worked out (`ascii`: for a bundle
 * made ASCII); and wordIndexPrebuilt.ts, a reader of the shared word index it built, written beside the bundle as
 * wordIndex.bin.
 */
const prebuiltLiterals = (ascii) => ({
  name: 'prebuilt-literals',
  setup(build) {
    const made = () => {
      if (!literals.has(ascii)) literals.set(ascii, buildPrebuiltLiterals(ascii));
      return literals.get(ascii);
    };
    let indexUsed = false;
    build.onLoad({ filter: /[\\/]core[\\/]util[\\/]literalsPrebuilt\.ts$/ }, async () => ({ contents: (await made()).literals, loader: 'js' }));
    build.onLoad({ filter: /[\\/]core[\\/]claims[\\/]wordIndexPrebuilt\.ts$/ }, () => {
      indexUsed = true;
      return { contents: wordIndexReader, loader: 'js' };
    });
    build.onEnd(async (result) => {
      if (!indexUsed || result.errors.length > 0) return;
      const outfile = build.initialOptions.outfile;
      await mkdir(path.dirname(outfile), { recursive: true });
      await writeFile(path.join(path.dirname(outfile), 'wordIndex.bin'), (await made()).wordIndex);
    });
  },
});

/**
 * The part-of-speech model (wink-eng-lite-web-model, ~3.5 MB of JSON) as files beside the bundle, read when
 * the tagger is first used: inside the bundle, V8 read and scanned it at every start of the server (and of
 * its worker) whether or not a sentence needed the tagger. Each model file the bundle requires becomes
 * `dist/wink/<name>.json` and a two-line module that reads it; the core model, `dist/wink/eng-core-web-model.bin`.
 */
const winkModelFiles = {
  name: 'wink-model-files',
  setup(build) {
    const used = new Map();
    build.onLoad({ filter: /[\\/]wink-eng-lite-web-model[\\/].*\.json$/ }, (args) => {
      const name = path.basename(args.path);
      used.set(name, args.path);
      const file = `require('node:path').join(__dirname, 'wink', ${JSON.stringify(coreFileName(name))})`;
      // The core model in winkCoreFile.ts's layout (issue 10, stop 46: about half of the tagger's load was
      // reading its JSON as text and parsing it).
      return name === winkCoreJson
        ? { contents: `module.exports = require('./server/src/core/language/winkCoreFile').decodeWinkCore(require('node:fs').readFileSync(${file}));`, loader: 'js', resolveDir: process.cwd() }
        : { contents: `module.exports = JSON.parse(require('node:fs').readFileSync(${file}, 'utf8'));`, loader: 'js' };
    });
    // wink's model module (model.js) requires every model's loader, and each loader its model's JSON, as it
    // loads; the tagger (winkPipeline.ts) calls only the core's and the part-of-speech model's. Each other loader
    // (sentiment 0.4 MB, named entities 0.17 MB, sentence breaks, negation, custom entities) reads its file when
    // first called, the same objects from then on: ~10 ms of CPU less in the first check at start-up (issue 10).
    build.onLoad({ filter: /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]load-(sa|ner|sbd|negation|cer-meta)-model\.js$/ }, async (args) => ({
      contents: `let loader;
module.exports = function () {
  if (!loader) {
    const module = { exports: {} };
    (function (module, exports) {
${await readFile(args.path, 'utf8')}
    })(module, module.exports);
    loader = module.exports;
  }
  return loader.apply(this, arguments);
};
`,
      loader: 'js',
    }));
    build.onEnd(async (result) => {
      if (used.size === 0 || result.errors.length > 0) return;
      const folder = path.join(path.dirname(build.initialOptions.outfile), 'wink');
      await mkdir(folder, { recursive: true });
      for (const [name, source] of used) {
        await writeFile(path.join(folder, coreFileName(name)), name === winkCoreJson ? await winkCoreFile(source) : await readFile(source));
      }
    });
  },
};

const winkCoreJson = 'eng-core-web-model.json';
const coreFileName = (name) => (name === winkCoreJson ? name.replace(/\.json$/, '.bin') : name);

/** The core model's file, made by the server's own winkCoreFile.ts (bundled from sources and run). */
async function winkCoreFile(source) {
  const { outputFiles } = await esbuild.build({
    entryPoints: ['server/src/core/language/winkCoreFile.ts'], bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports.encodeWinkCore(JSON.parse(await readFile(source, 'utf8')), (text) => Buffer.from(text, 'base64'));
}

/** The event the server emits after its first published diagnostics (server/src/node/compileCache.ts). */
const firstDiagnosticsEvent = 'claimlens:first-diagnostics';

/**
 * dist/cli.js is a small loader and the server's code is dist/server.js. Compiling the 5.7 MB bundle was most
 * of the server's time to answer `initialize` (~0.4 s of CPU at every start, of the server and of its analysis
 * worker). The loader compiles it through vm.Script with V8's code cache: the first start writes the cache
 * in the user's own folder among the system's temporary files, keyed by the bundle's hash (written into the loader here) and Node's
 * version and architecture; later starts read it and skip the compilation. Node's own compile cache
 * (module.enableCompileCache) needs Node 22.1, and the engines field and VS Code's Electron allow Node 20. A
 * cache that cannot be read, written (a read-only or missing folder) or that V8 rejects is compilation as
 * before; CLAIMLENS_COMPILE_CACHE names another folder, or is `off`.
 *
 * V8 rejects a code cache made under other V8 flags than the compilation's, and the language server sets one,
 * its heap growing factor (server/src/node/heapGrowth.ts, inlined here as `heapRule`). Set by the server once
 * running, it was in the flags of every cache the server wrote and in none of its next compilations: every start
 * compiled the bundle again (and wrote the cache again), ~0.3 s of CPU before the first diagnostic (issue 10).
 * The loader of a server start sets the flag before compiling (the server sets it again, to the same value),
 * and the cache of such starts has a name of its own, so that the CLI's starts (V8's default) keep theirs.
 * The analysis worker (the only other thread that runs the bundle) compiles under the flag its server set.
 */
const loaderSource = (hash, heapRule) => `#!/usr/bin/env node
// Written by esbuild.mjs: compiles server.js (the CLI and language server) with V8's code cache.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { isMainThread } = require('node:worker_threads');
const bundle = path.join(__dirname, 'server.js');
// The language server's V8 flag, set before compiling so that its code cache is made and read under the same flags (esbuild.mjs).
${heapRule}
const serverStart = process.argv[2] === 'lsp' || !isMainThread;
const heapPercent = !serverStart ? 0 : isMainThread ? heapGrowth.limitHeapGrowth() : heapGrowth.heapGrowingPercent();
const setting = process.env.CLAIMLENS_COMPILE_CACHE;
// V8 trusts a code cache as it trusts code: the folder is the user's own (a temporary folder may be shared),
// and a cache file another user owns is never read.
const uid = process.getuid?.();
const folder = setting === 'off' ? undefined : setting || path.join(require('node:os').tmpdir(), \`claimlens-compile-cache\${uid === undefined ? '' : \`-\${uid}\`}\`);
const cacheFile = folder && path.join(folder, \`server-${hash}-\${process.version}-\${process.arch}\${heapPercent > 0 ? \`-heap\${heapPercent}\` : ''}.bin\`);
let cachedData;
try {
  if (cacheFile && (uid === undefined || fs.statSync(cacheFile).uid === uid)) cachedData = fs.readFileSync(cacheFile);
} catch {}
// The bundle is ASCII (asciiSource, in esbuild.mjs; cliCompileCache.test.ts): read as Latin-1 it is the same
// text, made without UTF-8's decoding (~35 of ~75 ms of CPU for the 7.5 MB, before the first diagnostic).
const script = new vm.Script(require('node:module').wrap(fs.readFileSync(bundle, 'latin1')), {
  filename: bundle,
  cachedData,
});
if (cacheFile && (!cachedData || script.cachedDataRejected) && isMainThread) {
  // Written under another name, then renamed: a server starting meanwhile reads a whole cache or none.
  const write = () => {
    try {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      const partial = \`\${cacheFile}.\${process.pid}\`;
      fs.writeFileSync(partial, script.createCachedData());
      fs.renameSync(partial, cacheFile);
    } catch {}
  };
  // Once the start-up code has run; when the language server has published its first diagnostics, the
  // functions that answered initialize, loaded the library and checked the first document are compiled too
  // (server/src/node/compileCache.ts: a start ended before the timer below left a cache without them);
  // and again a few seconds later, with what ran meanwhile (a server ended sooner keeps the last).
  setImmediate(write);
  process.once(${JSON.stringify(firstDiagnosticsEvent)}, write);
  setTimeout(write, 3000).unref();
}
script.runInThisContext()(exports, require, module, bundle, __dirname);
`;

/**
 * The server bundle in ASCII. esbuild escapes non-ASCII characters in strings but leaves them in regular
 * expressions and comments (wink's /[\-\u2013\u2014]/, a typographic apostrophe in a comment); one such
 * character makes V8 hold the whole 5.8 MB source as a two-byte string, 11 MB in each thread (the main one and
 * the analysis worker, 22 MB of the server's memory; issue 10). Each becomes its \u escape, which means the same
 * character in a regular expression (an identity escape "\\<char>" loses its backslash: "\\u2013" would be
 * text) and nothing in a comment; source maps are off by those few columns on those lines.
 */
function asciiSource(source) {
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) =>
    `${slashes.slice(0, slashes.length - (slashes.length % 2))}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Makes the server bundle ASCII (asciiSource, above) and writes dist/cli.js, its loader (above), beside it. */
const compileCacheLoader = {
  name: 'compile-cache-loader',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length > 0) return;
      const outfile = build.initialOptions.outfile;
      const source = await readFile(outfile, 'utf8');
      const ascii = asciiSource(source);
      if (ascii !== source) await writeFile(outfile, ascii);
      const hash = createHash('sha256').update(ascii).digest('hex').slice(0, 16);
      const loader = path.join(path.dirname(outfile), 'cli.js');
      const heapRule = (await esbuild.build({ entryPoints: ['server/src/node/heapGrowth.ts'], bundle: true, write: false, platform: 'node', format: 'iife', globalName: 'heapGrowth', target: 'node20', logLevel: 'warning' })).outputFiles[0].text.trim();
      await writeFile(loader, loaderSource(hash, heapRule));
      await chmod(loader, 0o755);
    });
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
  // esbuild (0.28) lowers every regex literal with a `\p{..}` outside a character class to `new RegExp(...)`,
  // even for Node targets that run them natively; inside a function that builds a new RegExp object at every
  // call (hot paths of the reader did so per word or per sentence, issue 10). Node 20 has the escapes.
  supported: { 'regexp-unicode-property-escapes': true },
  plugins: [prebuiltLexicon(false), lexiconAsJson, winkModelFiles],
};

const builds = process.argv.includes('--bench')
  ? // `npm run bench` runs the bundled code, as the server does.
    [{ ...common, sourcemap: false, entryPoints: ['server/bench/run.ts'], outfile: 'out/bench/run.js', plugins: [prebuiltLexicon(true), prebuiltLiterals(false), lexiconAsJson, winkModelFiles] },
      // The 1M-fact library's first read alone, for profiling (server/bench/firstRead.ts).
      { ...common, sourcemap: false, entryPoints: ['server/bench/firstRead.ts'], outfile: 'out/bench/firstRead.js', plugins: [prebuiltLexicon(true), prebuiltLiterals(false), lexiconAsJson, winkModelFiles] }]
  : [
  // The VS Code client: vscode is provided by the editor at run time.
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The CLI, which is also the language server (`claimlens lsp --stdio` / `--node-ipc`).
  // dist/cli.js is the loader that compiles it with V8's code cache (compileCacheLoader).
  // Whitespace and comments left out (7.8 -> 5.7 MB; names and syntax kept, the source map maps it): every start of
  // the server and of its worker reads the whole source and V8 holds it, ~20 ms of CPU before `initialize` (issue 10).
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/server.js', plugins: [...common.plugins, prebuiltLiterals(true), compileCacheLoader], minifyWhitespace: true,
    // import() of a Node module becomes require(): code compiled by vm.Script has no dynamic import on Node 20
    // (without an experimental flag).
    supported: { ...common.supported, 'dynamic-import': false } },
    ];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
