// isOwnFinding searches for a word every own-finding pattern needs before trying the patterns: it must answer
// exactly as the patterns tried one by one do.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isOwnFinding } from '../../src/core/claims/extract';
import { ownFindingPatterns } from '../../src/core/claims/vocabulary';

const byPatterns = (text: string): boolean => ownFindingPatterns.some((pattern) => pattern.test(text));

suite('own findings found after a word search', () => {
  test('phrasings of each pattern, in other cases and spacing, are own findings', () => {
    for (const text of ['HERE WE report that A lowers B.', 'here,  we describe C', 'We now found that D rose.', 'Our Analyses point to E.', 'From the current paper it follows', 'This study identified F as a target.']) {
      assert.equal(isOwnFinding(text), true, text);
      assert.equal(byPatterns(text), true, text);
    }
  });

  test('on generated texts the answer is the patterns\' own', () => {
    const pieces = ['here', 'Here,', 'we', 'WE', 'our', 'ours', 'data', 'show', 'found', 'in', 'from', 'this', 'the', 'present', 'current', 'study', 'studies', 'work', 'report', 'paper', 'showed', 'owe', 'weak', 'tour', ',', ' ', '\n', 'é', 'K'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 10 }), fc.constantFrom(' ', '', '  '), (parts, join) => {
        const text = parts.join(join);
        assert.equal(isOwnFinding(text), byPatterns(text), JSON.stringify(text));
      }),
      { seed: 37, numRuns: 5000 },
    );
  });
});
