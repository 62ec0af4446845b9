// The page that a diagnostic's related information opens: the finding itself, read from the library file at
// the position the server gives.
import * as assert from 'node:assert/strict';
import { renderFinding } from '../../src/findingText';

const library = `{
  "papers": [{ "key": "doe2020example", "title": "A made-up paper", "journal": "J Examples", "year": 2020 }],
  "facts": [
    {
      "id": "doe2020example/a-raises-b",
      "subject": "A", "relation": "signals-through", "object": "B", "mediators": ["C"], "context": ["OSCC"],
      "evidence": { "paper": "doe2020example", "locator": "Results, Fig. 2", "kind": "finding" },
      "statement": "A raised B <b>in</b> tumour cells."
    }
  ]
}`;

suite('finding page (related information)', () => {
  test('shows the statement, paper, locator and relation of the fact at the position, as plain text', () => {
    const offset = library.indexOf('{\n      "id"');
    const page = renderFinding(library, offset, 'lib/doe.json, line 4');
    assert.equal(page, [
      'Finding doe2020example/a-raises-b',
      '',
      '  A raised B <b>in</b> tumour cells.',
      '',
      'Paper:              doe2020example: A made-up paper, J Examples (2020)',
      'Where in the paper: Results, Fig. 2',
      'Relation:           A signals through B',
      'Via:                C',
      'Context:            OSCC',
      '',
      'Recorded in lib/doe.json, line 4.',
      '',
    ].join('\n'));
  });

  test('a position inside the fact finds it too; a position outside any fact gives nothing', () => {
    assert.match(renderFinding(library, library.indexOf('"statement"'), 'x') ?? '', /^Finding doe2020example\/a-raises-b/);
    assert.equal(renderFinding(library, library.indexOf('"papers"'), 'x'), undefined);
    assert.equal(renderFinding('not json', 0, 'x'), undefined);
  });
});
