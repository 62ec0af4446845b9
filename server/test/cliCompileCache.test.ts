// dist/cli.js compiles the server bundle with V8's code cache (esbuild.mjs): the first run writes the cache,
// later runs read it, and a folder that cannot be written or a damaged cache only means compiling as before.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
  StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { firstDiagnosticsEvent } from '../src/node/compileCache';
import { serverHeapGrowingPercent } from '../src/node/heapGrowth';

const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');

function version(cacheSetting: string) {
  const result = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', env: { ...process.env, CLAIMLENS_COMPILE_CACHE: cacheSetting } });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

suite('compile cache of the server bundle', function () {
  this.timeout(60000);
  let dir: string;

  suiteSetup(function () {
    if (!fs.existsSync(cli)) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-compile-cache-test-'));
  });

  suiteTeardown(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  test('the first run writes the cache for this Node, later runs read it and answer the same', () => {
    const folder = path.join(dir, 'cache');
    const first = version(folder);
    assert.equal(first.status, 0, first.stderr);
    const files = fs.readdirSync(folder);
    assert.equal(files.length, 1);
    assert.match(files[0], new RegExp(`^server-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`));
    assert.ok(fs.statSync(path.join(folder, files[0])).size > 10_000, 'the cache holds compiled code');
    const second = version(folder);
    assert.equal(second.status, 0, second.stderr);
    assert.equal(second.stdout, first.stdout);
  });

  test('a language server start writes a cache of its own that the next start reads (the server\'s V8 flag is set before compiling)', async () => {
    const folder = path.join(dir, 'server');
    const { CLAIMLENS_HEAP_GROWING_PERCENT: _, ...env } = process.env;
    // Answers initialize and shutdown: by then the loader has written the cache if V8 rejected the one it read.
    const serve = async () => {
      const server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...env, CLAIMLENS_COMPILE_CACHE: folder } });
      const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
      connection.listen();
      try {
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: null, capabilities: {} });
        await connection.sendRequest(ShutdownRequest.type);
      } finally {
        connection.dispose();
        server.kill();
      }
    };
    await serve();
    const files = fs.readdirSync(folder).filter((name) => name.endsWith('.bin'));
    assert.equal(files.length, 1);
    assert.match(files[0], new RegExp(`-heap${serverHeapGrowingPercent}\\.bin$`), 'the server\'s cache is not the CLI\'s');
    const written = fs.statSync(path.join(folder, files[0])).ino;
    await serve();
    // A cache V8 rejects is written again (a new file renamed over it).
    assert.equal(fs.statSync(path.join(folder, files[0])).ino, written, 'the second start read the cache without rejecting it');
    // The CLI's starts keep V8's default flags and a cache of their own.
    assert.equal(version(folder).status, 0);
    assert.equal(fs.readdirSync(folder).filter((name) => name.endsWith('.bin')).length, 2);
  });

  test('a server start that has published its first diagnostics has written the code of its check into the cache (node/compileCache.ts)', async () => {
    const { CLAIMLENS_HEAP_GROWING_PERCENT: _, ...env } = process.env;
    // A start that answers initialize only, and one that checks a draft and is ended as soon as its diagnostics
    // arrive (as the bench's first start is; on the old loader its cache was the start-up code's alone, the
    // check's functions being written only 3 s after the start).
    const serve = async (folder: string, draft: string | undefined) => {
      const server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...env, CLAIMLENS_COMPILE_CACHE: folder } });
      const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
      const uri = pathToFileURL(path.join(dir, 'draft.md')).href;
      const published = new Promise<void>((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri) resolve();
      }));
      connection.listen();
      try {
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: null, capabilities: {}, initializationOptions: { settings: { debounceMs: 0 } } });
        if (draft !== undefined) {
          await connection.sendNotification(InitializedNotification.type, {});
          await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: draft } });
          await published;
        }
        await connection.sendRequest(ShutdownRequest.type);
      } finally {
        connection.dispose();
        server.kill();
      }
      const [file] = fs.readdirSync(folder).filter((name) => name.endsWith('.bin'));
      return fs.statSync(path.join(folder, file)).size;
    };
    const started = await serve(path.join(dir, 'started'), undefined);
    const checked = await serve(path.join(dir, 'checked'), 'Hypoxia increases VEGF expression in tumour cells [@smith2020].\n');
    assert.ok(checked > started * 1.2, `the cache after a check (${checked} bytes) holds more compiled code than after initialize (${started} bytes)`);
    // The loader (written by esbuild.mjs) listens for the event the server emits.
    assert.ok(fs.readFileSync(cli, 'utf8').includes(JSON.stringify(firstDiagnosticsEvent)), 'dist/cli.js listens for the server\'s event');
  });

  test('a folder that cannot be made, a damaged cache, or none at all: the server runs as before', () => {
    const expected = version('off');
    assert.equal(expected.status, 0, expected.stderr);
    assert.equal(fs.existsSync(path.join(dir, 'off')), false);
    // Under a file, no folder can be made (this holds for root too, unlike a folder without write permission).
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const unwritable = version(path.join(file, 'cache'));
    assert.equal(unwritable.status, 0, unwritable.stderr);
    assert.equal(unwritable.stdout, expected.stdout);
    // A damaged cache is rejected by V8 and written again whole.
    const folder = path.join(dir, 'damaged');
    version(folder);
    const [name] = fs.readdirSync(folder);
    fs.writeFileSync(path.join(folder, name), Buffer.from('not compiled code'));
    const damaged = version(folder);
    assert.equal(damaged.status, 0, damaged.stderr);
    assert.equal(damaged.stdout, expected.stdout);
    assert.ok(fs.statSync(path.join(folder, name)).size > 10_000, 'the damaged cache was replaced');
  });
});

suite('the server bundle', () => {
  test('is ASCII, so that V8 holds its source as one byte per character in each thread (esbuild.mjs asciiSource)', function () {
    const bundle = path.join(__dirname, '..', '..', 'dist', 'server.js');
    if (!fs.existsSync(bundle)) this.skip();
    const text = fs.readFileSync(bundle, 'latin1');
    const at = text.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `a non-ASCII byte in dist/server.js: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`);
  });
});
