// eval/explainRows.ts prints rows with what the reader made of them, so it must refuse the held-out ones the way
// the probes do (probeRows.ts `refusal`): in stop 42 one run without `--half=B` printed rows of a held-out half.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { OPENED_THROUGH } from '../eval/realSplit';

const root = path.resolve(__dirname, '..', '..');
const explain = (...args: string[]) =>
  spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'server', 'eval', 'explainRows.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60000 });

suite('explainRows refuses held-out rows', () => {
  test('a wave file without --half=B prints no row and says why', () => {
    const wave = OPENED_THROUGH + 1; // the oldest wave whose half A is still held out
    const run = explain(path.join('server', 'test', 'corpus', `fresh${wave}-il11.jsonl`));
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, new RegExp(`explainRows prints rows: fresh${wave}-il11\\.jsonl: only its half B is studied`));
    assert.doesNotMatch(run.stdout, new RegExp(`f${wave}-`));
  });
  test('the shared real-prose set without --split=dev prints no row (its blind third is never printed)', () => {
    const real = path.join(root, '..', 'shared', 'eval', 'real', 'dev-hcc.jsonl');
    if (!require('node:fs').existsSync(real)) return;
    const run = explain(real);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /needs --split=dev/);
    assert.equal(run.stdout, '');
  });
  test('a sentence of our own is explained', () => {
    const run = explain('--text=IL-11 activates STAT3 in breast cancer cells.');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /sentence: supported/);
  });
  test('the evidence for a claim on a route is printed with its route: each fact listed goes by way of the step', () => {
    const run = explain('--text=The IL-6 family cytokines signal through gp130.');
    assert.equal(run.status, 0, run.stderr);
    const evidence = /^\s+evidence (.*)$/m.exec(run.stdout)?.[1];
    assert.ok(evidence, run.stdout);
    for (const f of evidence.split(' | ')) assert.match(f, /via\[[^\]]*\bGP130\b/, f);
  });
});
