// The status bar's words and the notice naming papers whose claims cannot be checked.
import * as assert from 'node:assert/strict';
import { libraryText, withoutAbstractsNotice } from '../../src/statusText';

suite('status bar text', () => {
  test('papers, papers with findings and facts, as `claimlens kb` says them', () => {
    assert.equal(libraryText({ papers: 6, papersWithFacts: 5, facts: 155 }), '6 papers, 5 with findings, 155 facts');
    assert.equal(libraryText({ papers: 1, papersWithFacts: 0, facts: 1 }), '1 paper, 0 with findings, 1 fact');
  });

  test('the notice names the papers without abstracts, the first three and how many more', () => {
    assert.equal(withoutAbstractsNotice({ withoutAbstracts: 1, withoutAbstractsExamples: ['hartmann2021example'] }), 'ClaimLens: 1 paper has no abstract, so claims citing it cannot be checked: hartmann2021example.');
    assert.equal(
      withoutAbstractsNotice({ withoutAbstracts: 5, withoutAbstractsExamples: ['a2020', 'b2021', 'c2022'] }),
      'ClaimLens: 5 papers have no abstract, so claims citing them cannot be checked: a2020, b2021, c2022 and 2 more.',
    );
  });
});
