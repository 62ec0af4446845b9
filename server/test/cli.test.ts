// The bundled CLI as a user runs it: exit statuses, compiler-style lines, the versioned JSON report, and
// clear one-line errors for bad input that lose nothing else.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  // A run that never ends (a named pipe read) fails its test with a null status instead of holding the suite.
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

suite('claimlens CLI', function () {
  this.timeout(90000);
  let dir: string;

  suiteSetup(function () {
    if (!fs.existsSync(cli)) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-cli-'));
    fs.writeFileSync(path.join(dir, 'clean.md'), 'IL-11 upregulates MMP-13 in OSCC [@wu2022interleukin].\n\nThe samples were stored at -80 °C.\n');
    fs.writeFileSync(path.join(dir, 'draft.md'), '# Results\n\nIL-11 signals via STAT1 in OSCC.\n\nHere we show that IL-11 activates STAT5 in OSCC cells.\n');
    fs.writeFileSync(path.join(dir, 'draft.tex'), '\\documentclass{article}\n\\begin{document}\nIL-11 \\emph{suppresses} MMP-13 expression in OSCC~\\citep{wu2022interleukin}.\n\\end{document}\n');
    fs.writeFileSync(path.join(dir, 'own.md'), 'Here we show that IL-11 activates STAT1 in OSCC cells.\n');
  });

  suiteTeardown(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  test('exit 0 when nothing is contradicted or unsupported, 1 when something is, own findings aside', () => {
    assert.equal(run(['check', 'clean.md'], dir).status, 0);
    assert.equal(run(['check', 'own.md'], dir).status, 0);
    assert.equal(run(['check', 'draft.md'], dir).status, 1);
    assert.equal(run(['check', 'clean.md', 'draft.tex'], dir).status, 1);
  });

  test('a sentence that fails the run with no claim read is listed with its reason, in text and JSON', () => {
    fs.writeFileSync(path.join(dir, 'unread.md'), 'Hypoxia and IL-11 somehow go together.\n');
    const text = run(['check', 'unread.md'], dir);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /^unread\.md:1:1: warning: unsupported \(no-evidence\): no claim could be read that the library backs; the library has findings on hypoxia and IL-11$/m);
    const json = JSON.parse(run(['check', 'unread.md', '--format', 'json'], dir).stdout);
    assert.equal(json.files[0].sentences.length, 1);
    assert.equal(json.files[0].sentences[0].verdict, 'unsupported');
    assert.match(json.files[0].sentences[0].verdictMessage, /findings on hypoxia and IL-11/);
  });

  test('text output: file:line:col: severity: verdict: message [evidence keys], then a summary', () => {
    const { stdout } = run(['check', 'draft.md', 'draft.tex'], dir);
    const lines = stdout.trim().split('\n');
    // The message is the editor's first line; the evidence keys close the line, once.
    assert.equal(lines[0], 'draft.md:3:1: warning: unsupported (other-context): IL-11 signals through STAT1: unsupported in OSCC [lim2014inhibition]');
    // Contradicted is a warning, as in the editor (claimlens.severity.contradicted defaults to warning).
    assert.equal(lines[1], 'draft.tex:3:1: warning: contradicted: IL-11 suppresses MMP-13 in OSCC: contradicted by the library [wu2022interleukin]');
    // The own finding about STAT5 (unknown to the library) is unsupported too: IL-11 has findings (issue 7's scope).
    assert.match(lines[lines.length - 1], /^2 files, \d+ sentences: \d+ supported, 1 contradicted, 2 unsupported/);
  });

  test('JSON output is version 1 with ranges, verdicts, claims and evidence', () => {
    const { stdout, status } = run(['check', 'draft.md', '--format', 'json'], dir);
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    const sentence = report.files[0].sentences.find((s: { text: string }) => s.text === 'IL-11 signals via STAT1 in OSCC.');
    assert.deepEqual(sentence.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 32 } });
    assert.equal(sentence.verdict, 'unsupported');
    assert.equal(sentence.basis, 'other-context');
    assert.equal(sentence.ownFinding, false);
    assert.equal(sentence.citationIssue, null);
    const [claim] = sentence.claims;
    assert.deepEqual([claim.subject, claim.relation, claim.object, claim.context], ['IL-11', 'signals-through', 'STAT1', ['OSCC']]);
    assert.deepEqual(claim.evidence.map((e: { paper: string }) => e.paper), ['lim2014inhibition', 'lim2014inhibition']);
    assert.ok(claim.evidence.every((e: { fact: string; locator: string }) => e.fact && e.locator));
    assert.equal(report.summary.unsupported, 2);
  });

  test('SARIF output (--format sarif): version 2.1.0, one rule per kind of finding, results with the sentence and its evidence', () => {
    const { stdout, status } = run(['check', 'draft.md', 'draft.tex', '--format', 'sarif'], dir);
    assert.equal(status, 1);
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    const [sarifRun] = log.runs;
    const ruleIds = sarifRun.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.deepEqual(ruleIds, ['contradicted', 'unsupported', 'unsupported-other-context', 'own-finding', 'missing-citation', 'citation-mismatch', 'undefined-citation']);
    const rule = (id: string) => sarifRun.tool.driver.rules.find((r: { id: string }) => r.id === id);
    assert.equal(rule('contradicted').defaultConfiguration.level, 'warning', 'the editor\'s default severity');
    assert.equal(rule('undefined-citation').defaultConfiguration.level, 'error');
    const other = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'unsupported-other-context');
    assert.equal(other.ruleIndex, ruleIds.indexOf('unsupported-other-context'));
    assert.equal(other.level, 'warning');
    assert.match(other.message.text, /^IL-11 signals through STAT1: unsupported in OSCC\. The library reports it only in /);
    assert.deepEqual(other.locations[0].physicalLocation.artifactLocation, { uri: 'draft.md', uriBaseId: '%SRCROOT%' });
    const region = other.locations[0].physicalLocation.region;
    assert.deepEqual([region.startLine, region.startColumn, region.endLine, region.endColumn], [3, 1, 3, 33]);
    assert.ok(other.relatedLocations.length > 0);
    assert.ok(other.relatedLocations.every((r: { message: { text: string }; logicalLocations: { fullyQualifiedName: string }[] }) => /^\w+ \(.+\): /.test(r.message.text) && r.logicalLocations[0].fullyQualifiedName.includes('/')));
    assert.ok(other.relatedLocations.some((r: { message: { text: string } }) => r.message.text.startsWith('lim2014inhibition ')));
    const contradicted = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'contradicted');
    assert.equal(contradicted.locations[0].physicalLocation.artifactLocation.uri, 'draft.tex');
  });

  test('bibliographies the manuscript declares define their keys', () => {
    fs.writeFileSync(path.join(dir, 'refs.bib'), '@article{hartmann2021example, title={Outside the library}, year={2021}}\n');
    fs.writeFileSync(path.join(dir, 'cites.tex'), '\\begin{document}\nThe samples were stored cold~\\cite{hartmann2021example}.\n\\bibliography{refs}\n\\end{document}\n');
    const { stdout } = run(['check', 'cites.tex'], dir);
    assert.doesNotMatch(stdout, /citation-undefined/);
  });

  test('usage and input errors exit 2 with one line on stderr', () => {
    for (const args of [['frob'], ['check'], ['check', 'missing.md'], ['check', 'clean.md', '--format', 'xml'], ['check', 'clean.md', '--kb', 'nowhere']]) {
      const { status, stderr } = run(args, dir);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, /^claimlens: /);
    }
  });

  test('a malformed library file is reported with file, line, path and problem, and the rest still loads', () => {
    const kb = path.join(dir, 'library');
    fs.mkdirSync(kb, { recursive: true });
    fs.writeFileSync(path.join(kb, 'mine.json'), '{\n  "facts": [\n    { "id": "mine/x", "subject": "IL11", "relation": "boosts" }\n  ]\n}\n');
    const { status, stderr, stdout } = run(['check', 'draft.md', '--kb', kb], dir);
    // A problem in an input named on the command line is an input error: exit 2, the report still complete.
    assert.equal(status, 2);
    assert.match(stderr, /mine\.json:3:\d+: error: facts\[0\]\.relation: /);
    assert.match(stdout, /unsupported \(other-context\)/);
  });

  test('an unreadable library file is reported with its path and the run goes on (no bare EISDIR)', function () {
    const kb = path.join(dir, 'links');
    fs.mkdirSync(kb, { recursive: true });
    fs.symlinkSync(path.join(dir, 'nowhere.json'), path.join(kb, 'dangling.json'));
    fs.symlinkSync(dir, path.join(kb, 'folder.bib'));
    const { status, stderr, stdout } = run(['check', 'draft.md', 'clean.md', '--kb', kb], dir);
    assert.equal(status, 2);
    assert.match(stderr, /links\/dangling\.json:1:1: error: cannot be read: a symbolic link whose target does not exist/);
    assert.match(stderr, /links\/folder\.bib:1:1: error: cannot be read: a link to a folder/);
    assert.doesNotMatch(stderr, /^EISDIR|: EISDIR/m);
    assert.match(stdout, /^2 files, /m);
    assert.match(stdout, /unsupported \(other-context\)/);
  });

  test('a named pipe or a link to a device is not read: a problem on that file, and the run ends', function () {
    // Before: a pipe named refs.bib in a --kb folder held the run for ever (reading waits for a writer), and
    // a link to /dev/zero (a repository can hold one) was read into gigabytes of memory.
    if (process.platform === 'win32') this.skip();
    const kb = path.join(dir, 'devices');
    fs.mkdirSync(kb, { recursive: true });
    execFileSync('mkfifo', [path.join(kb, 'pipe.bib')]);
    fs.symlinkSync('/dev/zero', path.join(kb, 'zero.json'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'endless.bib'));
    fs.writeFileSync(path.join(dir, 'device.md'), '---\nbibliography: endless.bib\n---\n\nIL-11 signals via STAT1 in OSCC.\n');
    const { status, stderr, stdout } = run(['check', 'device.md', '--kb', kb], dir);
    assert.equal(status, 2, stderr);
    assert.match(stderr, /devices\/pipe\.bib:1:1: error: cannot be read: not a file but a device, pipe or socket/);
    assert.match(stderr, /devices\/zero\.json:1:1: error: cannot be read: a link to a device, pipe or socket, not to a file/);
    assert.match(stderr, /device\.md: warning: bibliography endless\.bib is not read: a device, pipe or socket, not a bibliography file/);
    assert.match(stdout, /unsupported \(other-context\)/);
    // Named directly (not found in a folder), the pipe is refused the same way.
    const direct = run(['check', 'device.md', '--kb', path.join(kb, 'pipe.bib')], dir);
    assert.equal(direct.status, 2, direct.stderr);
    assert.match(direct.stderr, /pipe\.bib:1:1: error: cannot be read: not a file but a device, pipe or socket/);
  });

  test('exit status: a clean draft exits 0, and 2 when an input it names has errors; a missing manuscript does not stop the others', () => {
    fs.writeFileSync(path.join(dir, 'broken.bib'), '@article{brokenentry, title={never closed\n');
    fs.writeFileSync(path.join(dir, 'clean-cites.md'), '---\nbibliography: broken.bib\n---\n\nIL-11 upregulates MMP-13 in OSCC [@wu2022interleukin].\n');
    assert.equal(run(['check', 'clean.md'], dir).status, 0);
    const broken = run(['check', 'clean-cites.md'], dir);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /broken\.bib:\d+:\d+: error: /);
    const partly = run(['check', 'gone.md', 'clean.md'], dir);
    assert.equal(partly.status, 2);
    assert.match(partly.stderr, /claimlens: gone\.md: no such file/);
    assert.match(partly.stdout, /^1 file, /m);
  });

  test('a declared bibliography must be a bibliography file, never a folder or another kind of file', () => {
    fs.mkdirSync(path.join(dir, 'refs-folder.bib'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'refs-folder.bib', 'inside.bib'), '@article{insidefolder, title={Read only if the folder were walked}, year={2020}}\n');
    fs.writeFileSync(path.join(dir, 'notes.txt'), '@article{fromnotes, title={Not a bibliography file}, year={2020}}\n');
    fs.writeFileSync(path.join(dir, 'names.md'), `---\nbibliography: [refs-folder.bib, notes.txt, ${dir}]\n---\n\nThe samples were stored cold [@insidefolder; @fromnotes].\n`);
    const { stdout, stderr } = run(['check', 'names.md', '--format', 'json'], dir);
    assert.match(stderr, /names\.md: warning: bibliography refs-folder\.bib is not read: a folder/);
    assert.match(stderr, /names\.md: warning: bibliography notes\.txt is not read: not a bibliography file/);
    assert.ok(stderr.includes(`bibliography ${dir} is not read`));
    const sentence = JSON.parse(stdout).files[0].sentences[0];
    assert.equal(sentence.citationIssue, 'undefined', 'neither key was read from the folder or the text file');
  });

  test('problems quote nothing of a file that did not read as a bibliography, and only a short excerpt of one that did', () => {
    const secret = 'prod-db-password-0123456789-abcdefghijklmnopqrstuvwxyz';
    fs.writeFileSync(path.join(dir, 'creds.bib'), `@x{${secret}\n`);
    fs.writeFileSync(path.join(dir, 'mostly.bib'), `@article{fine, title={Fine}, year={2020}}\n@article{bad, title={x}\n${secret}@host\n`);
    fs.writeFileSync(path.join(dir, 'leak.md'), '---\nbibliography: [creds.bib, mostly.bib]\n---\n\nIL-11 upregulates MMP-13 in OSCC.\n');
    const { stderr } = run(['check', 'leak.md'], dir);
    assert.match(stderr, /creds\.bib:\d+:\d+: error/);
    for (const line of stderr.split('\n').filter((l) => l.includes('creds.bib'))) assert.ok(!line.includes('prod-db'), line);
    for (const line of stderr.split('\n').filter((l) => l.includes('mostly.bib'))) assert.ok(!line.includes(secret), line);
  });

  test('control characters from data never reach the terminal in text output', () => {
    fs.writeFileSync(path.join(dir, 'escape.bib'), '@article{k\u001b[2Jx\u0007, title={x}, year={2020}}\n@article{ok, title={Ok}, year={2020}}\n');
    fs.writeFileSync(path.join(dir, 'escape.md'), '---\nbibliography: escape.bib\n---\n\nIL-11 signals via STAT1 in OSCC [@k\u001bx].\n');
    const { stdout, stderr } = run(['check', 'escape.md'], dir);
    assert.ok(stdout.length > 0);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(stdout + stderr, /[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
