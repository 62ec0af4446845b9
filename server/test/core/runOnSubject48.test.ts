// Two clauses run on without a comma (claims/subjects.ts runOnSubject): "gp130 relays the signals of IL-11 and IL-6
// raises MMP-13". A verb in the singular right after "A and B", with a verb before the "and", has B alone as its
// subject; the first clause's head is not (issue 7, stop 48: read as gp130 raising MMP-13, supported by IL-11's
// finding through gp130).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const reads = (text: string, claim: string): boolean => claimsOf(text).some((c) => c === claim || c.startsWith(claim + ' '));

suite('the subject of a run-on second clause', () => {
  test('the name right before a singular verb after "A and B" is its subject', () => {
    const cases: [string, string, string][] = [
      ['gp130 relays the signals of IL-11 and IL-6 raises MMP-13.', 'IL6 increases MMP13', 'GP130 increases MMP13'],
      ['gp130 relays the signals of IL-6 and IL-11 raises MMP-13.', 'IL11 increases MMP13', 'GP130 increases MMP13'],
      ['gp130 transmits the signals of IL-11 and IL-6 induces MMP-13.', 'IL6 induces MMP13', 'GP130 induces MMP13'],
    ];
    for (const [text, right, wrong] of cases) {
      assert.ok(reads(text, right), `${text}: ${claimsOf(text).join('; ')}`);
      assert.ok(!reads(text, wrong), `${text}: ${claimsOf(text).join('; ')}`);
    }
    assert.notEqual(onlySentence('gp130 relays the signals of IL-11 and IL-6 raises MMP-13.', kb).verdict, 'supported');
  });

  test('near misses: a plural verb, a noun before the verb, no verb before the "and"', () => {
    // "A and B raise Y": the pair is the subject; "A and B signalling activates Y": the noun is; "The levels of A
    // and B raise Y": one clause.
    assert.ok(reads('IL-6 and IL-11 signalling activates STAT3.', 'IL6 activates STAT3'));
    assert.ok(reads('IL-6 and IL-11 signalling activates STAT3.', 'IL11 activates STAT3'));
    assert.ok(reads('The levels of IL-6 and IL-11 raise MMP-13.', 'IL6 increases MMP13'));
    assert.ok(reads('The levels of IL-6 and IL-11 raise MMP-13.', 'IL11 increases MMP13'));
    assert.ok(reads('STAT3 activates MMP-9 and IL-6 drives invasion.', 'IL6 promotes CELL_INVASION'));
  });
});
