// The analysis worker's text in pieces (core/text/sourceText.ts): after any edits it must read exactly as the
// same edits applied to one string, whatever the seams between pieces; the readers that take it without joining
// it (front matter, the Markdown chunker) must find what they find in the string; and an incremental re-check fed
// pieces and the editor's known change must equal a check from scratch.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache, analyzeDocument, type DocumentAnalysis } from '../../src/core/analysis/analyzeDocument';
import { computeDiagnostics } from '../../src/core/features/diagnostics';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { ClaimLensService } from '../../src/core/service';
import { defaultSettings } from '../../src/core/settings';
import { frontMatterEnd, opensFrontMatter } from '../../src/core/text/markdownFences';
import { splitIntoChunks } from '../../src/core/text/markdownChunks';
import { flatText, PieceText } from '../../src/core/text/sourceText';
import { combinedRange } from '../../src/lsp/pendingText';
import { loadKnowledgeBase } from '../../src/node/loadKnowledgeBase';

function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const inserts = ['', 'x', ' word ', '\n', '\r\n', '\r', '\n\n', 'β', 'two\nlines\r\nhere', 'IL-11 raised MMP-13. ', '---\n', 'y'.repeat(150)];

/** The frontMatterEnd of before this representation: one regular expression over the whole string. */
function frontMatterEndOfString(source: string): number {
  const open = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/.exec(source);
  if (!open) return -1;
  const lineEnding = /\r\n?|\n/g;
  for (let lineStart = open[0].length; lineStart < source.length; ) {
    lineEnding.lastIndex = lineStart;
    const ending = lineEnding.exec(source);
    const line = source.slice(lineStart, ending ? ending.index : source.length);
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) return ending ? ending.index + ending[0].length : source.length;
    if (!ending) break;
    lineStart = ending.index + ending[0].length;
  }
  return -1;
}

suite('text in pieces', () => {
  test('after random edits it reads as the edits applied to one string: length, characters, slices, searches', () => {
    const random = lcg(5);
    for (let round = 0; round < 60; round++) {
      let plain = 'In OSCC, IL-11 raised MMP-13.\r\n\nSTAT3 was active. '.repeat(1 + Math.floor(random() * 20));
      // Pieces of a few characters to a few hundred: edits land on seams, span several pieces and empty some.
      let pieces = PieceText.of(plain, 4 + Math.floor(random() * 200));
      for (let n = 0; n < 1 + Math.floor(random() * 60); n++) {
        const at = Math.floor(random() * (plain.length + 1));
        const end = Math.min(plain.length, at + (random() < 0.1 ? Math.floor(random() * 400) : Math.floor(random() * 6)));
        const insert = inserts[Math.floor(random() * inserts.length)];
        plain = plain.slice(0, at) + insert + plain.slice(end);
        pieces = pieces.edited([{ start: at, end, insert }]);
        // Sometimes the whole text is asked for in between, as a hover or a report does.
        if (random() < 0.05) assert.equal(pieces.flat(), plain);
        assert.equal(pieces.length, plain.length, `round ${round}`);
      }
      for (let i = -1; i <= plain.length; i += 1 + Math.floor(random() * 5)) assert.equal(pieces.charCodeAt(i), plain.charCodeAt(i), `round ${round}, at ${i}`);
      for (const search of ['\n', 'STAT3', '\r\n']) assert.equal(pieces.lastIndexOf(search), plain.lastIndexOf(search), `round ${round}, last ${JSON.stringify(search)}`);
      for (let k = 0; k < 40; k++) {
        const start = Math.floor(random() * (plain.length + 2)) - 1;
        const end = start + Math.floor(random() * 300);
        assert.equal(pieces.slice(start, end), plain.slice(Math.max(0, start), end), `round ${round}, slice ${start}-${end}`);
        for (const search of ['\n', '\r', 'IL-11', '\r\n\n', 'MMP-13.\r', 'absent']) assert.equal(pieces.indexOf(search, start), plain.indexOf(search, start), `round ${round}, ${JSON.stringify(search)} from ${start}`);
        for (const search of ['\n', '\r', 'IL-11', '\r\n\n', 'MMP-13.\r', 'absent', '']) assert.equal(pieces.lastIndexOf(search, start), plain.lastIndexOf(search, start), `round ${round}, last ${JSON.stringify(search)} from ${start}`);
      }
      assert.equal(pieces.flat(), plain, `round ${round}`);
    }
  });

  test('an edit copies only the pieces it touches', () => {
    const text = PieceText.of('a'.repeat(100_000));
    assert.equal(text.pieceCount, 7);
    const edited = text.edited([{ start: 50_000, end: 50_001, insert: 'bc' }]);
    assert.equal(edited.pieceCount, 7);
    assert.equal(edited.slice(49_999, 50_003), 'abca');
    // The text is joined only when asked, and once.
    assert.equal(edited.flat(), edited.flat());
  });

  test('front matter is found in pieces as in the string, whatever the line endings', () => {
    const random = lcg(17);
    const alphabet = ['-', '-', '-', '.', '.', ' ', '\t', '\r', '\n', '\n', 'a', '\uFEFF'];
    for (let round = 0; round < 3000; round++) {
      let text = random() < 0.7 ? ['---\n', '---\r\n', '---\r', '\uFEFF--- \n', '--- a\n'][Math.floor(random() * 5)] : '';
      for (let n = Math.floor(random() * 40); n > 0; n--) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = frontMatterEndOfString(text);
      assert.equal(frontMatterEnd(text), expected, JSON.stringify(text));
      assert.equal(frontMatterEnd(PieceText.of(text, 3)), expected, JSON.stringify(text));
      assert.equal(opensFrontMatter(PieceText.of(text, 2)), /^\uFEFF?---[ \t]*(?:\r\n?|\n)/.test(text), JSON.stringify(text));
    }
  });

  test('the Markdown chunker splits a text in pieces as it splits the string', () => {
    const source = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'manuscript.md'), 'utf8');
    const text = `---\ntitle: A draft\n---\n\n${source}\r\n\`\`\`\ncode\r\`\`\`\n\n${source}`;
    for (const size of [1, 7, 64, 1000]) {
      const pieces = PieceText.of(text, size);
      assert.deepEqual(splitIntoChunks(pieces), splitIntoChunks(text), `pieces of ${size}`);
      assert.deepEqual(splitIntoChunks(pieces, 500, 900), splitIntoChunks(text, 500, 900), `pieces of ${size}, from 500`);
    }
  });
});

function observable(analysis: DocumentAnalysis, kb: KnowledgeBase) {
  return {
    sentences: analysis.sentences.map((s) => ({ text: s.text, span: s.span, verdict: s.verdict, suppressed: s.suppressed, ownFinding: s.ownFinding })),
    directives: analysis.prose.directives.map((d) => ({ kind: d.kind, span: { ...d.span } })),
    diagnostics: computeDiagnostics(analysis, kb, defaultSettings).map((d) => ({ span: d.span, code: d.code, message: d.message, keys: d.keys })),
  };
}

suite('incremental re-check of a text in pieces', () => {
  let kb: KnowledgeBase;
  suiteSetup(async function () {
    this.timeout(60_000);
    kb = (await loadKnowledgeBase({ extra: [path.join(__dirname, '..', '..', '..', 'examples', 'references.bib')] })).kb;
  });

  const edits = {
    markdown: ['x', ' ', '\n', '\n\n', 'IL-6 raised STAT3 in OSCC. ', 'interleukin-6 (IL6) ', '[@wu2022interleukin]', '<!-- claimlens-disable-next-line -->\n', '<!-- claimlens-disable-line -->', '<!-- claimlens-disable -->\n', '<!-- claimlens-enable -->', '# ', '- ', '---\n', '```\n'],
    latex: ['x', ' ', '\n', '\n\n', 'IL-6 raised STAT3 in OSCC. ', '\\cite{lim2014inhibition}', '% claimlens-disable-next-line\n', '\\newcommand{\\il}{IL-6}\n\n', '\\il{} raised MMP-13. ', '{', '}'],
  };

  test('a Markdown edit is checked without joining the pieces (no whole copy of the text per edit)', () => {
    const service = new ClaimLensService(kb);
    const paragraphs = Array.from({ length: 400 }, (_, n) => `Part ${n}: IL-11 signals via STAT3 in OSCC [@wu2022interleukin].`).join('\n\n');
    let text = `---\ntitle: Draft\n---\n\n${paragraphs}\n` as string | PieceText;
    let plain = flatText(text);
    service.blockDiagnostics({ id: 'a.md', languageId: 'markdown', version: 0, text });
    for (let version = 1; version <= 20; version++) {
      const start = plain.indexOf('signals', version * 1000);
      const edit = { start, end: start + 7, insert: version % 2 ? 'acts' : 'signals' };
      plain = plain.slice(0, edit.start) + edit.insert + plain.slice(edit.end);
      const before: string | PieceText = text;
      text = (before instanceof PieceText ? before : PieceText.of(before, 4096)).edited([edit]);
      service.blockDiagnostics({ id: 'a.md', languageId: 'markdown', version, text, change: { before, range: combinedRange(before.length, [edit])! } });
      assert.equal(text.joined, false, `version ${version}`);
    }
    assert.deepEqual(observable(service.analyze({ id: 'a.md', languageId: 'markdown', version: 20, text }), kb), observable(analyzeDocument('markdown', plain, kb, new AnalysisCache()), kb));
  });

  test('a Markdown edit in a document with disable directives is checked without joining the pieces', () => {
    const service = new ClaimLensService(kb);
    // Every kind of directive, one of each per tenth paragraph: the suppression is found around each of them.
    const directive = (n: number) => ['<!-- claimlens-disable-next-line -->\n\n', 'IL-6 raised STAT3 in OSCC. <!-- claimlens-disable-line -->\n', '<!-- claimlens-disable -->\n', '<!-- claimlens-enable -->\n'][(n / 10) % 4];
    const paragraphs = Array.from({ length: 400 }, (_, n) => `${n % 10 === 0 ? directive(n) : ''}Part ${n}: IL-11 signals via STAT3 in OSCC [@wu2022interleukin].`).join('\n\n');
    let text = `---\ntitle: Draft\n---\n\n${paragraphs}\n` as string | PieceText;
    let plain = flatText(text);
    service.blockDiagnostics({ id: 'd.md', languageId: 'markdown', version: 0, text });
    for (let version = 1; version <= 20; version++) {
      // Words edited, and every fourth edit a directive typed, so that the suppression moves.
      const start = plain.indexOf('signals', version * 1000);
      const edit = version % 4 === 0 ? { start, end: start, insert: '<!-- claimlens-disable-line -->' } : { start, end: start + 7, insert: version % 2 ? 'acts' : 'signals' };
      plain = plain.slice(0, edit.start) + edit.insert + plain.slice(edit.end);
      const before: string | PieceText = text;
      text = (before instanceof PieceText ? before : PieceText.of(before, 4096)).edited([edit]);
      service.blockDiagnostics({ id: 'd.md', languageId: 'markdown', version, text, change: { before, range: combinedRange(before.length, [edit])! } });
      assert.equal(text.joined, false, `version ${version}`);
    }
    const incremental = service.analyze({ id: 'd.md', languageId: 'markdown', version: 20, text });
    assert.ok(text instanceof PieceText && !text.joined);
    assert.ok(incremental.sentences.some((s) => s.suppressed) && incremental.sentences.some((s) => !s.suppressed));
    assert.deepEqual(observable(incremental, kb), observable(analyzeDocument('markdown', plain, kb, new AnalysisCache()), kb));
  });

  test('a LaTeX edit of a word is checked from a window of the pieces, never joining them, and equals a check from scratch', function () {
    this.timeout(600_000);
    // Chunks of every size around the windows (incrementalProse.ts readLatexChunks: 8 Ki characters, then four
    // times more): plain paragraphs, an environment whose paragraphs are one chunk of ~20k characters, look-aheads
    // past a chunk's end (an optional argument never closed, a multicite note chain, verbatim, \iffalse, math).
    const para = (n: number) => `Part ${n}: IL-11 signals via STAT3 in OSCC cells \\cite{wu2022interleukin}, and IL-6 raised MMP-13 in tumours.`;
    const parts: string[] = [];
    for (let n = 0; n < 240; n++) {
      if (n === 40) parts.push(`\\begin{quote}\n${Array.from({ length: 60 }, (_, k) => `${para(1000 + k)} More words on signalling follow here and there.`).join('\n\n')}\n\\end{quote}`);
      if (n === 80) parts.push(`Notes \\cites(see)(also)[p.~2]{lim2014inhibition}[p.~3]{wu2022interleukin} and \\foo[${'an option that never closes '.repeat(20)}`);
      if (n === 120) parts.push(`\\begin{verbatim}\nraw \\begin{quote}\n\n\n\\end{verbatim}\n$x + y$ and \\(\\alpha\\) signals.`);
      if (n === 160) parts.push(`\\iffalse\n${para(2000)}\n\n${para(2001)}\n\\fi`);
      if (n === 200) parts.push(`\\section{Results} ${para(3000)}\\footnote{${para(3001)}}`);
      parts.push(para(n));
    }
    const source = `\\documentclass{article}\n\\newcommand{\\il}{IL-11}\n\\begin{document}\n\n${parts.join('\n\n')}\n\n\\il{} raised STAT3.\n\\end{document}\n`;
    const service = new ClaimLensService(kb);
    const id = 'file:///window.tex';
    let plain = source;
    let text = source as string | PieceText;
    service.blockDiagnostics({ id, languageId: 'latex', version: 0, text });
    const random = lcg(31);
    for (let version = 1; version <= 40; version++) {
      // A word of prose replaced, anywhere from the top of the body to its end (in the long environment too).
      let start = -1;
      while (start < 0) {
        const at = plain.indexOf('signals', Math.floor(random() * plain.length));
        if (at !== -1) start = at;
      }
      const edit = { start, end: start + 7, insert: version % 3 === 0 ? 'acts via' : 'signals' };
      plain = plain.slice(0, edit.start) + edit.insert + plain.slice(edit.end);
      const before: string | PieceText = text;
      text = (before instanceof PieceText ? before : PieceText.of(before, 4096)).edited([edit]);
      service.blockDiagnostics({ id, languageId: 'latex', version, text, change: { before, range: combinedRange(before.length, [edit])! } });
      assert.equal(text.joined, false, `version ${version}`);
      if (version % 8 === 0) assert.deepEqual(observable(service.analyze({ id, languageId: 'latex', version, text }), kb), observable(analyzeDocument('latex', plain, kb, new AnalysisCache()), kb), `version ${version}`);
    }
  });

  for (const [language, file, front] of [['markdown', 'manuscript.md', '---\ntitle: Draft\n---\n\n'], ['latex', 'manuscript.tex', '']] as const) {
    test(`${language}: with the editor's edits applied to pieces, every version's analysis and diagnostics equal a check from scratch`, function () {
      this.timeout(600_000);
      const random = lcg(language === 'markdown' ? 23 : 29);
      const source = front + fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', file), 'utf8');
      const service = new ClaimLensService(kb);
      const id = `file:///draft.${language === 'markdown' ? 'md' : 'tex'}`;
      let plain = source;
      let text = source as string | PieceText;
      service.blockDiagnostics({ id, languageId: language, version: 0, text });
      for (let version = 1; version <= 60; version++) {
        // One to three edits per message, as the main thread batches them (each in the offsets of the text before it).
        const batch = [];
        for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
          const start = Math.floor(random() * (plain.length + 1));
          const end = Math.min(plain.length, start + (random() < 0.5 ? 0 : Math.floor(random() * 30)));
          const insert = edits[language][Math.floor(random() * edits[language].length)];
          plain = plain.slice(0, start) + insert + plain.slice(end);
          batch.push({ start, end, insert });
        }
        // As DocumentWire.snapshot makes it: the text before is the object the last analysis read.
        const before: string | PieceText = text;
        text = (before instanceof PieceText ? before : PieceText.of(before, 97)).edited(batch);
        const range = combinedRange(before.length, batch);
        const change = range && { before, range };
        service.blockDiagnostics({ id, languageId: language, version, text, ...(change ? { change } : {}) });
        const incremental = service.analyze({ id, languageId: language, version, text });
        assert.equal(flatText(text), plain);
        const cold = analyzeDocument(language, plain, kb, new AnalysisCache());
        assert.deepEqual(observable(incremental, kb), observable(cold, kb), `version ${version}: ${JSON.stringify(batch)}`);
      }
    });
  }
});
