// dist/cli.js compiles the server bundle with V8's code cache (esbuild.mjs): the first run writes the cache,
// later runs read it, and a folder that cannot be written or a damaged cache only means compiling as before.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

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
