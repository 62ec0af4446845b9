// The ASCII paths of word splitting (recognize.ts splitWords) and tokenizing (tokens.ts) read ASCII without
// Unicode patterns; on any text they must give what the patterns give.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../src/core/claims/tokens';
import { splitWords } from '../../src/core/entities/recognize';
import { normalizeTerm } from '../../src/core/entities/normalize';

const pieces = ['IL', '-', '11', 'STAT3', ' ', 'α', 'é', 'β1', "'s", '’s', '‐', '‑', '(', ')', ',', '/', '\u00a0', '𝛼', '\uD800', 'x', 'Ω', '٣', '—', '.', 'ab', 'Z9'];
const texts = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 3 }) }), { maxLength: 25 }).map((p) => p.join(''));

/** splitWords as it was: the Unicode pattern over the text. */
function splitWordsByPattern(text: string, from: number, to: number) {
  const pattern = /[\p{L}\p{N}]+/gu;
  const words = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0], normalized: normalizeTerm(match[0]) });
  }
  return words;
}

/** The words tokenize made without mentions, as it was: the Unicode patterns at each position. */
function wordTokensByPattern(text: string, start: number, end: number): [number, number][] {
  const wordAt = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[-‐‑][\p{L}\p{N}]+(?:['’][\p{L}]+)?)*/uy;
  const out: [number, number][] = [];
  for (let i = start; i < end; ) {
    if (/[\p{L}\p{N}]/u.test(text[i])) {
      wordAt.lastIndex = i;
      const match = wordAt.exec(text);
      let wordEnd = match ? Math.min(i + match[0].length, end) : i + 1;
      while (wordEnd > i + 1 && ['-', '‐', '‑'].includes(text[wordEnd - 1])) wordEnd--;
      out.push([i, wordEnd]);
      i = wordEnd;
    } else i++;
  }
  return out;
}

suite('ASCII paths read as the Unicode patterns do', () => {
  test('splitWords, whole texts and ranges inside them', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length ? a % text.length : 0;
        const to = from + (text.length ? b % (text.length - from + 1) : 0);
        assert.deepEqual(splitWords(text), splitWordsByPattern(text, 0, text.length), JSON.stringify(text));
        assert.deepEqual(splitWords(text, from, to), splitWordsByPattern(text, from, to), JSON.stringify([text, from, to]));
      }),
      { seed: 5, numRuns: 3000 },
    );
  });

  test('splitWords with its keys kept: every case, long words, and past a full table', () => {
    // recognize.ts asciiKey keeps the keys it made in a table it empties when half full (16,384 keys): words of
    // every case, long ones (not kept), and more distinct words than the table holds, read twice.
    const words: string[] = [];
    for (let n = 0; n < 20_000; n++) words.push(`w${n.toString(36)}`, `W${n.toString(36).toUpperCase()}x`, n % 97 === 0 ? 'A'.repeat(45) + n : 'Stat3');
    const text = words.join(' ');
    for (let round = 0; round < 2; round++) assert.deepEqual(splitWords(text), splitWordsByPattern(text, 0, text.length));
  });

  test('tokenize: the same words, ending where the pattern ends them', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, a) => {
        const end = text.length ? text.length - (a % Math.min(4, text.length)) : 0;
        // A fresh mentions array each time: tokenize remembers the last sentence it read.
        const words = tokenize(text, 0, end, []).filter((t) => t.kind === 'word').map((t): [number, number] => [t.start, t.end]);
        // Short bracketed asides are dropped after tokenizing; compare only texts without brackets.
        if (!/[([]/.test(text)) assert.deepEqual(words, wordTokensByPattern(text, 0, end), JSON.stringify([text, end]));
      }),
      { seed: 6, numRuns: 3000 },
    );
  });
});
