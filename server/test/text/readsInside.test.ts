// The text readers look one character past a marker or a line ending, and the text may end right there: "1." as
// a document's last characters, a line that ends in "\r", a quote marker with nothing after it. Such a read gives
// NaN or undefined, which compares as "no such character", so what the user sees was right; but V8 throws away
// the optimised code of a loop the first time it reads outside a string, and compiles it again (issue 11: one
// deoptimisation per process and reader, seen with --trace-deopt on the odd-input bench rows). Each reader is
// given a text that records any read outside it, on inputs whose last character is the one it peeks after, and
// what it returns is checked as well.
import * as assert from 'node:assert/strict';
import { nestingProfile } from '../../src/core/text/markdown';
import { BreakCheck, continueContainer, openContainer, spacesAt } from '../../src/core/text/markdownContainers';
import { opensFlatBlock } from '../../src/core/text/markdownFences';
import { extractPlainProse } from '../../src/core/text/plainText';
import { readEnvironmentName, skipOptionals } from '../../src/core/text/latexScan';
import { tokenize } from '../../src/core/claims/tokens';

/**
 * `text` as a string that notes every read outside it: an index (`text[k]`) or charCodeAt, charAt, codePointAt,
 * at with k outside [0, length). Everything else (slice, indexOf, a regex over it) reads the string itself.
 */
function watched(text: string): { source: string; outside: number[] } {
  const outside: number[] = [];
  const note = (k: number) => {
    if (!(k >= 0 && k < text.length)) outside.push(k);
  };
  const byIndex = new Set(['charCodeAt', 'charAt', 'codePointAt', 'at']);
  const proxy = new Proxy(Object(text) as object, {
    get(target, key) {
      if (typeof key === 'string' && byIndex.has(key)) {
        return (k: number) => {
          note(k);
          return (text as unknown as Record<string, (k: number) => unknown>)[key](k);
        };
      }
      if (typeof key === 'string' && /^-?\d+$/.test(key)) {
        note(Number(key));
        return text[Number(key)];
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(text) : value;
    },
  });
  return { source: proxy as unknown as string, outside };
}

/** Runs `read` on the watched text and asserts it read nothing outside it; returns what `read` returned. */
function readInside<T>(text: string, read: (source: string) => T): T {
  const { source, outside } = watched(text);
  const result = read(source);
  assert.deepEqual(outside, [], `${JSON.stringify(text)}: read at ${outside.join(', ')} (length ${text.length})`);
  return result;
}

suite('text readers never read past the end of their text', () => {
  test('the watched text notes a read past its end (the check itself can fail)', () => {
    const { source, outside } = watched('ab');
    assert.equal(source.charCodeAt(1), 98);
    assert.equal(source.slice(0, 1), 'a');
    assert.deepEqual(outside, []);
    assert.ok(Number.isNaN(source.charCodeAt(2)));
    assert.equal(source[2], undefined);
    assert.deepEqual(outside, [2, 2]);
  });

  test('plain text: a last line with no line ending, or ending in CR, LF or CRLF', () => {
    const blocks = (text: string) => readInside(text, extractPlainProse).blocks.map((b) => ({ text: b.text, offsets: [...b.sourceOffsets] }));
    // The user sees the same blocks whatever ends the last line; the offsets point into the text.
    assert.deepEqual(blocks('IL-11 rose.'), [{ text: 'IL-11 rose.', offsets: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }]);
    for (const ending of ['\r', '\n', '\r\n']) {
      assert.deepEqual(blocks(`IL-11\nrose.${ending}`).map((b) => b.text), ['IL-11 rose.'], JSON.stringify(ending));
      assert.deepEqual(blocks(`IL-11 rose.${ending}${ending}STAT3 fell.${ending}`).map((b) => b.text), ['IL-11 rose.', 'STAT3 fell.'], JSON.stringify(ending));
    }
    // A lone CR ends a line as LF does: the line after it starts at the next character.
    const [block] = blocks('a\rb');
    assert.deepEqual(block, { text: 'a b', offsets: [0, 1, 2, 3] });
    assert.deepEqual(blocks(''), []);
    assert.deepEqual(blocks('\r'), []);
  });

  test('Markdown nesting: a marker as the last character of the text', () => {
    // "1." and "-" with nothing after them: the ordered marker opens an item (its rest is blank), the bullet
    // needs a space or tab after it, so a lone "-" opens none.
    assert.equal(readInside('1.', nestingProfile).deepest, 1);
    assert.equal(readInside('> 1)', nestingProfile).deepest, 2);
    assert.equal(readInside('> -', nestingProfile).deepest, 1);
    assert.equal(readInside('- ', nestingProfile).deepest, 1);
    assert.equal(readInside('>', nestingProfile).deepest, 1);
    assert.equal(readInside('  ', nestingProfile).deepest, 0);
    assert.equal(readInside('[^1]:', nestingProfile).deepest, 1);
    assert.equal(readInside('12', nestingProfile).deepest, 0);
    // Blank lines after items opened on the last line with text: counted as before.
    assert.deepEqual(readInside(`${'1. '.repeat(20)}x\n\n\n`, nestingProfile), { deepest: 20, blankLineWork: 32 });
  });

  test('Markdown containers and flat blocks: a line that ends at a marker', () => {
    const breaks = new BreakCheck();
    const open = (line: string, interrupt = false) =>
      readInside(line, (source) => {
        breaks.reset(source);
        return openContainer(source, 0, interrupt, breaks);
      });
    assert.deepEqual(open('>'), { container: { quote: true, size: 0, initialBlank: false, furtherBlank: false }, at: 1 });
    assert.deepEqual(open('1.'), { container: { quote: false, size: 3, initialBlank: true, furtherBlank: false }, at: 2 });
    assert.equal(open('1.', true), undefined);
    assert.equal(open('12'), undefined);
    assert.equal(open('   '), undefined);
    assert.equal(open(''), undefined);
    assert.equal(readInside('   ', (source) => spacesAt(source, 0)), 3);
    const quote = () => ({ quote: true, size: 0, initialBlank: false, furtherBlank: false });
    assert.equal(readInside('  >', (source) => continueContainer(quote(), source, 0, false)), 3);
    assert.equal(readInside('  ', (source) => continueContainer(quote(), source, 0, true)), -1);
    assert.equal(readInside('', (source) => opensFlatBlock(source, false)), false);
    assert.equal(readInside('---', (source) => opensFlatBlock(source, false)), true);
  });

  test('LaTeX: \\begin with no name or options before the end of the text', () => {
    assert.equal(readInside('\\begin ', (source) => readEnvironmentName(source, 6, source.length)), undefined);
    assert.deepEqual(readInside('\\begin{quote}', (source) => readEnvironmentName(source, 6, source.length)), { name: 'quote', end: 13 });
    assert.equal(readInside('\\begin{quote}', (source) => skipOptionals(source, 13, source.length)), 13);
    assert.equal(readInside('\\begin{quote}[t]', (source) => skipOptionals(source, 13, source.length)), 16);
  });
});

suite('the claim tokenizer never reads past the end of its text', () => {
  test('a word as the last characters of the text', () => {
    // A word of ASCII letters that ends the text: the tokenizer asked for the character after it (issue 11).
    const words = (text: string) => readInside(text, (source) => tokenize(source, 0, text.length, []).map((t) => t.text));
    assert.deepEqual(words('levels rose'), ['levels', 'rose']);
    assert.deepEqual(words('rose'), ['rose']);
    assert.deepEqual(words('cells, rose'), ['cells', ',', 'rose']);
  });
});
