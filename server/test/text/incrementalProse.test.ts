// Incremental extraction must read exactly what a full extraction reads: after any sequence of edits, the
// chunks kept, shifted and re-read give the same blocks (text, kind, offsets, citations) and directives as
// extracting the edited document from scratch.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { changedRange, extractChunked, readLatexChunks, updateChunked, type ChunkedProse, type ProseChunk } from '../../src/core/text/incrementalProse';
import { extractProse } from '../../src/core/text/index';
import { latexDocumentMacros, latexLayout } from '../../src/core/text/latex';
import { isPlainWordEdit } from '../../src/core/text/latexPlainEdit';
import { toSourceOffset, type ProseDocument } from '../../src/core/text/prose';
import { flatText, PieceText } from '../../src/core/text/sourceText';
import { assertOffsets } from './helpers';

const examples = path.join(__dirname, '..', '..', '..', 'examples');

function plain(doc: ProseDocument) {
  return {
    blocks: doc.blocks.map((b) => ({
      kind: b.kind,
      text: b.text,
      offsets: Array.from({ length: b.text.length + 1 }, (_, i) => toSourceOffset(b, i)),
      citations: b.citations.map((c) => ({ ...c })),
    })),
    directives: doc.directives,
  };
}

/** A small deterministic generator, so that a failure names a reproducible edit. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const markdownPieces = ['x', ' ', '\n', '\n\n', '- ', '1. ', '# ', '[@wu2022interleukin]', '<!--', '-->', '```', '$$', '(OSCC)', '<!-- claimlens-disable-next-line -->\n', '> ', '---\n'];
const latexPieces = ['x', ' ', '\n', '\n\n', '{', '}', '\\begin{itemize}', '\\end{itemize}', '\\item ', '$', '%', '\\cite{lim2014inhibition}', '\\footnote{', '\\section{', '\\newcommand{\\il}{IL-6}', '\\il{} ', '\\begin{verbatim}', '\\end{verbatim}', '% claimlens-disable\n', '\\end{document}'];

function randomEdits(language: 'markdown' | 'latex', source: string, count: number, seed: number, pieces = language === 'markdown' ? markdownPieces : latexPieces): void {
  const random = lcg(seed);
  let text = source;
  let state: ChunkedProse = extractChunked(language, text);
  for (let n = 0; n < count; n++) {
    const at = Math.floor(random() * (text.length + 1));
    const removed = random() < 0.4 ? Math.floor(random() * 12) : 0;
    const inserted = random() < 0.8 ? pieces[Math.floor(random() * pieces.length)] : '';
    const next = text.slice(0, at) + inserted + text.slice(at + removed);
    const updated = updateChunked(state, language, next);
    const expected = extractProse(language, next);
    assert.deepEqual(plain(updated.prose), plain(expected), `${language} edit ${n} (seed ${seed}): ${JSON.stringify(text.slice(Math.max(0, at - 20), at + removed + 20))} -> insert ${JSON.stringify(inserted)} at ${at}, remove ${removed}`);
    text = next;
    state = updated;
  }
  assertOffsets(text, state.prose);
}

suite('incremental prose extraction', () => {
  test('a first reading in chunks is the full extraction, Markdown and LaTeX', () => {
    for (const [language, file] of [['markdown', 'manuscript.md'], ['latex', 'manuscript.tex']] as const) {
      const source = fs.readFileSync(path.join(examples, file), 'utf8');
      assert.deepEqual(plain(extractChunked(language, source).prose), plain(extractProse(language, source)));
    }
  });

  test('after random edits (markup, blank lines, unclosed braces and environments) it reads what a full extraction reads', function () {
    this.timeout(120_000);
    const markdown = fs.readFileSync(path.join(examples, 'manuscript.md'), 'utf8');
    const latex = fs.readFileSync(path.join(examples, 'manuscript.tex'), 'utf8');
    for (const seed of [1, 2, 3]) {
      randomEdits('markdown', markdown, 60, seed);
      randomEdits('latex', latex, 60, seed);
    }
  });

  test('edits in and near front matter, fences, $$ blocks, breaks and HTML blocks read what a full extraction reads', function () {
    this.timeout(120_000);
    // Every construct markdownFences.ts cuts out or follows, between paragraphs with claims and citations.
    const source = [
      '---', 'title: x', 'bibliography: refs.bib', '---', '', 'IL-11 raised MMP-13 in OSCC [@wu2022interleukin].', '$$', 'x = 1', '$$', '$$', '$$',
      'STAT3 rose.', '', '```', 'IL-6 is code here', '', '```', '***', '---', '', '<div>', '```', '', 'After the div, IL-11 rose.', '', '~~~', 'more', '~~~', 'Last words [@a].', '',
    ].join('\n');
    // CRs too: alone they end lines, and an edit may join one to a line feed or part them (markdownChunks.ts).
    const pieces = ['---\n', '...\n', '```\n', '$$\n', '$$ x $$', '~~~\n', '***\n', '<div>\n', '<span>\n', '\n', '\n\n', 'x', 'IL-11 rose. ', '| a |\n|---|\n', '\r', '---\r', '```\r', '\r\r'];
    for (const seed of [11, 12, 13, 14, 15, 16]) randomEdits('markdown', source, 60, seed, pieces);
    // An opening "---" that nothing closed, closed by an edit far below it: the lines between become front matter.
    const open = `---\n${'IL-11 raised MMP-13 in OSCC.\n\n'.repeat(30)}STAT3 rose.\n`;
    const before = extractChunked('markdown', open);
    assert.ok(before.prose.blocks.length > 30);
    const closed = `${open}...\n\nIL-6 fell.\n`;
    const after = updateChunked(before, 'markdown', closed);
    assert.deepEqual(plain(after.prose), plain(extractProse('markdown', closed)));
    assert.deepEqual(after.prose.blocks.map((b) => b.text), ['IL-6 fell.']);
    // Text typed above front matter makes it a break and a paragraph again.
    const above = `Intro.\n\n${closed}`;
    assert.deepEqual(plain(updateChunked(after, 'markdown', above).prose), plain(extractProse('markdown', above)));
  });

  test('a one-word edit in a long document re-reads one chunk and shifts the rest', () => {
    const paragraph = (n: number) => `Paragraph ${n}: IL-11 raised MMP-13 in OSCC cells \\cite{wu2022interleukin}.\n\n`;
    const source = `\\begin{document}\n${Array.from({ length: 200 }, (_, n) => paragraph(n)).join('')}\\end{document}\n`;
    const first = extractChunked('latex', source);
    const at = source.indexOf('raised', source.indexOf('Paragraph 100:'));
    const edited = `${source.slice(0, at)}increased${source.slice(at + 'raised'.length)}`;
    const second = updateChunked(first, 'latex', edited);
    assert.equal(second.rereadChunks, 1);
    const block = second.prose.blocks.find((b) => b.text.startsWith('Paragraph 150:'))!;
    assert.equal(toSourceOffset(block, 0), edited.indexOf('Paragraph 150:'));
    assert.equal(block.citations[0].span.start, edited.indexOf('\\cite', edited.indexOf('Paragraph 150:')));
    // The same in Markdown.
    const md = Array.from({ length: 200 }, (_, n) => paragraph(n).replace('\\cite{wu2022interleukin}', '[@wu2022interleukin]')).join('');
    const mdAt = md.indexOf('raised', md.indexOf('Paragraph 100:'));
    const mdEdited = `${md.slice(0, mdAt)}increased${md.slice(mdAt + 'raised'.length)}`;
    const mdSecond = updateChunked(extractChunked('markdown', md), 'markdown', mdEdited);
    assert.ok(mdSecond.rereadChunks <= 3, `re-read ${mdSecond.rereadChunks} chunks`);
    assert.deepEqual(plain(mdSecond.prose), plain(extractProse('markdown', mdEdited)));
  });

  test('editing a macro definition re-reads exactly the chunks that use the macro', () => {
    const body = Array.from({ length: 50 }, (_, n) => (n % 10 === 0 ? `Paragraph ${n}: \\il{} raised MMP-13.\n\n` : `Paragraph ${n}: STAT3 rose.\n\n`)).join('');
    const source = `\\begin{document}\n\\newcommand{\\il}{IL-6}\n\n${body}\\end{document}\n`;
    const first = extractChunked('latex', source);
    const edited = source.replace('{IL-6}', '{IL-11}');
    const second = updateChunked(first, 'latex', edited);
    assert.deepEqual(plain(second.prose), plain(extractProse('latex', edited)));
    assert.equal(second.rereadChunks, 1 + 5);
    assert.ok(second.prose.blocks.some((b) => b.text === 'Paragraph 10: IL-11 raised MMP-13.'));
  });

  // A word edited in prose keeps the body limits and the macro table (latexPlainEdit.ts); an edit that only
  // looks like one (letters typed into a definition, next to a command, into \end{document}) is read again.
  const defined = '\\documentclass{article}\n\\begin{document}\n\\newcommand{\\il}{interleukin}\n\\def\\gp{gpprotein}\n\\newcommand{\\st} [0]{STAT three}\n\n'
    + 'The \\il{} level rose in \\emph{OSCC cells} and \\section*{Early results} the \\gp{} fell~\\cite{wu2022interleukin}.\n\n'
    + 'Then \\st{} rose {\\em very quickly} in tumours.\n\\end{document}\n';
  const plainCases: { name: string; at: string; offset: number; removed: number; inserted: string; plain: boolean }[] = [
    { name: 'a letter in a prose word', at: 'rose in', offset: 2, removed: 0, inserted: 'x', plain: true },
    { name: 'a word replaced inside \\emph{}', at: 'OSCC cells', offset: 5, removed: 5, inserted: 'lines', plain: true },
    { name: 'a word inside \\section*{}', at: 'Early', offset: 0, removed: 5, inserted: 'Late', plain: true },
    { name: 'a word inside a bare group', at: 'quickly', offset: 1, removed: 1, inserted: 'w', plain: true },
    { name: 'a word right after a command and a space', at: 'very', offset: 1, removed: 0, inserted: 'x', plain: false },
    { name: 'letters in a \\newcommand body', at: 'interleukin', offset: 3, removed: 0, inserted: 'x', plain: false },
    { name: 'letters in a \\def body', at: 'gpprotein', offset: 2, removed: 0, inserted: 'x', plain: false },
    { name: 'letters between a definition\'s name and its [0]', at: ' [0]', offset: 1, removed: 0, inserted: 'x', plain: false },
    { name: 'letters glued to a macro\'s name where it is used', at: '{} level', offset: 0, removed: 0, inserted: 'x', plain: true },
    { name: 'a citation command renamed', at: 'cite{wu', offset: 0, removed: 4, inserted: 'also', plain: true },
    { name: 'letters in a defined name after \\def', at: 'gp{gpprotein', offset: 1, removed: 0, inserted: 'x', plain: false },
    { name: 'letters in a defined name in \\newcommand{}', at: 'il}{interleukin', offset: 1, removed: 0, inserted: 'x', plain: false },
    { name: 'letters in a definition command', at: 'newcommand{\\st', offset: 3, removed: 0, inserted: 'x', plain: false },
    { name: 'a command renamed to \\def', at: 'cite{wu', offset: 0, removed: 4, inserted: 'def', plain: false },
    { name: 'letters in \\end of the document', at: 'end{document}', offset: 1, removed: 0, inserted: 'x', plain: false },
    { name: 'a command renamed to \\end', at: 'cite{wu', offset: 0, removed: 4, inserted: 'end', plain: false },
    { name: 'every letter of a command removed', at: 'cite{wu', offset: 0, removed: 4, inserted: '', plain: false },
    { name: 'a letter in the cite key', at: 'wu2022', offset: 2, removed: 0, inserted: 'x', plain: false },
    { name: 'letters inside {document} of \\end', at: 'document}\n', offset: 3, removed: 1, inserted: 'x', plain: false },
    { name: 'a brace typed', at: 'level', offset: 0, removed: 0, inserted: '{', plain: false },
    { name: 'a line break typed', at: 'level', offset: 0, removed: 0, inserted: '\n\n', plain: false },
  ];
  for (const c of plainCases) {
    test(`plain-word edit? ${c.name}: ${c.plain ? 'yes' : 'no'}, and the result is a from-scratch reading`, () => {
      const first = extractChunked('latex', defined);
      const at = defined.lastIndexOf(c.at) + c.offset;
      const edited = defined.slice(0, at) + c.inserted + defined.slice(at + c.removed);
      assert.equal(isPlainWordEdit(defined, edited, { start: at, oldEnd: at + c.removed, newEnd: at + c.inserted.length }, 0), c.plain);
      const updated = updateChunked(first, 'latex', edited);
      assert.deepEqual(plain(updated.prose), plain(extractProse('latex', edited)));
      assert.deepEqual([...updated.macros!], [...latexDocumentMacros(edited)]);
      const layout = latexLayout(edited);
      assert.deepEqual([updated.layout!.bodyStart, updated.layout!.limit], [layout.bodyStart, layout.limit]);
    });
  }

  test('after random plain-looking edits (letters, spaces, punctuation anywhere) the macros and body limits are a from-scratch reading', () => {
    for (const seed of [7, 8, 9]) plainLookingEdits(seed);
  });

  function plainLookingEdits(seed: number) {
    const random = lcg(seed);
    const pieces = ['x', 'ab', ' ', 'word ', '.', '(', ')', "'", '-', '7', ''];
    let text = defined;
    let state = extractChunked('latex', text);
    let plainEdits = 0;
    for (let n = 0; n < 300; n++) {
      const at = Math.floor(random() * (text.length + 1));
      const removed = random() < 0.3 ? Math.floor(random() * 3) : 0;
      // Only plain characters are removed too (a removed brace or backslash is not the case studied here).
      if (!/^[A-Za-z0-9 .,()'-]*$/.test(text.slice(at, at + removed))) continue;
      const next = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + removed);
      const range = changedRange(text, next);
      if (range && isPlainWordEdit(text, next, range, 0)) plainEdits++;
      state = updateChunked(state, 'latex', next);
      const where = `seed ${seed}, edit ${n} at ${at}: ${JSON.stringify(next.slice(Math.max(0, at - 20), at + 20))}`;
      assert.deepEqual(plain(state.prose), plain(extractProse('latex', next)), where);
      assert.deepEqual([...state.macros!], [...latexDocumentMacros(next)], where);
      const layout = latexLayout(next);
      assert.deepEqual([state.layout!.bodyStart, state.layout!.limit], [layout.bodyStart, layout.limit], where);
      text = next;
    }
    // The shortcut was taken often enough for the comparison to mean something.
    assert.ok(plainEdits > 50, `${plainEdits} plain-word edits`);
  }

  test('after random renamings of commands (letters typed into or removed from a name, in pieces) the prose, macros and body limits are a from-scratch reading', () => {
    // Names that define macros, bound the body or change how far a reader looks (verbatim, \\iffalse, a citation).
    const names = ['cite', 'citep', 'il', 'st', 'gp', 'emph', 'def', 'newcommand', 'begin', 'end', 'verb', 'iffalse', 'fi', 'item', 'footnote', 'x'];
    const rich = `${defined.replace('\\end{document}\n', '')}\\begin{quote}\nSTAT3 rose~\\citep{wu2022interleukin} and \\il{} fell.\n\\end{quote}\n\n`
      + 'Next \\iffalse hidden \\il{} \\fi IL-6 rose \\verb|%x| in \\footnote{see \\st{} here} cells.\n\n\\begin{itemize}\n\\item IL-11 rose.\n\\end{itemize}\n\n'
      // One letter from a definition (`\\defx\\gq{...}` less its x) and the body's end after a word.
      + 'Then \\defx\\gq{IL-8} and \\gq{} rose \\ende{document} here.\n\\end{document}\n';
    for (const seed of [3, 4, 5, 6, 7, 8]) {
      const random = lcg(seed);
      let text = rich;
      let state = extractChunked('latex', PieceText.of(text, 61));
      let renamed = 0;
      for (let n = 0; n < 150; n++) {
        // A letter of a command's name, chosen at random among the backslashes followed by a letter.
        const commands = [...text.matchAll(/\\[A-Za-z]+/g)];
        const command = commands[Math.floor(random() * commands.length)];
        const start = command.index! + 1 + Math.floor(random() * command[0].length);
        const removed = Math.min(Math.floor(random() * 2), command.index! + command[0].length - start);
        const inserted = random() < 0.5 ? names[Math.floor(random() * names.length)] : '';
        const next = text.slice(0, start) + inserted + text.slice(start + removed);
        const range = { start, oldEnd: start + removed, newEnd: start + inserted.length };
        if (isPlainWordEdit(text, next, range, 0)) renamed++;
        state = updateChunked(state, 'latex', PieceText.of(next, 61), undefined);
        const where = `seed ${seed}, edit ${n}: ${JSON.stringify(next.slice(Math.max(0, start - 20), start + 20))}`;
        assert.deepEqual(plain(state.prose), plain(extractProse('latex', next)), where);
        assert.deepEqual([...state.macros!], [...latexDocumentMacros(next)], where);
        const layout = latexLayout(next);
        assert.deepEqual([state.layout!.bodyStart, state.layout!.limit], [layout.bodyStart, layout.limit], where);
        text = next;
      }
      assert.ok(renamed > 20, `${renamed} renamings read as plain-word edits`);
    }
  });

  // A text in pieces is read from a window (readLatexChunks): whatever the window's size, the chunks are those a
  // reading of the whole string gives, also where a scanner looks far past a chunk's end.
  const chunksOf = (chunks: ProseChunk[]) => chunks.map((c) => ({ start: c.start, end: c.end, ...plain({ blocks: c.blocks, directives: c.directives }) }));
  const paragraph = (n: number) => `Part ${n}: IL-11 signals via STAT3 in OSCC~\\cite{wu2022interleukin}, and \\emph{IL-6} raised MMP-13.`;
  const windowed: [string, string][] = [
    ['plain paragraphs', Array.from({ length: 120 }, (_, n) => paragraph(n)).join('\n\n')],
    ['an environment of many paragraphs', `${paragraph(0)}\n\n\\begin{quote}\n${Array.from({ length: 80 }, (_, n) => paragraph(n)).join('\n\n')}\n\\end{quote}\n\n${paragraph(1)}`],
    ['a chain of multicite notes across paragraph breaks', Array.from({ length: 40 }, (_, n) => (n % 9 === 4 ? `See \\cites${Array.from({ length: 12 }, (_, k) => `(note ${k} ${'word '.repeat(70)}${k % 3 === 1 ? '\n\n' : ''})`).join('')}{lim2014inhibition} here.` : paragraph(n))).join('\n\n')],
    ['unclosed optional arguments, verbatim, \\iffalse and math', Array.from({ length: 60 }, (_, n) => [paragraph(n), `\\foo[${'never closed '.repeat(30)}`, `\\begin{verbatim}\n\n${paragraph(n)}\n\n\\end{verbatim}`, `\\iffalse\n\n${paragraph(n)}\n\n\\fi`, `$x \\alpha ${' '.repeat(300)}$ and \\(\\beta\\)`][n % 5]).join('\n\n')],
    ['long runs of spaces between paragraphs', Array.from({ length: 60 }, (_, n) => paragraph(n)).join(`\n${' '.repeat(2500)}\n`)],
    ['an environment never closed', `${Array.from({ length: 30 }, (_, n) => paragraph(n)).join('\n\n')}\n\n\\begin{comment}\n${Array.from({ length: 30 }, (_, n) => paragraph(n)).join('\n\n')}`],
  ];
  for (const [name, body] of windowed) {
    test(`a LaTeX text in pieces, read from windows of any size, gives a whole reading's chunks: ${name}`, () => {
      const text = `\\documentclass{article}\n\\begin{document}\n\n${body}\n\n\\end{document}\n`;
      const layout = latexLayout(text);
      const macros = latexDocumentMacros(text);
      const whole = readLatexChunks(text, layout.bodyStart, layout.limit, macros, new Map(), () => false);
      assert.ok(whole.length > 1);
      const starts = whole.map((c) => c.start);
      for (const pieceLength of [97, 4096]) {
        const pieces = PieceText.of(text, pieceLength);
        for (const window of [1, 300, 5000]) {
          for (const from of starts) {
            // One chunk, up to a point a few chunks on (as an edit reads), and to the end of the body.
            const until = whole[Math.min(whole.length - 1, whole.findIndex((c) => c.start === from) + 3)].end;
            for (const done of [() => true, (end: number) => end >= until, () => false]) {
              const expected = readLatexChunks(text, from, layout.limit, macros, new Map(), done);
              const read = readLatexChunks(pieces, from, layout.limit, macros, new Map(), done, window);
              assert.deepEqual(chunksOf(read), chunksOf(expected), `pieces of ${pieceLength}, window ${window}, from ${from}`);
            }
          }
        }
        assert.equal(pieces.joined, false);
      }
    });
  }

  test('plain-word edits of a long LaTeX text in pieces read what a full extraction reads, without joining the pieces', () => {
    const random = lcg(41);
    const words = ['x', 'ab', ' ', 'word ', '.', '(', ')', "'", '-', '7', ''];
    let text: string | PieceText = PieceText.of(`\\documentclass{article}\n\\newcommand{\\il}{IL-11}\n\\begin{document}\n\n${windowed.map(([, body]) => body).join('\n\n')}\n\n\\il{} rose.\n\\end{document}\n`, 1000);
    let state = extractChunked('latex', text);
    let plainEdits = 0;
    for (let n = 0; n < 120; n++) {
      const flat = flatText(text);
      const at = Math.floor(random() * (flat.length + 1));
      const removed = random() < 0.3 ? Math.floor(random() * 3) : 0;
      if (!/^[A-Za-z0-9 .,()'-]*$/.test(flat.slice(at, at + removed))) continue;
      const edit = { start: at, end: at + removed, insert: words[Math.floor(random() * words.length)] };
      const next = flat.slice(0, at) + edit.insert + flat.slice(at + removed);
      text = PieceText.of(flat, 1000).edited([edit]);
      // The text before is the object the last reading read (a fresh PieceText each edit here, so that reading the
      // expected text does not join the one being edited).
      state = updateChunked(state, 'latex', text, undefined, { before: state.source, range: { start: at, oldEnd: at + removed, newEnd: at + edit.insert.length } });
      const range = changedRange(flat, next);
      if (range && isPlainWordEdit(flat, next, range, 0)) {
        plainEdits++;
        assert.equal(text.joined, false, `edit ${n}`);
      }
      assert.deepEqual(plain(state.prose), plain(extractProse('latex', next)), `edit ${n} at ${at}: ${JSON.stringify(next.slice(Math.max(0, at - 20), at + 20))}`);
    }
    assert.ok(plainEdits > 30, `${plainEdits} plain-word edits`);
  });

  test('changedRange finds the replaced stretch', () => {
    assert.deepEqual(changedRange('abcdef', 'abXdef'), { start: 2, oldEnd: 3, newEnd: 3 });
    assert.deepEqual(changedRange('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, newEnd: 5 });
    assert.equal(changedRange('same', 'same'), undefined);
    const long = 'x'.repeat(10_000);
    assert.deepEqual(changedRange(`${long}a${long}`, `${long}${long}`), { start: 10_000, oldEnd: 10_001, newEnd: 10_000 });
  });
});
