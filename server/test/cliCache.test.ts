// `claimlens check --cache-dir`: the second run finds every reading of the abstracts on disk and reads none
// again, with the same report; an edited abstract is the one read again. `--cache` uses $XDG_CACHE_HOME.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const entry = (key: string, verb: string) => `@article{${key},\n  title = {Resistance in lung adenocarcinoma},\n  year = {2021},\n  abstract = {Here we show that MET amplification ${verb} ERBB3 signalling in lung adenocarcinoma cells.}\n}\n`;

suite('claimlens CLI: readings of abstracts cached on disk', function () {
  this.timeout(60000);
  let dir: string;
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });

  suiteSetup(function () {
    if (!fs.existsSync(cli)) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-cli-cache-'));
    fs.writeFileSync(path.join(dir, 'refs.bib'), entry('park2021a', 'activates') + entry('park2021b', 'activates'));
    fs.writeFileSync(path.join(dir, 'draft.md'), '---\nbibliography: refs.bib\n---\n\nMET inhibits ERBB3 signalling in lung adenocarcinoma [@park2021a].\n');
  });

  suiteTeardown(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  test('a rerun reads nothing again and reports the same; an edited abstract alone is read again', () => {
    const first = run(['check', 'draft.md', '--cache-dir', 'cache', '--verbose']);
    assert.match(first.stderr, /abstracts: 2 read, 0 from the cache/);
    assert.ok(fs.existsSync(path.join(dir, 'cache', 'abstract-readings.json')));
    const second = run(['check', 'draft.md', '--cache-dir', 'cache', '--verbose']);
    assert.match(second.stderr, /abstracts: 0 read, 2 from the cache/);
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.status, 1, 'the contradiction stands');
    fs.writeFileSync(path.join(dir, 'refs.bib'), entry('park2021a', 'inhibits') + entry('park2021b', 'activates'));
    const edited = run(['check', 'draft.md', '--cache-dir', 'cache', '--verbose']);
    assert.match(edited.stderr, /abstracts: 1 read, 1 from the cache/);
    assert.equal(edited.status, 0, 'the edited abstract now supports the claim');
  });

  test('--cache keeps them under $XDG_CACHE_HOME/claimlens', () => {
    const xdg = path.join(dir, 'xdg');
    run(['kb', '--kb', 'refs.bib', '--cache'], { XDG_CACHE_HOME: xdg });
    assert.ok(fs.existsSync(path.join(xdg, 'claimlens', 'abstract-readings.json')));
  });
});
