// The reader's vocabulary of direction is symmetric: a word that says "more" is read only if its "less" is read
// too, with the opposite sign, so that a sentence whose supported wording is read is still read once its direction
// word is flipped (and is then contradicted). The tables are checked whole: a directed word added without its
// opposite (or a note that it has none) fails here.
import * as assert from 'node:assert/strict';
import { effectAdjectives, lessWords, levelAdjectives, moreWords } from '../../src/core/claims/cues';
import { relationSign, verbTrigger, type ClaimRelation } from '../../src/core/claims/vocabulary';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, onlySentence } from './helpers';

/** Opposite pairs of the "more"/"less" word sets: [more, less]. */
const levelPairs: Array<[string, string]> = [
  ['accelerated', 'slowed'], ['faster', 'slower'], ['increased', 'decreased'], ['elevated', 'reduced'], ['high', 'low'],
  ['higher', 'lower'], ['enhanced', 'diminished'], ['upregulated', 'downregulated'], ['up-regulated', 'down-regulated'],
  ['overexpressed', 'underexpressed'], ['over-expressed', 'under-expressed'], ['activated', 'inhibited'], ['raised', 'lowered'],
  ['augmented', 'attenuated'], ['greater', 'fewer'], ['stronger', 'weaker'], ['longer', 'shorter'], ['better', 'worse'],
  ['improved', 'impaired'], ['prolonged', 'delayed'], ['sustained', 'lost'], ['persistent', 'absent'], ['more', 'less'],
];
/** Words of one set whose opposite is not a level word: a source or a manner, not an amount. */
const levelWithoutOpposite = new Set(['excessive', 'constitutive', 'aberrant', 'exogenous', 'recombinant', 'poorer', 'poor',
  'suppressed', 'deficient', 'blocked', 'silenced', 'depleted']);

/** Opposite pairs of effect adjectives ("a promoting effect of X on Y") and of predicative level adjectives. */
const effectPairs: Array<[string, string]> = [
  ['promoting', 'inhibiting'], ['enhancing', 'reducing'], ['amplifying', 'attenuating'], ['activating', 'inhibitory'],
  ['stimulatory', 'suppressive'], ['positive', 'negative'], ['stimulating', 'suppressing'], ['activating', 'repressive'],
  ['promoting', 'protective'], ['promoting', 'antagonistic'], ['promoting', 'opposite'],
];
const levelAdjectivePairs: Array<[string, string]> = [
  ['higher', 'lower'], ['elevated', 'reduced'], ['increased', 'decreased'], ['raised', 'lowered'], ['enhanced', 'diminished'],
  ['greater', 'lower'],
];
/** Verbs of change and their mirrors, as the reader's verb triggers. */
const verbPairs: Array<[string, string]> = [
  ['overexpressed', 'underexpressed'], ['over-expressed', 'under-expressed'], ['upregulates', 'downregulates'],
  ['increases', 'decreases'], ['promotes', 'inhibits'], ['enhanced', 'reduced'], ['raises', 'lowers'],
  ['accelerates', 'slows'], ['facilitates', 'impedes'], ['induces', 'suppresses'], ['activates', 'inactivates'],
  ['stimulated', 'inhibited'], ['boosts', 'dampens'], ['augmented', 'attenuated'], ['drives', 'restrains'],
];

function sign(relation: ClaimRelation | undefined): number {
  return relation === undefined ? 0 : relationSign(relation);
}

suite('direction words: every "more" word has its "less" word read', () => {
  test('the more and less word sets: each word is paired with an opposite in the other set, or noted as having none', () => {
    for (const [more, less] of levelPairs) {
      assert.ok(moreWords.has(more), `${more} is a more word`);
      assert.ok(lessWords.has(less), `${less} is a less word`);
    }
    const paired = new Set(levelPairs.flat());
    for (const word of [...moreWords, ...lessWords]) assert.ok(paired.has(word) || levelWithoutOpposite.has(word), `${word} has no opposite declared`);
  });
  test('effect adjectives: each directed adjective has an opposite of the other sign', () => {
    for (const [up, down] of effectPairs) {
      assert.equal(sign(effectAdjectives[up]), 1, up);
      assert.equal(sign(effectAdjectives[down]), -1, down);
    }
    const paired = new Set(effectPairs.flat());
    for (const [word, relation] of Object.entries(effectAdjectives)) if (sign(relation) !== 0) assert.ok(paired.has(word), `${word} has no opposite declared`);
  });
  test('level adjectives: each has an opposite of the other sign', () => {
    for (const [up, down] of levelAdjectivePairs) {
      assert.equal(sign(levelAdjectives[up]), 1, up);
      assert.equal(sign(levelAdjectives[down]), -1, down);
    }
    const paired = new Set(levelAdjectivePairs.flat());
    for (const word of Object.keys(levelAdjectives)) assert.ok(paired.has(word), `${word} has no opposite declared`);
  });
  test('verbs of change: each pair is read with opposite signs', () => {
    for (const [up, down] of verbPairs) {
      assert.equal(sign(verbTrigger(up)), 1, up);
      assert.equal(sign(verbTrigger(down)), -1, down);
    }
  });
});

/** Sentences of our own: the supported wording and its flipped twin, which is contradicted. */
const flipped: Array<[supported: string, contradicted: string]> = [
  ['IL-11 was overexpressed in oral squamous cell carcinoma samples.', 'IL-11 was underexpressed in oral squamous cell carcinoma samples.'],
  ['In OSCC tissue, IL-11 is over-expressed.', 'In OSCC tissue, IL-11 is under-expressed.'],
  ['Earlier work reported a promoting effect of IL-11 on tumours.', 'Earlier work reported an inhibiting effect of IL-11 on tumours.'],
  // "often" is skipped before a passive verb as "frequently" is: the favourable end is read too.
  ['Hypoxia is often linked to a poor prognosis in patients.', 'Hypoxia is often linked to a favourable prognosis in patients.'],
  ['In solid tumours, hypoxia is always associated with a worse prognosis.', 'In solid tumours, hypoxia is always associated with a good prognosis.'],
  // An adverb of degree between "with"/"a" and the participle ("with markedly diminished X", "a significantly reduced
  // risk of X") leaves the participle an adjective of the partner, as it is without the adverb: both ends are read.
  ['Across solid tumours, low oxygen tension goes along with a significantly increased risk of metastasis.',
    'Across solid tumours, low oxygen tension goes along with a significantly reduced risk of metastasis.'],
  ['Hypoxia was associated with markedly enhanced invasion of tumour cells.', 'Hypoxia was associated with markedly diminished invasion of tumour cells.'],
  // A cause of a prognosis named by its good or bad end: "a better prognosis" is the poor one lowered (verify.ts),
  // "a poorer prognosis" the prognosis lowered (claims/outcomeEnd.ts), so both ends of a causal claim are read.
  ['In many solid tumours, hypoxia contributes to a poorer prognosis.', 'In many solid tumours, hypoxia contributes to a better prognosis.'],
  ['Intratumoural hypoxia results in a poorer prognosis for patients.', 'Intratumoural hypoxia results in a better prognosis for patients.'],
  // A lowering word before a list of partners lowers each ("lower autophagy and invasion"): the member with a finding
  // comes after one without, and was read raised (a false SUPPORTED) before (claims/adverseOutcome.ts lowerListMembers).
  ['In solid tumours, hypoxia goes along with higher autophagy and invasion.', 'In solid tumours, hypoxia goes along with lower autophagy and invasion.'],
  ['Hypoxia was associated with increased autophagy and metastasis.', 'Hypoxia was associated with reduced autophagy and metastasis.'],
  // A subject named by its raised or lowered amount, before "levels of", "concentrations of", "amounts of" as before
  // "expression of" (kb/clinicalAssociation.ts amountNouns; vocabulary.ts loweredAmounts): the lowered one was read
  // as the plain subject, a false SUPPORTED, in an association, before a verb and before "resulted in".
  ['Elevated plasma concentrations of IL-6 correlated with STAT3 activation.', 'Decreased plasma concentrations of IL-6 correlated with STAT3 activation.'],
  ['Lower amounts of IL-6 diminished STAT3 activation.', 'Lower amounts of IL-6 enhanced STAT3 activation.'],
  ['Lower levels of IL-6 resulted in reduced STAT3 activation.', 'Lower levels of IL-6 resulted in increased STAT3 activation.'],
];

suite('direction words: a flipped sentence is read and contradicted', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  for (const [yes, no] of flipped) {
    test(no, () => {
      assert.equal(onlySentence(yes, kb).verdict, 'supported', yes);
      assert.equal(onlySentence(no, kb).verdict, 'contradicted', no);
    });
  }
});
