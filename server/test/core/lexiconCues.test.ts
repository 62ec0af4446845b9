// Knowledge-anchored reading derives a cue from the trigger lexicon (anchored.ts lexiconCue, vocabulary.ts
// phraseTriggers) where no hand row of cues.ts names the words between: one rule for every verb phrase of the
// lexicon, whatever auxiliaries, modals, hedges and adverbs stand around its verb. Sentences of our own, in the
// styles a manuscript mixes (results, discussion, review, figure legend), and near misses that must not read.
import * as assert from 'node:assert/strict';
import { capacityWords } from '../../src/core/claims/cues';
import { opensVerbPhrase, phraseTriggerOf } from '../../src/core/claims/vocabulary';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { anchoredTriplesOf, bundledKb } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const anchoredClaims = (text: string): string[] => anchoredTriplesOf(text, kb);

function reads(text: string, claim: string): void {
  const claims = anchoredClaims(text);
  assert.ok(claims.includes(claim), `${claim} not in ${JSON.stringify(claims)}`);
}

function readsNo(text: string, pattern: RegExp): void {
  const claims = anchoredClaims(text);
  assert.ok(!claims.some((c) => pattern.test(c)), `${pattern} matched in ${JSON.stringify(claims)}`);
}

suite('lexicon cues: a verb phrase of the lexicon, whatever its verb group', () => {
  const cases: [style: string, text: string, claim: string][] = [
    // "gives rise to", "brings about": induces.
    ['results', 'After 24 h of culture, hypoxia gave rise to EMT in the breast tumour cells.', 'HYPOXIA induces EMT'],
    ['legend', '(B) Hypoxia brings about EMT in MCF-7 cells.', 'HYPOXIA induces EMT'],
    // "acts upstream of", "lies downstream of" (the cause after it), with a modal or a hedge before.
    ['discussion', 'Our data suggest that IL-11 may act upstream of STAT3 in these tumours.', 'IL11 regulates STAT3'],
    ['review', 'Akt is thought to lie downstream of IL-6.', 'IL6 regulates AKT'],
    // "interacts with", an adverb before it.
    ['results', 'IL-11 directly interacts with gp130 on the cell surface.', 'IL11 binds GP130'],
    // "requires": the cause after it; a raising verb ("has been found to") before.
    ['results', 'Cell migration has been found to require STAT3 activity.', 'STAT3 promotes CELL_MIGRATION'],
    // "switches on", after a modal.
    ['discussion', 'Hypoxia may turn on IL-11 expression in tumour cells.', 'HYPOXIA activates IL11'],
    // "goes hand in hand with": an association.
    ['results', 'Serum IL-6 levels went hand in hand with STAT3 activity.', 'IL6 associated-with STAT3'],
    // "exerts its effects through": the route of its action.
    ['review', 'IL-11 exerts its effects mainly through gp130.', 'IL11 signals-through GP130'],
    // "was accompanied by": what comes with the first participant, an association (a loss of Y: a negative one).
    ['results', 'In these cells, EMT was accompanied by a loss of E-cadherin.', 'EMT associated-with(negative) CDH1'],
    ['legend', 'Cell invasion was paralleled by higher MMP-9 activity.', 'CELL_INVASION associated-with MMP9'],
    // "contributes little to": a contribution denied by its degree.
    ['results', 'In our hands, hypoxia contributes little to EMT.', 'HYPOXIA no-effect EMT'],
  ];
  for (const [style, text, claim] of cases) test(`${style}: ${text}`, () => reads(text, claim));
});

suite('lexicon cues: a copula, a linking verb or a passive of judging before an adjective or agent noun', () => {
  const cases: [style: string, text: string, claim: string][] = [
    ['review', 'HIF-1α is widely regarded as a central driver of EMT.', 'HIF1A promotes EMT'],
    ['review', 'IL-6 is considered a potent inducer of STAT3 phosphorylation.', 'IL6 induces STAT3'],
    ['results', 'STAT3 remains indispensable for the migration of tumour cells.', 'STAT3 promotes CELL_MIGRATION'],
    ['results', 'Hypoxia proved crucial to the onset of EMT.', 'HYPOXIA promotes EMT'],
    ['discussion', 'Taken together, STAT3 appears central to the invasion of tumour cells.', 'STAT3 promotes CELL_INVASION'],
    // A group that ends in a copula is no passive, whatever verb raised it ("was shown to be", "is believed to be").
    ['results', 'In liver cancer cells, IL-6 was shown to be essential for STAT3 activation.', 'IL6 promotes STAT3'],
    ['review', 'IL-6 is believed to be an activator of STAT3.', 'IL6 activates STAT3'],
    ['legend', 'IL-11 is a prerequisite for STAT3 activation in these cells.', 'IL11 promotes STAT3'],
    ['review', 'IL-6 is upstream of STAT3 in hepatocytes.', 'IL6 regulates STAT3'],
    // "one of the N of": the noun after "one of" heads the phrase.
    ['review', 'Hypoxia is one of the main drivers of EMT in solid tumours.', 'HYPOXIA promotes EMT'],
    // Adjectives joined by "and" after the copula say it of the same participant.
    ['discussion', 'Thus, IL-6 is necessary and sufficient for STAT3 activation.', 'IL6 promotes STAT3'],
  ];
  for (const [style, text, claim] of cases) test(`${style}: ${text}`, () => reads(text, claim));
});

suite('lexicon cues: a verb of a phrase the tagger read as a noun', () => {
  test('"results in" before a participle that modifies the noun: the verb is "results"', () => reads('Hypoxia results in increased IL-11 secretion.', 'HYPOXIA increases IL11'));
  test('"switches on", "interacts with" after a name', () => {
    reads('IL-6 switches on STAT3.', 'IL6 activates STAT3');
    reads('IL-6 interacts with gp130.', 'IL6 binds GP130');
  });
  test('the lexicon says which words open a verb phrase', () => {
    assert.ok(opensVerbPhrase('results', 'in') && opensVerbPhrase('leads', 'to') && opensVerbPhrase('interacts', 'with'));
    assert.ok(!opensVerbPhrase('levels', 'of') && !opensVerbPhrase('dependent', 'on'));
    assert.equal(phraseTriggerOf(['gives', 'rise', 'to'])?.relation, 'induces');
  });
});

suite('the gerund of a lexicon verb opening the second participant\'s phrase gives its direction', () => {
  test('"a role in attenuating Y", "involved in suppressing Y": less Y', () => {
    reads('STAT3 plays a key role in attenuating cell migration.', 'STAT3 suppresses CELL_MIGRATION');
    readsNo('STAT3 plays a key role in attenuating cell migration.', /^STAT3 promotes CELL_MIGRATION$/);
    reads('In breast tumours, STAT3 is involved in suppressing cell migration.', 'STAT3 suppresses CELL_MIGRATION');
  });
  test('"a role in promoting Y", "capable of inducing Y": more Y', () => {
    reads('STAT3 plays a key role in promoting cell migration.', 'STAT3 promotes CELL_MIGRATION');
    reads('IL-6 is capable of inducing STAT3 phosphorylation.', 'IL6 promotes STAT3');
    reads('IL-6 is not capable of inducing STAT3 phosphorylation.', 'IL6 not promotes STAT3');
  });
});

suite('capacity before the verb that carries the relation: each example', () => {
  for (const { example, reads: claim } of capacityWords.examples) test(example, () => reads(example, claim));
});

suite('lexicon cues: near misses', () => {
  test('a phrase denied by its verb group is denied', () => {
    reads('IL-6 failed to switch on STAT3 in these cells.', 'IL6 not activates STAT3');
    reads('IL-6 may not be essential for STAT3 activation.', 'IL6 not promotes STAT3');
    reads('Hypoxia was unable to give rise to EMT.', 'HYPOXIA not induces EMT');
    readsNo('Hypoxia was unable to give rise to EMT.', /^HYPOXIA induces EMT$/);
  });
  test('a capacity denied is no claim of the relation', () => {
    readsNo('IL-11 alone is not sufficient to raise MMP-13 levels.', /^IL11 increases MMP13$/);
    readsNo('Sorafenib lacks the ability to reduce IL-6R expression.', /^SORAFENIB decreases IL6R$/);
  });
  test('a predicative phrase with no subject before it names no participant', () => readsNo('It is crucial to measure STAT3 in these cells.', /promotes/));
  test('a phrase whose object is not the second participant reads nothing of the pair', () => {
    readsNo('IL-6 is upstream of a kinase that binds STAT3.', /^IL6 .*STAT3$/);
    readsNo('IL-6 brings about changes in cells lacking STAT3.', /^IL6 .*STAT3$/);
  });
  test('adjectives joined by "but not" are no pair of the same kind', () => readsNo('IL-6 is necessary but not sufficient for STAT3 activation.', /^IL6 promotes STAT3$/));
  test('"known as" names, it does not judge', () => readsNo('IL-6 is known as an activator of the acute phase response, and STAT3 is a transcription factor.', /^IL6 activates STAT3$/));
});
