// Issue 7, stop 39: SUPPORTED precision on sentences of our own that share a finding's words but must not be
// supported (helper h-prec39; near misses nm-hd* in corpus/nearmiss.jsonl). Each class came out SUPPORTED before:
// - a switch half backed: one subject moving two molecules in opposite directions, one half unbacked
//   (analysis/unbackedPartners.ts unbackedSwitchHalf); "X induced a switch from A to B" read X raising A
//   (claims/markerSwitch.ts agentsOfSwitches);
// - a silent sibling beside a backed subject: "IL-11 and OSM promote invasion", OSM with no finding at all
//   (unbackedPartners.ts silentSiblingSubject);
// - "X-binding proteins" read as X (entities/recognize.ts namesBindingProtein);
// - the bound partner of a nominal binding read as the agent of what the binding leads to (claims/nominalBinding.ts);
// - a cell's own inhibitor named after its class noun, its target read as the agent (claims/classNounAgent.ts);
// - a name after "and" with its own copula read as one more object of the first clause's verb (claims/clauseSubject.ts).
import * as assert from 'node:assert/strict';
import { bundledReadings } from './helpers';

const { read, check, notSupported } = bundledReadings();

suite('precision audit (stop 39): the unbacked half of a switch', () => {
  test('two molecules moved in opposite directions: each half speaks', () => {
    check('In MDA-MB-231 cells IL-11 elevated N-cadherin but repressed claudin-4.', 'unsupported', 'IL11 increases CDH2');
    check('NT157 lowered IRS-1 and raised IRS-2 protein in HCC cells.', 'unsupported', 'NT157 decreases IRS1');
    check('HIF-1α raised IL-11 and lowered IL-8 production in ATC cells.', 'unsupported', 'HIF1A increases IL11');
  });
  test('both halves backed, or the same direction, stay supported', () => {
    check('In MDA-MB-231 cells IL-11 elevated N-cadherin but repressed E-cadherin.', 'supported', 'IL11 increases CDH2');
    check('IL-11 raised vimentin and N-cadherin in MDA-MB-231 cells.', 'supported', 'IL11 increases VIM');
  });
  test('"X brought about a switch from A to B": X lowers A and raises B, each half speaking', () => {
    check('In MDA-MB-231 cells IL-11 brought about a switch from E-cadherin to N-cadherin.', 'supported', 'IL11 decreases CDH1');
    check('In MDA-MB-231 cells IL-11 brought about a switch from E-cadherin to fibronectin.', 'unsupported', 'IL11 decreases CDH1');
  });
  test('an unbacked outcome beside a backed molecule stays a side remark', () => {
    check('In OSCC, IL-11 switched on AP-1 and reduced apoptosis.', 'supported', 'IL11 activates AP1');
  });
});

suite('precision audit (stop 39): a silent sibling beside a backed subject', () => {
  test('an IL-6-family cytokine with no finding beside IL-11 or IL-6 is a near miss', () => {
    check('IL-11 and oncostatin M enhance the invasion of MDA-MB-231 cells.', 'unsupported', 'IL11 increases CELL_INVASION');
    check('IL-6 as well as LIF promotes sorafenib resistance in HCC.', 'unsupported', 'IL6 promotes SORAFENIB_RESISTANCE');
  });
  test('a partner of another kind, or the cytokine alone, stays as it was', () => {
    check('IL-11 enhances the invasion of MDA-MB-231 cells.', 'supported', 'IL11 increases CELL_INVASION');
  });
});

suite('precision audit (stop 39): names inside another molecule\'s name', () => {
  test('"X-binding proteins" name no X', () => {
    for (const text of ['IGF-binding proteins drive the progression of HCC.', 'STAT3-binding proteins promote invasion of breast cancer cells.', 'An IL-6-interacting protein promotes inflammation.']) {
      notSupported(text);
      assert.ok(!read(text).claims.some((c) => /^(?:IGF1|IGF_FAMILY|STAT3|IL6) /.test(c)), `${text}\n${JSON.stringify(read(text).claims)}`);
    }
  });
  test('a cell\'s own inhibitor named after its class noun is the agent', () => {
    // Before, "the STAT3 inhibitor PIAS3 raised MMP-2" read STAT3 raising MMP-2 (supported). The protein's own claim is
    // read now; the inhibitor read as its target's loss (the guideline's reading of an inhibitor) turns the claim round.
    const got = read('The STAT3 inhibitor PIAS3 raised MMP-2 expression in breast cancer cells.');
    assert.ok(got.claims.includes('NCBIGENE_10401 increases MMP2') && !got.claims.includes('STAT3 increases MMP2'), JSON.stringify(got.claims));
    assert.notEqual(got.verdict, 'supported');
    // The class noun alone is read as before.
    check('The STAT3 inhibitor lowered MMP-2 expression.', 'supported', 'STAT3 increases MMP2');
  });
});

suite('precision audit (stop 39): a nominal binding as the subject of an event', () => {
  test('what the binding leads to is the first partner\'s, through the second', () => {
    check('ATF3 binding to the IL-6R promoter results in STAT3 phosphorylation in HCC cells.', 'unsupported', 'ATF3 induces STAT3');
    check('Binding of IL-6 to IL-6R triggers STAT3 phosphorylation in HCC cells.', 'supported', 'IL6 induces STAT3');
  });
});

suite('precision audit (stop 39): a second clause opened by a name of its own', () => {
  test('a name after "and" with its own copula is no object of the first verb', () => {
    for (const text of ['Hypoxia affects tumour cells and IL-11 is a cytokine of the IL-6 family.', 'Sorafenib targets Raf, and ATF3 is a stress-induced transcription factor.']) {
      const got = read(text);
      assert.ok(!got.claims.some((c) => /^(?:HYPOXIA|SORAFENIB) \S+ (?:IL11|IL6_FAMILY|ATF3)$/.test(c)), `${text}\n${JSON.stringify(got.claims)}`);
      assert.ok(got.verdict !== 'supported' && got.verdict !== 'contradicted', `${text}\n${got.verdict}`);
    }
  });
  test('a list of subjects and a second clause of change are left as they were', () => {
    check('IL-11 raised MMP-2, whereas MMP-3 was unaffected.', 'contradicted');
    check('The correlation between hypoxia and IL-11 is strong in breast tumours.', 'supported', 'HYPOXIA associated-with IL11');
  });
});
