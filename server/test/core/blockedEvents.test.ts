// An event named only to be blocked is not asserted (preventedEvent.ts), and an agent that undoes a drug's
// inhibition raises resistance to the drug (counteredInhibition.ts): issue 7, false SUPPORTED and CONTRADICTED
// from misread sentences. The constructions' own examples run in constructions.test.ts; these are other wordings.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('a blocked event is taken for granted, not asserted', () => {
  test('passive: "X-induced Y was abolished by D" reads D lowering Y only', () => {
    assert.deepEqual(claimsOf('IL-6-induced STAT3 activation was abolished by stattic.', kb), ['DRUG_STATTIC inhibits STAT3']);
  });

  test('a blocking verb with no agent read: the phrase is still no claim, and not a contradiction', () => {
    const s = onlySentence('Aspirin may also block exogenous IL-11-induced STAT3 activation in breast cancer cells.', kb);
    assert.ok(!s.claims.some((c) => c.claim.subject.entityId === 'IL11'), JSON.stringify(claimsOf(s.text, kb)));
    assert.notEqual(s.verdict, 'contradicted');
    assert.notEqual(s.verdict, 'supported');
  });

  test('en dash between name and participle: "prevent exogenous IL-6–induced" is blocked too', () => {
    const s = onlySentence('Curcumin could prevent exogenous IL-6–induced STAT3 phosphorylation in hepatoma cells.', kb);
    assert.ok(!s.claims.some((c) => c.claim.subject.entityId === 'IL6'), JSON.stringify(claimsOf(s.text, kb)));
  });

  test('where nothing blocks it, the modifier is the claim', () => {
    assert.deepEqual(claimsOf('IL-11-induced STAT3 phosphorylation was seen in OSCC cells.', kb), ['IL11 induces STAT3 [ctx OSCC]']);
  });
});

suite('an inhibition undone is resistance to the drug', () => {
  test('"X reversed the D-induced growth suppression": X raises resistance to D, not growth', () => {
    assert.deepEqual(claimsOf('IGF-1 treatment reversed the regorafenib-induced growth suppression in HepG2 cells.', kb), ['IGF1 increases REGORAFENIB_RESISTANCE [ctx HEPG2]']);
  });

  test('"X overcame the antiproliferative effect of D", a drug with no resistance of its own in the library', () => {
    assert.deepEqual(claimsOf('EGF fully abrogated the antiproliferative effect of lapatinib in breast cancer cells.', kb), ['NCBIGENE_1950 increases DRUG_RESISTANCE [ctx BREAST_CANCER,DRUG_LAPATINIB]']);
  });

  test('an inhibition of another process is not read as resistance', () => {
    const claims = claimsOf('IL-11 reversed the inhibition of migration by stattic.', kb);
    assert.ok(!claims.some((c) => c.includes('RESISTANCE')), JSON.stringify(claims));
  });
});

suite('"not just A but also B" denies nothing', () => {
  test('"is not just a driver of A but also a source of B" asserts both', () => {
    assert.deepEqual(claimsOf('IL-6 is not just a driver of inflammation but also a source of tumour growth.', kb), ['IL6 promotes INFLAMMATION', 'IL6 promotes TUMOR_GROWTH']);
  });

  test('"does not merely raise A" asserts the rise, while a plain "does not" still denies', () => {
    assert.deepEqual(claimsOf('STAT3 does not merely promote invasion.', kb), ['STAT3 promotes CELL_INVASION']);
    assert.deepEqual(claimsOf('STAT3 does not promote invasion.', kb), ['NOT STAT3 promotes CELL_INVASION']);
  });
});

suite('a change after a loss turns round', () => {
  test('"a decrease in A was found following Y knockdown": Y raises A', () => {
    assert.deepEqual(claimsOf('A clear decrease in MMP-13 was found following IL-11 knockdown in OSCC cells.', kb), ['IL11 increases MMP13 [ctx OSCC]']);
  });

  test('"an increase of A after treatment with Y" is no loss, and stays as it reads', () => {
    assert.deepEqual(claimsOf('We observed a significant increase of invasion after treatment with IL-11.', kb), ['IL11 increases CELL_INVASION']);
  });
});
