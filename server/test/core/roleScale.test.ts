// The size a writer gives a role (claims/roleScale.ts): each example of the rule is its own test, and the role
// readers' directions are left alone where no size word stands before the role noun.
import * as assert from 'node:assert/strict';
import { roleScaleExamples } from '../../src/core/claims/roleScale';
import { derivedAgentNouns, roleNouns } from '../../src/core/claims/vocabulary';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('role scale: each example', () => {
  for (const { example, reads } of roleScaleExamples) {
    test(example, () => {
      assert.deepEqual(claimsOf(example, kb), [...reads].sort());
    });
  }
});

suite('role scale: never supported, other surface forms', () => {
  const cases: [string, string][] = [
    ['Vimentin played merely a minor part in the migration of these cells.', 'unsupported'],
    ['IL-11 had only a limited role in tumour cell invasion.', 'unsupported'],
    ['The marginal role of hypoxia in cell invasion was noted in passing.', 'unsupported'],
    ['In our model IL-11 played an insignificant role in cell invasion.', 'contradicted'],
    ['STAT3 seems unlikely to be a major driver of cell migration in these tumours.', 'contradicted'],
    // The size or hedge said after the pair, or by an adverb of denial.
    ['The contribution of vimentin to cell migration was relatively modest.', 'unsupported'],
    ['The role of IL-11 in tumour cell invasion appears to be rather limited.', 'unsupported'],
    ['IL-11 takes part in cell invasion, though only a minor one.', 'unsupported'],
    ['In these tumours, IL-11 is barely involved in cell invasion.', 'contradicted'],
  ];
  for (const [sentence, verdict] of cases) {
    test(sentence, () => {
      assert.equal(onlySentence(sentence, kb).verdict, verdict);
    });
  }

  test('a size word that sizes no role leaves the claim as read', () => {
    assert.deepEqual(claimsOf('IL-11 plays a key role in cell invasion.', kb), ['IL11 promotes CELL_INVASION']);
    assert.deepEqual(claimsOf('In a minor subset of cells, IL-11 raised MMP-13.', kb).filter((c) => c.startsWith('IL11')), ['IL11 increases MMP13']);
  });
});

suite('agent nouns derived from the verb lexicon', () => {
  test('regular suffixes make the nouns, the verb gives the relation', () => {
    assert.equal(derivedAgentNouns.stimulator, 'activates');
    assert.equal(derivedAgentNouns.facilitator, 'promotes');
    assert.equal(derivedAgentNouns.amplifier, 'increases');
    assert.equal(derivedAgentNouns.attenuator, 'suppresses');
    // Stems whose noun means something else make none: "a protector of cells" is no fall of cells.
    assert.equal(derivedAgentNouns.protector, undefined);
    assert.ok(roleNouns.has('stimulators') && roleNouns.has('role') && roleNouns.has('driver'));
  });

  test('said of the subject they read as their verb; naming a drug they do not', () => {
    assert.deepEqual(claimsOf('Vimentin is a potent facilitator of cell migration.', kb), ['VIM promotes CELL_MIGRATION']);
    assert.deepEqual(claimsOf('Hypoxia acted as an amplifier of IL-11 secretion in these tumours.', kb).filter((c) => c.startsWith('HYPOXIA')).map((c) => c.split(' [')[0]), ['HYPOXIA increases IL11']);
  });
});

suite('adjectives of a process said of the subject (anti-process-agent, process-promoting-agent)', () => {
  test('a driven process coordinated with a held-back one keeps each direction', () => {
    // Read alike, "and antiapoptotic" said IL-6 promotes apoptosis: a false contradiction.
    assert.deepEqual(claimsOf('IL-6 is a key growth-promoting and antiapoptotic factor.', kb), ['IL6 promotes CELL_GROWTH', 'IL6 suppresses APOPTOSIS']);
  });

  test('"anti-" before a name the frame does not take is no frame: the verb after it is read', () => {
    assert.deepEqual(claimsOf('Tocilizumab is a potent anti-IL-6R drug and lowered sorafenib resistance in HCC.', kb).filter((c) => c.includes('SORAFENIB_RESISTANCE')), ['DRUG_TOCILIZUMAB decreases SORAFENIB_RESISTANCE [ctx HCC]']);
  });

  test('an "anti-" adjective of a therapy the subject is a candidate for says the subject drives the process', () => {
    assert.deepEqual(claimsOf('Vimentin has emerged as a promising candidate for anti-invasive therapy.', kb), ['VIM promotes CELL_INVASION']);
  });

  test('"a component of" names a part, not a cause; "one of the mechanisms behind" names a cause', () => {
    assert.deepEqual(claimsOf('Hypoxia is a key component of the tumour microenvironment.', kb), []);
    assert.deepEqual(claimsOf('STAT3 is one of the key mechanisms underlying cell migration.', kb), ['STAT3 promotes CELL_MIGRATION']);
  });

  test('"pro-apoptotic", a fused "antiproliferative", a tied gerund before a class noun the lexicon knows', () => {
    assert.deepEqual(claimsOf('In HCC cells, NT157 acts as a pro-apoptotic agent.', kb), ['NT157 promotes APOPTOSIS [ctx HCC]']);
    assert.deepEqual(claimsOf('NT157 is an antiproliferative compound.', kb), ['NT157 inhibits CELL_PROLIFERATION']);
    assert.deepEqual(claimsOf('IL-11 is an invasion-promoting cytokine in OSCC cells.', kb), ['IL11 promotes CELL_INVASION [ctx OSCC]']);
  });
});
