// Requests never wait for a long analysis in the main thread: the analyses they read are made a slice of
// paragraphs at a time, and until a document is caught up a request reads the last analysis where the text
// under it is unchanged (server/src/lsp/requestAnalysis.ts). The service here is a fake that records what it
// was asked to analyse.
import * as assert from 'node:assert/strict';
import type { DocumentAnalysis } from '../../src/core/analysis/analyzeDocument';
import type { DocumentSnapshot } from '../../src/core/service';
import { firstSliceChars, nextStep, offsetAfter, offsetBefore, RequestAnalyses, sliceChars, textChange } from '../../src/lsp/requestAnalysis';

const paragraph = (n: number) => `${'IL-11 raised MMP-13 in OSCC cells. '.repeat(20)}(${n})\n\n`;
const manyParagraphs = (count: number) => Array.from({ length: count }, (_, n) => paragraph(n)).join('');
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
/** Waits for the catch-up between requests, however slow the machine (a condition, not a time limit on it). */
async function caughtUp(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 20_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
}

function harness(texts: Map<string, string>) {
  const analysed: string[] = [];
  let version = 1;
  const snapshotOf = (id: string): DocumentSnapshot | undefined => (texts.has(id) ? { id, languageId: 'markdown', version, text: texts.get(id)! } : undefined);
  const analyses = new RequestAnalyses((s) => {
    analysed.push(s.text);
    return {} as DocumentAnalysis;
  }, snapshotOf);
  return { analyses, analysed, snapshotOf, edit: (id: string, text: string) => { texts.set(id, text); version++; } };
}

/** How much of `text` an analysis after `before` reads afresh: everything after the shared start. */
const newPart = (before: string | undefined, text: string) => text.length - (before === undefined ? 0 : textChange(before, text).prefix);

suite('requests read analyses the main thread can afford', () => {
  test('a new large draft is analysed a slice of paragraphs at a time; a request reads the part already read', async () => {
    const text = manyParagraphs(100);
    const { analyses, analysed, snapshotOf } = harness(new Map([['draft', text]]));
    const first = analyses.forRequest(snapshotOf('draft')!)!;
    assert.equal(analysed.length, 1, 'one slice at the request');
    // The first slice is about a screen: at start-up its diagnostics are published first.
    assert.ok(analysed[0].length <= firstSliceChars && text.startsWith(analysed[0]), `a first slice of ${analysed[0].length} characters`);
    assert.equal(first.current, false);
    assert.equal(first.toAnalysed(5), 5, 'the start of the draft is read');
    assert.equal(first.toAnalysed(text.length - 5), undefined, 'the end is not read yet');
    await caughtUp(() => analysed.at(-1) === text);
    assert.equal(analysed.at(-1), text, 'caught up between other requests');
    analysed.forEach((step, k) => assert.ok(newPart(analysed[k - 1], step) <= sliceChars + paragraph(0).length, `slice ${k} reads ${newPart(analysed[k - 1], step)} characters`));
    assert.equal(analyses.forRequest(snapshotOf('draft')!)!.current, true);
  });

  test('a first paragraph longer than the first slice is still read by the main thread when it fits a slice', () => {
    const long = `${'IL-11 raised MMP-13 in OSCC cells. '.repeat(200)}\n\n`;
    const text = long + manyParagraphs(50);
    assert.ok(long.length > firstSliceChars && long.length < sliceChars);
    const { analyses, analysed, snapshotOf } = harness(new Map([['draft', text]]));
    analyses.forRequest(snapshotOf('draft')!);
    assert.ok(analysed[0].startsWith(long) && analysed[0].length <= sliceChars, `a first slice of ${analysed[0].length} characters`);
  });

  test('a request that needs the current analysis waits for the catch-up, or for its cancellation', async () => {
    const text = manyParagraphs(100);
    const { analyses, analysed, snapshotOf } = harness(new Map([['draft', text]]));
    let cancel = () => undefined as void;
    const cancelled = { isCancellationRequested: false, onCancellationRequested: (listener: () => void) => ((cancel = () => { cancelled.isCancellationRequested = true; listener(); }), { dispose: () => undefined }) };
    const waiting = analyses.current('draft', () => snapshotOf('draft'), cancelled);
    cancel();
    assert.equal(await waiting, undefined, 'a cancelled request is not answered');
    const never = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
    const answer = await analyses.current('draft', () => snapshotOf('draft'), never);
    assert.equal(answer?.current, true);
    assert.equal(analysed.at(-1), text);
    assert.ok(analysed.length > 2, 'read in slices');
  });

  test('an edit in one paragraph of a large draft is analysed at once', async () => {
    const texts = new Map([['draft', manyParagraphs(100)]]);
    const { analyses, analysed, snapshotOf, edit } = harness(texts);
    analyses.forRequest(snapshotOf('draft')!);
    await caughtUp(() => analysed.at(-1) === texts.get('draft'));
    const before = analysed.length;
    edit('draft', texts.get('draft')!.replace('(50)', '(fifty)'));
    const request = analyses.forRequest(snapshotOf('draft')!)!;
    assert.equal(request.current, true);
    assert.equal(analysed.length, before + 1);
  });

  test('a paragraph longer than a slice is never analysed in the main thread; the request is not answered from it', async () => {
    const { analyses, analysed, snapshotOf } = harness(new Map([['huge', 'IL-11 raised MMP-13 in OSCC cells. '.repeat(3000)]]));
    assert.equal(analyses.forRequest(snapshotOf('huge')!), undefined);
    await settle();
    assert.deepEqual(analysed, []);
  });

  test('after an edit that is too long to read at once, a request reads the earlier analysis where the text is unchanged', async () => {
    const long = 'IL-11 raised MMP-13 in OSCC cells. '.repeat(400);
    const texts = new Map([['draft', `${paragraph(0)}${long}`]]);
    const { analyses, snapshotOf, edit } = harness(texts);
    // The earlier version was read when its long paragraph was still short.
    edit('draft', `${paragraph(0)}IL-11 raised MMP-13.`);
    analyses.forRequest(snapshotOf('draft')!);
    edit('draft', `${paragraph(0)}IL-11 raised MMP-13.${long}`);
    const request = analyses.forRequest(snapshotOf('draft')!)!;
    assert.equal(request.current, false);
    assert.equal(request.toAnalysed(3), 3);
    assert.equal(request.toAnalysed(paragraph(0).length + 30), undefined, 'inside the inserted text');
  });

  test('offsets map across a change only outside it', () => {
    const before = 'IL-11 raised MMP-13. STAT3 rose.';
    const after = 'IL-11 strongly raised MMP-13. STAT3 rose.';
    const change = textChange(before, after);
    assert.equal(offsetBefore(change, before.length, after.length, 2), 2);
    assert.equal(offsetBefore(change, before.length, after.length, after.indexOf('STAT3')), before.indexOf('STAT3'));
    assert.equal(offsetBefore(change, before.length, after.length, after.indexOf('strongly') + 2), undefined);
    assert.equal(offsetAfter(change, before.length, after.length, before.indexOf('STAT3')), after.indexOf('STAT3'));
  });

  test('the next step is the whole text when the touched paragraphs are short, else a prefix ending at a paragraph break', () => {
    const text = manyParagraphs(100);
    assert.equal(nextStep(text.replace('(3)', '(three)'), text), text);
    const step = nextStep(undefined, text)!;
    assert.ok(step.endsWith('\n\n') && text.startsWith(step) && step.length <= sliceChars);
    assert.equal(nextStep(undefined, 'x. '.repeat(10_000)), undefined);
  });
});

suite('textChange', () => {
  test('finds the shared start and end of two texts, never overlapping', () => {
    const base = 'abcdefghij'.repeat(100);
    for (const [before, after] of [[base, base], [base, `${base}x`], [`x${base}`, base], [base, base.slice(0, 500) + 'XY' + base.slice(503)], [base + base, base], ['aaaa', 'aa'], ['', 'a']]) {
      const { prefix, suffix } = textChange(before, after);
      assert.ok(prefix + suffix <= Math.min(before.length, after.length));
      assert.equal(before.slice(0, prefix), after.slice(0, prefix));
      assert.equal(before.slice(before.length - suffix), after.slice(after.length - suffix));
      assert.ok(prefix === Math.min(before.length, after.length) || before[prefix] !== after[prefix] || prefix + suffix === Math.min(before.length, after.length));
    }
  });
});
