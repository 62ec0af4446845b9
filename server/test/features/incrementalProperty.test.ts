// Generated edit sequences (fast-check, fixed seeds) against the incremental re-check (issue 10). Chunks are
// carried from version to version and moved in place, and sentences and diagnostics of unchanged blocks are
// the same objects with positions computed when read (text/prose.ts, Placement). Whatever the edits (words,
// lines inserted and deleted, abbreviations defined and changed, LaTeX macros redefined, citations and
// directives), what the user sees must be what a check from scratch shows: the sentences and their places,
// the diagnostics, and the diagnostics the language server publishes, assembled from the blocks the analysis
// worker sent (lsp/blockDiagnostics.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, analyzeDocument, type DocumentAnalysis } from '../../src/core/analysis/analyzeDocument';
import { computeDiagnostics } from '../../src/core/features/diagnostics';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { ClaimLensService } from '../../src/core/service';
import { defaultSettings } from '../../src/core/settings';
import { loadKnowledgeBase } from '../../src/node/loadKnowledgeBase';
import { BlockSender, BlockStore } from '../../src/lsp/blockDiagnostics';
import * as toProto from '../../src/lsp/toProto';

const examples = path.join(__dirname, '..', '..', '..', 'examples');

function observable(analysis: DocumentAnalysis, kb: KnowledgeBase) {
  return {
    sentences: analysis.sentences.map((s) => ({ text: s.text, span: s.span, verdict: s.verdict, suppressed: s.suppressed, ownFinding: s.ownFinding, citations: s.citations.map((c) => ({ ...c.span })) })),
    blocks: analysis.prose.blocks.map((b) => ({ text: b.text, start: b.sourceOffsets[0] + (b.placement?.shift ?? 0) })),
    directives: analysis.prose.directives.map((d) => ({ kind: d.kind, span: { ...d.span } })),
    diagnostics: computeDiagnostics(analysis, kb, defaultSettings).map((d) => ({ span: d.span, code: d.code, message: d.message, sentence: analysis.sentences.indexOf(d.sentence), keys: d.keys })),
  };
}

/** What an edit inserts: words, line breaks, abbreviations, macros, citations, directives. */
const pieces = {
  markdown: ['x', ' ', '\n', '\n\n', 'IL-6 raised STAT3 in OSCC. ', 'matrix metalloproteinase (MMP) ', 'interleukin-6 (IL6) ', 'MMP ', '[@wu2022interleukin]', '[@nokey2020]', '<!-- claimlens-disable-next-line -->\n', '<!-- claimlens-own-finding -->', '# ', '- ', 'Here we show that '],
  latex: ['x', ' ', '\n', '\n\n', 'IL-6 raised STAT3 in OSCC. ', 'matrix metalloproteinase (MMP) ', 'MMP ', '\\cite{lim2014inhibition}', '\\cite{nokey2020}', '% claimlens-disable-next-line\n', '\\newcommand{\\il}{IL-6}\n\n', '\\renewcommand{\\il}{IL-11}\n', '\\il{} raised MMP-13. ', '{', '}', '\\section{', 'Here we show that '],
};

type Edit = { at: number; remove: number; wholeLines: boolean; insert: string };

function edits(language: 'markdown' | 'latex'): fc.Arbitrary<Edit[]> {
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 20 }) }),
    // Deleting whole lines, as an editor's "delete line" does.
    wholeLines: fc.boolean(),
    insert: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces[language]) }, { weight: 1, arbitrary: fc.constant('') }),
  });
  return fc.array(edit, { minLength: 1, maxLength: 6 });
}

function apply(text: string, edit: Edit): { text: string; start: number; end: number; insert: string } {
  let start = Math.floor(edit.at * (text.length + 1));
  let end = Math.min(text.length, start + edit.remove);
  if (edit.wholeLines && edit.remove > 0) {
    start = text.lastIndexOf('\n', start - 1) + 1;
    const next = text.indexOf('\n', end);
    end = next === -1 ? text.length : next + 1;
  }
  return { text: text.slice(0, start) + edit.insert + text.slice(end), start, end, insert: edit.insert };
}

suite('incremental re-check, generated edits', () => {
  let kb: KnowledgeBase;
  suiteSetup(async function () {
    this.timeout(60_000);
    kb = (await loadKnowledgeBase({ extra: [path.join(examples, 'references.bib')] })).kb;
  });

  for (const [language, file, seed] of [['markdown', 'manuscript.md', 20261202], ['latex', 'manuscript.tex', 20261203]] as const) {
    test(`${language}: after any edits the analysis, its diagnostics and the published diagnostics equal a check from scratch`, function () {
      this.timeout(600_000);
      const source = fs.readFileSync(path.join(examples, file), 'utf8');
      fc.assert(fc.property(edits(language), (sequence) => {
        let text = source;
        const service = new ClaimLensService(kb);
        const sender = new BlockSender();
        const store = new BlockStore();
        const uri = `file:///draft.${language === 'markdown' ? 'md' : 'tex'}`;
        let document = TextDocument.create(uri, language, 0, text);
        const check = (version: number) => {
          const doc = { id: uri, languageId: language, version, text };
          store.receive(uri, sender.publish(uri, service.blockDiagnostics(doc), (d) => toProto.diagnosticWithoutRange(d, () => undefined, false)));
          return service.analyze(doc);
        };
        check(0);
        sequence.forEach((edit, n) => {
          const applied = apply(text, edit);
          // The editor's document follows incremental changes, as the server's does.
          document = TextDocument.update(document, [{ range: { start: document.positionAt(applied.start), end: document.positionAt(applied.end) }, text: applied.insert }], n + 1);
          text = applied.text;
          assert.equal(document.getText(), text);
          const doc = { id: uri, languageId: language, version: n + 1, text };
          const publish = sender.publish(uri, service.blockDiagnostics(doc), (d) => toProto.diagnosticWithoutRange(d, () => undefined, false));
          store.receive(uri, publish);
          const incremental = service.analyze(doc);
          const cold = analyzeDocument(language, text, kb, new AnalysisCache());
          const where = `edit ${n}: ${JSON.stringify(applied.insert)} at ${applied.start}-${applied.end}`;
          assert.deepEqual(observable(incremental, kb), observable(cold, kb), where);
          const published = store.assemble(uri, document, publish);
          const fresh = TextDocument.create(uri, language, n + 1, text);
          assert.deepEqual(published, computeDiagnostics(cold, kb, defaultSettings).map((d) => toProto.diagnostic(fresh, d, () => undefined, false)), `published, ${where}`);
          // Placed diagnostics never change (the stdio writer keeps their JSON: lsp/publishEncoder.ts).
          assert.ok(published.every((d) => Object.isFrozen(d) && Object.isFrozen(d.range) && Object.isFrozen(d.range.start) && Object.isFrozen(d.range.end)), `frozen, ${where}`);
        });
      }), { seed, numRuns: 25 });
    });
  }

  test('an update from an older version (its chunks have moved on since) reads what a check from scratch reads', () => {
    const source = fs.readFileSync(path.join(examples, 'manuscript.md'), 'utf8');
    const first = analyzeDocument('markdown', source, kb);
    const second = `# Added heading\n\n${source}`;
    analyzeDocument('markdown', second, kb, undefined, undefined, first);
    // The first version again, as the base of a different edit: its chunks were moved by the second.
    const other = source.replace('IL-11 signals via STAT1', 'IL-11 signals through STAT1');
    const fromOld = analyzeDocument('markdown', other, kb, undefined, undefined, first);
    assert.deepEqual(observable(fromOld, kb), observable(analyzeDocument('markdown', other, kb), kb));
  });

  test('an unchanged block keeps its sentence and diagnostic objects when text above it moves it', () => {
    const paragraphs = Array.from({ length: 30 }, (_, n) => `Part ${n}: IL-11 signals via STAT1 in OSCC.`).join('\n\n');
    const service = new ClaimLensService(kb);
    const before = service.analyze({ id: 'a.md', languageId: 'markdown', version: 1, text: paragraphs });
    const beforeDiagnostics = service.diagnostics({ id: 'a.md', languageId: 'markdown', version: 1, text: paragraphs });
    const last = before.sentences[before.sentences.length - 1];
    const lastDiagnostic = beforeDiagnostics[beforeDiagnostics.length - 1];
    const spanBefore = last.span;
    const moved = `New first line.\n\n${paragraphs}`;
    const after = service.analyze({ id: 'a.md', languageId: 'markdown', version: 2, text: moved });
    const afterDiagnostics = service.diagnostics({ id: 'a.md', languageId: 'markdown', version: 2, text: moved });
    assert.equal(after.sentences[after.sentences.length - 1], last);
    assert.equal(afterDiagnostics[afterDiagnostics.length - 1], lastDiagnostic);
    // The same object, at its new place.
    const shift = 'New first line.\n\n'.length;
    assert.deepEqual(last.span, { start: spanBefore.start + shift, end: spanBefore.end + shift });
    assert.equal(moved.slice(lastDiagnostic.span.start, lastDiagnostic.span.end).startsWith('IL-11'), true);
  });
});
