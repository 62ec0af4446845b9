// `claimlens check main.tex` on a three-file thesis: the chapters' sentences are checked with each
// chapter's own path and line numbers, the root's bibliography and macros apply to them, and a missing
// included file is a warning naming file and line.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const thesis = path.join(__dirname, 'fixtures', 'thesis');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

suite('claimlens CLI on a multi-file LaTeX thesis', function () {
  this.timeout(90000);
  suiteSetup(function () {
    if (!fs.existsSync(cli)) this.skip();
  });

  test("check main.tex reports the chapters' sentences at their own paths and lines", () => {
    const { stdout, status } = run(['check', 'main.tex'], thesis);
    assert.equal(status, 1, stdout);
    assert.match(stdout, /^chapters\/results\.tex:4:1: warning: contradicted: IL-11 suppresses MMP-13/m);
    assert.match(stdout, /^3 files, 7 sentences: 1 supported, 1 contradicted/m);
    // The root's \addbibresource defines the chapter's key.
    assert.match(stdout, / 0 undefined/);
  });

  test("the JSON report lists every file; the root's \\il macro gives the chapter's sentence its subject", () => {
    const report = JSON.parse(run(['check', 'main.tex', '--format', 'json'], thesis).stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['main.tex', path.join('chapters', 'intro.tex'), path.join('chapters', 'results.tex')]);
    const intro = report.files[1];
    const sentence = intro.sentences.find((s: { text: string }) => s.text.includes('MMP-13'));
    assert.equal(sentence.range.start.line, 4);
    assert.equal(sentence.verdict, 'supported');
    assert.equal(sentence.claims[0].subject, 'IL-11');
  });

  test('a chapter checked alone inherits its root (found by the magic comment or by inclusion)', () => {
    const { stdout } = run(['check', path.join('chapters', 'results.tex')], thesis);
    assert.match(stdout, /^1 file, 3 sentences: .* 0 undefined/m);
  });

  test('a missing included file is a warning with file and line; the rest is checked', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-thesis-'));
    try {
      fs.cpSync(thesis, dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'main.tex'), fs.readFileSync(path.join(thesis, 'main.tex'), 'utf8').replace('\\printbibliography', '\\input{chapters/discussion}\n\\printbibliography'));
      const { stdout, stderr, status } = run(['check', 'main.tex'], dir);
      assert.match(stderr, /^main\.tex:9:1: warning: \\input: file not found: chapters\/discussion$/m);
      assert.equal(status, 1);
      assert.match(stdout, /^3 files, 7 sentences/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("an entry of the root's .bib that no file cites is an unused-entry warning; \\nocite counts; a chapter alone says nothing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-thesis-'));
    try {
      fs.cpSync(thesis, dir, { recursive: true });
      fs.appendFileSync(path.join(dir, 'refs.bib'), '\n@article{unused2021,\n  title = {Never cited anywhere},\n  year = {2021}\n}\n');
      assert.match(run(['check', 'main.tex'], dir).stderr, /^refs\.bib:8:1: warning: unused entry unused2021: no file of the project cites it$/m);
      assert.doesNotMatch(run(['check', 'main.tex'], dir).stderr, /unused entry doe2020cohort/, 'a cited entry is used');
      assert.doesNotMatch(run(['check', path.join('chapters', 'intro.tex')], dir).stderr, /unused entry/);
      fs.writeFileSync(path.join(dir, 'main.tex'), fs.readFileSync(path.join(dir, 'main.tex'), 'utf8').replace('\\printbibliography', '\\nocite{unused2021}\n\\printbibliography'));
      assert.doesNotMatch(run(['check', 'main.tex'], dir).stderr, /unused entry/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
