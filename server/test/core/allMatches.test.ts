// allMatches (util/allMatches.ts) gives what [...text.matchAll(pattern)] gives: the same matches, groups and
// indices, in order, empty matches stepped past as matchAll steps past them, and the pattern's lastIndex untouched.
import * as assert from 'node:assert/strict';
import { allMatches } from '../../src/core/util/allMatches';

const same = (pattern: RegExp, text: string): void => {
  const expected = [...text.matchAll(pattern)].map((m) => ({ all: [...m], index: m.index, groups: m.groups ? { ...m.groups } : undefined }));
  const before = pattern.lastIndex;
  const found = allMatches(pattern, text).map((m) => ({ all: [...m], index: m.index, groups: m.groups ? { ...m.groups } : undefined }));
  assert.deepEqual(found, expected, `/${pattern.source}/${pattern.flags} in ${JSON.stringify(text)}`);
  assert.equal(pattern.lastIndex, before, 'lastIndex left as it was');
};

suite('allMatches: what matchAll gives, from the pattern\'s own exec', () => {
  test('matches, capture groups and named groups, case-insensitive and not', () => {
    same(/\b(?<name>OS)\b(?=\s+rates?)/gi, 'Median OS rates and os rate rose; OSCC cells, OS.');
    same(/\b([A-Za-z0-9][\w-]*\d[\w-]*|[A-Z]{2,6})\s+(?:human\s+)?(?:cells?|cell lines?)\b/g, 'HepG2 cells and Huh7 cell lines, not liver cells; 4T1 human cells.');
    same(/@/g, 'see @smith2020 and [@lee2021; @kim2019]');
    same(/\(([^()\s;,]{2,12})\)(?![\p{L}\p{N}\-])/gu, 'interleukin-11 (IL-11) and hepatocellular carcinoma (HCC), β (β-cat)');
    same(/x/g, 'no match here');
    same(/x/g, '');
  });

  test('empty matches step one character, or one code point with the u or v flag', () => {
    for (const text of ['', 'ab', 'a😀b', '😀😀', '\ud83d', 'a\ud83db']) {
      same(/(?:)/g, text);
      same(/(?:)/gu, text);
      same(new RegExp('', 'gv'), text);
      same(/b*/g, text);
      same(/b*/gu, text);
      same(/(?=b)|$/gu, text);
    }
  });

  test('sticky patterns, and a search that starts at the pattern\'s lastIndex', () => {
    same(/a/gy, 'aaba');
    const from = /a/g;
    from.lastIndex = 2;
    same(from, 'aaaa');
    assert.equal(from.lastIndex, 2);
  });

  test('a pattern that is not global is refused, as matchAll refuses it', () => {
    assert.throws(() => 'a'.matchAll(/a/ as RegExp));
    assert.throws(() => allMatches(/a/, 'a'), TypeError);
  });
});
