import * as assert from 'node:assert/strict';
import { bundledService, document } from './fixture';
import type { CodeActionData } from '../../src/core/features/codeActions';

/** Applies an action's edits to the text, last edit first so that offsets stay valid. */
function apply(text: string, action: CodeActionData): string {
  return [...action.edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

async function actionsFor(text: string, languageId = 'markdown') {
  const service = await bundledService();
  const doc = document(text, languageId);
  return { actions: service.codeActions(doc, { start: 0, end: text.length }), doc };
}

suite('code actions', () => {
  test('cite the supporting paper in the document\'s syntax (Pandoc)', async () => {
    const text = 'IL-11 upregulates MMP-13 in OSCC.';
    const { actions } = await actionsFor(text);
    const cite = actions.find((a) => a.title === 'Cite wu2022interleukin');
    assert.ok(cite);
    assert.equal(cite.isPreferred, true);
    assert.equal(apply(text, cite), 'IL-11 upregulates MMP-13 in OSCC [@wu2022interleukin].');
  });

  test('cite the supporting paper with the cite command the document already uses (LaTeX)', async () => {
    const text = 'IL-11 drives EMT in ATC~\\citep{zhong2016interleukin}. IL-11 upregulates MMP-13 in OSCC.';
    const { actions } = await actionsFor(text, 'latex');
    const cite = actions.find((a) => a.title === 'Cite wu2022interleukin');
    assert.ok(cite);
    assert.equal(apply(text, cite), 'IL-11 drives EMT in ATC~\\citep{zhong2016interleukin}. IL-11 upregulates MMP-13 in OSCC~\\citep{wu2022interleukin}.');
  });

  test('replace a citation that does not support the claim, or add the one that does', async () => {
    const text = 'IL-11 upregulates MMP-13 in OSCC~\\cite{liu2022induction}.';
    const { actions } = await actionsFor(text, 'latex');
    const replace = actions.find((a) => a.title === 'Replace liu2022induction with wu2022interleukin');
    const add = actions.find((a) => a.title === 'Add wu2022interleukin to the citation');
    assert.ok(replace && add);
    assert.equal(apply(text, replace), 'IL-11 upregulates MMP-13 in OSCC~\\cite{wu2022interleukin}.');
    assert.equal(apply(text, add), 'IL-11 upregulates MMP-13 in OSCC~\\cite{liu2022induction,wu2022interleukin}.');
    const markdown = 'IL-11 upregulates MMP-13 in OSCC [@liu2022induction].';
    const md = await actionsFor(markdown);
    assert.equal(apply(markdown, md.actions.find((a) => a.title.startsWith('Add'))!), 'IL-11 upregulates MMP-13 in OSCC [@liu2022induction; @wu2022interleukin].');
  });

  test('an unknown key offers the nearest known keys', async () => {
    const text = 'IL-11 upregulates MMP-13 in OSCC [@wu2022interleukn].';
    const { actions } = await actionsFor(text);
    const fix = actions.find((a) => a.title === 'Change to wu2022interleukin');
    assert.ok(fix);
    assert.equal(apply(text, fix), 'IL-11 upregulates MMP-13 in OSCC [@wu2022interleukin].');
  });

  test('ignore this line inserts the directive the checker then honours', async () => {
    const service = await bundledService();
    for (const [text, language] of [
      ['First paragraph.\n\nIL-11 signals via STAT1 in OSCC.\n', 'markdown'],
      ['IL-11 raises MMP-13 in OSCC [@wu2022interleukin].\nIL-11 signals via STAT1 in OSCC.\n', 'markdown'],
      ['Intro.\n  IL-11 signals via STAT1 in OSCC.\n', 'latex'],
    ] as const) {
      const { actions } = await actionsFor(text, language);
      const ignore = actions.find((a) => a.title === 'Ignore this line (ClaimLens)');
      assert.ok(ignore, text);
      const fixed = apply(text, ignore);
      assert.deepEqual(service.diagnostics(document(fixed, language)).filter((d) => d.code !== 'missing-citation'), [], fixed);
    }
  });

  test('ignore this paragraph wraps it in disable/enable and keeps the paragraphs around it checked', async () => {
    const service = await bundledService();
    for (const language of ['markdown', 'latex'] as const) {
      const text = 'IL-11 suppresses MMP-13 in OSCC.\n\nIL-11 signals via STAT1 in OSCC.\nIL-6 induces MMP-13 expression in OSCC.\n\nIL-11 promotes angiogenesis in OSCC.\n';
      const { actions } = await actionsFor(text, language);
      const ignore = actions.find((a) => a.title === 'Ignore this paragraph (ClaimLens)' && a.diagnostic?.code === 'unsupported-other-context');
      assert.ok(ignore, language);
      const fixed = apply(text, ignore);
      const left = service.diagnostics(document(fixed, language)).map((d) => fixed.slice(d.span.start, d.span.end));
      // Each diagnostic covers its claim's words, not the whole sentence.
      assert.deepEqual(left, ['IL-11 suppresses MMP-13 in OSCC', 'IL-11 promotes angiogenesis in OSCC'], fixed);
    }
  });

  test("mark as own finding turns the warning into a hint, in both syntaxes", async () => {
    const service = await bundledService();
    for (const [text, language] of [['IL-11 activates STAT1 in OSCC cells. More text follows.', 'markdown'], ['IL-11 activates STAT1 in OSCC cells. More text follows.\n', 'latex']] as const) {
      const { actions } = await actionsFor(text, language);
      const mark = actions.find((a) => a.title === 'Mark as my own finding');
      assert.ok(mark);
      const fixed = apply(text, mark);
      assert.deepEqual(service.diagnostics(document(fixed, language)).map((d) => d.code), ['own-finding'], fixed);
      assert.ok(fixed.includes('More text follows.'), 'the rest of the line survives');
    }
  });
});
