// The bibliographies a Markdown draft's front matter declares, with front matter cut exactly where the
// Markdown reader cuts it (markdownFences.ts): a writer who closes it with Pandoc's `...` gets the same answer.
import * as assert from 'node:assert/strict';
import { declaredBibliographies, markdownBibliographies } from '../../src/core/text/bibliographies';

suite('declared bibliographies (Markdown front matter)', () => {
  const cases: [string, string, string[]][] = [
    ['one file', '---\nbibliography: refs.bib\n---\nText.\n', ['refs.bib']],
    ['a flow list, quoted', '---\ntitle: x\nbibliography: ["a.bib", b.json]\n---\n', ['a.bib', 'b.json']],
    ['a block list', '---\nbibliography:\n  - a.bib\n  - b.yaml\nlink-citations: true\n---\n', ['a.bib', 'b.yaml']],
    ['closed by "..."', '---\nbibliography: refs.bib\n...\nText.\n', ['refs.bib']],
    ['closed at the end of the text', '---\nbibliography: refs.bib\n---', ['refs.bib']],
    ['never closed', '---\nbibliography: refs.bib\nText.\n', []],
    ['not on the first line', 'Text.\n---\nbibliography: refs.bib\n---\n', []],
    ['a key in the text below is not front matter', '---\ntitle: x\n---\nbibliography: refs.bib\n', []],
  ];
  for (const [name, source, expected] of cases) {
    test(name, () => assert.deepEqual(declaredBibliographies('markdown', source), expected));
  }

  test('an edit below closed front matter cannot change the answer; one in unclosed front matter can', () => {
    const closed = '---\nbibliography: refs.bib\n---\nText.\n';
    assert.equal(markdownBibliographies(closed).reach, closed.indexOf('Text'));
    assert.equal(markdownBibliographies('---\nbibliography: refs.bib\n---').reach, Infinity);
    assert.equal(markdownBibliographies('---\nbibliography: refs.bib\n').reach, Infinity);
    assert.equal(markdownBibliographies('Text.\n').reach, 1);
  });
});
