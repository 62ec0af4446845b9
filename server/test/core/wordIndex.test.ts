// WordIndex answers, in one pass, which of a set of words a text contains: it must be exactly `text.includes`.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { constructions } from '../../src/core/claims/constructions';
import { WordIndex } from '../../src/core/claims/wordIndex';
import { foldForLiterals } from '../../src/core/util/requiredLiterals';

suite('WordIndex: the words a text holds, in one pass', () => {
  const triggers = constructions.flatMap((c) => c.triggers ?? []);

  test('the construction triggers found in generated text are those text.includes finds (inside words, overlapping, at the ends)', () => {
    const index = new WordIndex(triggers);
    const pieces = [...triggers, ...triggers.map((w) => w.slice(0, -1)), ...triggers.map((w) => w.slice(1)), ' ', 'x', 'ſ', 'é', '%', 'by', ' b', 'y ', 'ing', 'anti-', 'sensitis'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual([...index.wordsIn(text)].sort(), [...new Set(triggers.filter((w) => text.includes(w)))].sort(), JSON.stringify(text));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });

  test('where each word first ends: the end of the first occurrence text.indexOf finds', () => {
    const index = new WordIndex(triggers);
    const pieces = [...triggers, ...triggers.map((w) => w.slice(0, -2)), ...triggers.map((w) => w.slice(2)), ' ', 'x', 'é', 'anti-', 'ing '];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = [...new Set(triggers)].filter((w) => text.includes(w)).map((w) => [w, text.indexOf(w) + w.length]);
        assert.deepEqual([...index.firstEnds(text)].sort(), expected.sort(), JSON.stringify(text));
      }),
      { seed: 35, numRuns: 2000 },
    );
  });

  test('scan answers firstEnds by the words\' numbers', () => {
    const index = new WordIndex(triggers);
    for (const text of ['', 'was treated with and by', 'resensitised to it when, once and after', 'x'.repeat(50)]) {
      const { found, ends } = index.scan(text);
      assert.deepEqual([...found].map((w, k) => [index.words[w], ends[k]]).sort(), [...index.firstEnds(text)].sort(), text);
    }
  });

  test('words inside other words, suffixes of others, and non-ASCII characters', () => {
    const index = new WordIndex(['she', 'he', 'hers', 'his', 'e', 'tumour‐', '‐free', 'ſ']);
    assert.deepEqual([...index.firstEnds('ushers')].sort(), [['e', 4], ['he', 4], ['hers', 6], ['she', 4]]);
    assert.deepEqual([...index.wordsIn('tumour‐free')].sort(), ['e', 'tumour‐', '‐free']);
    assert.deepEqual([...index.wordsIn('hiſ')].sort(), ['ſ']);
    assert.deepEqual([...new WordIndex(['', 'a']).wordsIn('b')], ['']);
  });

  test('words that share their first three characters, and words shorter than three', () => {
    const index = new WordIndex(['sensitive', 'sensitis', 'sen', 'se', '%', 'a']);
    assert.deepEqual([...index.wordsIn('resensitised cells, 5%')].sort(), ['%', 'se', 'sen', 'sensitis']);
    assert.deepEqual([...index.wordsIn('')], []);
    assert.deepEqual([...index.wordsIn('se')], ['se']);
  });

  test('scanFolded reads a range as scan reads its folded copy, or declines', () => {
    // Capitals of every kind, the long s, the Kelvin sign, a capital sigma (its lower case depends on what follows),
    // "İ" (two units in lower case), surrogate pairs, Greek letters and dashes.
    const words = [...triggers, 'β-catenin', 'nf-κb', 's', 'k'];
    const index = new WordIndex(words);
    const pieces = [...triggers.map((w) => w.toUpperCase()), ...triggers.slice(0, 40), 'ſ', 'K', 'ΣΑΣ', 'İ', '𝛼', '𐐀', 'Β-CATENIN', 'NF-ΚB', 'ẞ', ' ', 'x'];
    let declined = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.fullUnicodeString({ maxLength: 2 })), { maxLength: 20 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = text.length ? a % text.length : 0;
        const to = from + (text.length ? b % (text.length - from + 1) : 0);
        const inPlace = index.scanFolded(text, from, to);
        const copy = foldForLiterals(text.slice(from, to));
        if (!inPlace) {
          declined++;
          return;
        }
        assert.equal(copy.length, to - from);
        const { found, ends } = index.scan(copy);
        assert.deepEqual([...inPlace.found], [...found], JSON.stringify([text, from, to]));
        assert.deepEqual([...inPlace.ends], [...ends], JSON.stringify([text, from, to]));
      }),
      { seed: 36, numRuns: 3000 },
    );
    assert.ok(declined > 0 && declined < 2000, String(declined));
    assert.equal(index.scanFolded('ΣΑΣ', 0, 3), undefined);
    assert.deepEqual([...index.scanFolded('NF-ΚB ſ', 0, 7)!.found].map((w) => index.words[w]).sort(), ['nf-κb', 's']);
  });

  test('the table in 16 bits answers as in 32 (an index of more than 32,768 states is held in 32)', () => {
    const narrow = new WordIndex(triggers);
    const wide = new WordIndex(triggers, 0);
    assert.equal(narrow.size.bytes, narrow.size.entries * 2);
    assert.equal(wide.size.bytes, wide.size.entries * 4);
    assert.equal(new WordIndex(triggers, narrow.size.states).size.bytes, narrow.size.bytes);
    assert.equal(new WordIndex(triggers, narrow.size.states - 1).size.bytes, wide.size.bytes);
    const pieces = [...triggers, ...triggers.map((w) => w.toUpperCase()), ...triggers.map((w) => w.slice(1)), ' ', 'x', 'é', 'Σ'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual([...narrow.firstEnds(text)], [...wide.firstEnds(text)], JSON.stringify(text));
        const [a, b] = [narrow.scanFolded(text, 0, text.length), wide.scanFolded(text, 0, text.length)];
        assert.deepEqual(a && [[...a.found], [...a.ends]], b && [[...b.found], [...b.ends]], JSON.stringify(text));
      }),
      { seed: 43, numRuns: 1000 },
    );
  });
});
