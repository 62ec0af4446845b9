// The incremental re-check (issue 10) must say exactly what a check from scratch says: after a sequence of
// edits (words, citations, abbreviation definitions, directives, macros), the diagnostics of the document
// analysed from its previous version equal those of the same text analysed cold, and an edit re-analyses
// only the blocks it changed or whose abbreviations changed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache, analyzeDocument, type DocumentAnalysis } from '../../src/core/analysis/analyzeDocument';
import { analyzeBlock } from '../../src/core/analysis/analyzeBlock';
import { computeDiagnostics } from '../../src/core/features/diagnostics';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { defaultSettings } from '../../src/core/settings';
import { ClaimLensService } from '../../src/core/service';
import { loadKnowledgeBase } from '../../src/node/loadKnowledgeBase';

const examples = path.join(__dirname, '..', '..', '..', 'examples');

function observable(analysis: DocumentAnalysis, kb: KnowledgeBase) {
  return {
    sentences: analysis.sentences.map((s) => ({ text: s.text, span: s.span, verdict: s.verdict, basis: s.basis, suppressed: s.suppressed, ownFinding: s.ownFinding, citations: s.citations.map((c) => c.span) })),
    diagnostics: computeDiagnostics(analysis, kb, defaultSettings).map((d) => ({ span: d.span, code: d.code, message: d.message, sentenceIndex: analysis.sentences.indexOf(d.sentence), keys: d.keys })),
  };
}

function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pieces = {
  markdown: ['x', ' ', '\n\n', 'In OSCC, IL-11 raised MMP-13. ', '[@wu2022interleukin]', 'signal transducer and activator of transcription 3 (STAT3) ', 'matrix metalloproteinase (MMP) ', '<!-- claimlens-disable-next-line -->\n', '<!-- claimlens-own-finding -->', 'IL-6 ', 'Here we show that '],
  latex: ['x', ' ', '\n\n', 'In OSCC, IL-11 raised MMP-13. ', '\\cite{lim2014inhibition}', 'signal transducer and activator of transcription 3 (STAT3) ', 'matrix metalloproteinase (MMP) ', '% claimlens-disable-next-line\n', '\\newcommand{\\il}{IL-6}\n\n', '\\il{} ', '{', '}', 'Here we show that '],
};

suite('incremental analysis', () => {
  let kb: KnowledgeBase;
  suiteSetup(async function () {
    this.timeout(60_000);
    kb = (await loadKnowledgeBase({ extra: [path.join(examples, 'references.bib')] })).kb;
  });

  // Twice: the previous text compared with the new one, and the edit as the caller knows it (the editor's range,
  // exact or wider), which spares the comparison.
  for (const known of [false, true]) {
    test(known ? 'an edit the caller knows (exact or wider) gives what a cold analysis gives' : 'after random edits, an analysis from the previous version says what a cold analysis says', function () {
      this.timeout(300_000);
      for (const [language, file] of [['markdown', 'manuscript.md'], ['latex', 'manuscript.tex']] as const) {
        const random = lcg(language.length + (known ? 7 : 0));
        let text = fs.readFileSync(path.join(examples, file), 'utf8');
        const cache = new AnalysisCache();
        let analysis = analyzeDocument(language, text, kb, cache);
        for (let n = 0; n < 40; n++) {
          const at = Math.floor(random() * (text.length + 1));
          const removed = random() < 0.4 ? Math.floor(random() * 10) : 0;
          const inserted = random() < 0.85 ? pieces[language][Math.floor(random() * pieces[language].length)] : '';
          const before = text;
          text = text.slice(0, at) + inserted + text.slice(at + removed);
          let change;
          if (known) {
            // A range wider than what changed (a word replaced by itself and its neighbour) is read again whole.
            const widen = random() < 0.3 ? Math.min(at, 3) : 0;
            const tail = Math.min(before.length - (at + removed), random() < 0.3 ? 2 : 0);
            change = { before, range: { start: at - widen, oldEnd: at + Math.min(removed, before.length - at) + tail, newEnd: at + inserted.length + tail } };
          }
          analysis = analyzeDocument(language, text, kb, cache, undefined, analysis, change);
          const cold = analyzeDocument(language, text, kb, new AnalysisCache());
          assert.deepEqual(observable(analysis, kb), observable(cold, kb), `${language} edit ${n}: insert ${JSON.stringify(inserted)} at ${at}, remove ${removed}`);
        }
      }
    });
  }

  test('a one-word edit re-analyses one block; defining an abbreviation re-analyses only the blocks that use it', () => {
    const paragraphs = Array.from({ length: 60 }, (_, n) => (n % 20 === 5 ? `Part ${n}: in OSCC cells, IL-11 raised MMPT.` : `Part ${n}: IL-6 raised STAT3 in OSCC.`));
    const text = paragraphs.join('\n\n');
    const service = new ClaimLensService(kb);
    service.analyze({ id: 'a.md', languageId: 'markdown', version: 1, text });
    const word = text.replace('Part 30: IL-6 raised', 'Part 30: IL-6 increased');
    assert.equal(service.analyze({ id: 'a.md', languageId: 'markdown', version: 2, text: word }).recomputedBlocks, 1);
    // "MMPT" is used in three paragraphs; defining it re-analyses the defining paragraph and those three.
    const defined = word.replace('Part 0: IL-6 raised STAT3 in OSCC.', 'Part 0: IL-6 raised matrix metalloproteinase-13 (MMPT).');
    const after = service.analyze({ id: 'a.md', languageId: 'markdown', version: 3, text: defined });
    assert.equal(after.recomputedBlocks, 4);
    assert.ok(after.sentences.find((s) => s.text.startsWith('Part 5:'))!.mentions.some((m) => m.text === 'MMPT'));
  });

  test('every block to analyze is recognized first: each block gets the analysis it gets alone, a repeated block is read once', () => {
    // (analyzeDocument recognizes the entities of all the blocks it will analyze before reading any: issue 10, stop 49.)
    const paragraphs = [
      'Oral squamous cell carcinoma (OSCC) is common. In OSCC cells, IL-11 raised STAT3 phosphorylation.',
      'Knockdown of IL-6 reduced invasion in OSCC.',
      'Knockdown of IL-6 reduced invasion in OSCC.',
      'We found that STAT3 did not alter MMP-13 levels in gastric cancer.',
    ];
    const cache = new AnalysisCache();
    const analysis = analyzeDocument('markdown', paragraphs.join('\n\n'), kb, cache);
    assert.equal(analysis.blocks.length, 4);
    assert.equal(analysis.recomputedBlocks, 3);
    assert.equal(analysis.blocks[1], analysis.blocks[2]);
    analysis.prose.blocks.forEach((block, i) => assert.deepEqual(analysis.blocks[i], analyzeBlock(block, kb, analysis.abbreviations)));
    assert.ok(analysis.blocks[1].mentions.some((m) => m.text === 'OSCC'));
  });

  test('results of paragraphs as they were before an edit are kept only up to a bound, the most recent ones', function () {
    this.timeout(120_000);
    const paragraphs = Array.from({ length: 20 }, (_, n) => `Part ${n}: IL-6 raised STAT3 in OSCC.`);
    const service = new ClaimLensService(kb);
    const versionOf = (n: number) => [`Part 0: IL-6 raised STAT3 in OSCC, edit ${n}.`, ...paragraphs.slice(1)].join('\n\n');
    let version = 0;
    for (let n = 0; n < 1600; n++) service.analyze({ id: 'a.md', languageId: 'markdown', version: ++version, text: versionOf(n) });
    // 1,600 versions of one paragraph: without the bound, each one's result stayed (1,620 results); the bound
    // was 1,000 stale results (service.ts staleResults), now 300.
    assert.ok(service.cachedResults <= 20 + 300, `${service.cachedResults} results cached`);
    // An undo of a recent edit still finds its result.
    assert.equal(service.analyze({ id: 'a.md', languageId: 'markdown', version: ++version, text: versionOf(1590) }).recomputedBlocks, 0);
    // The paragraphs in use are never dropped: a fresh document with the same text re-analyses nothing.
    assert.equal(service.analyze({ id: 'b.md', languageId: 'markdown', version: 1, text: versionOf(1590) }).recomputedBlocks, 0);
  });
});
