// Issue 7, stop 40: SUPPORTED precision on sentences of our own that share a finding's words but must not be
// supported (helper h-prec40; near misses nm-hk* in corpus/nearmiss.jsonl). Each class came out SUPPORTED before:
// - a chain asserted after a backed claim, its later link unbacked: "A raises B, which in turn activates C", "A raises
//   B, and B induces C" (analysis/unbackedPartners.ts unbackedChainLink);
// - a route the writer denies, "independently of Z", "Z-independent", "regardless of Z", where the library routes the
//   effect through Z (claims/deniedRoute.ts);
// - a verb with an object of its own before "in X-treated cells" read as one more change X brought about ("A bound the
//   B promoter and raised its expression in X-treated cells" read as X raising A and B; claims/frontedChanges.ts);
// - cells named by their resistance to a drug, "in sorafenib-resistant HCC cells", lost the drug from the claim's
//   setting, so a finding made without it covered the claim (claims/roles.ts);
// - a fronted contrast, "Unlike X, Y raised Z", whose rival was dropped: the sentence says X does not raise Z
//   (claims/comparisons.ts frontedContrast).
import * as assert from 'node:assert/strict';
import { bundledReadings } from './helpers';

const { read, check } = bundledReadings();

suite('precision audit (stop 40): the unbacked link of a chain', () => {
  test('"A raises B, which (in turn) acts on C": the later link speaks', () => {
    check('In HCC cells IL-6 raised IGF-1, which in turn switched on IGF-1R.', 'unsupported', 'IL6 increases IGF1');
    check('IL-6 turns on STAT3, which then binds the IGF-1R gene promoter in HCC cells.', 'unsupported', 'IL6 activates STAT3');
  });
  test('"A raises B, and B acts on C": the later link speaks', () => {
    check('IL-11 raised STAT3 activity, and STAT3 then raised MMP-13 in MDA-MB-231 cells.', 'unsupported', 'IL11 increases STAT3');
  });
  test('a backed later link, or a second clause about something else, leaves the sentence supported', () => {
    check('IL-11 raised STAT3 activity, and STAT3 then raised MMP-9 in MDA-MB-231 cells.', 'supported', 'IL11 increases STAT3');
    check('Hypoxia raises IL-11, and MMP-13 is involved in the motility of breast cancer cells.', 'supported', 'HYPOXIA increases IL11');
  });
});

suite('precision audit (stop 40): a route the writer denies', () => {
  test('the library routes the effect through the denied molecule: no evidence', () => {
    check('In ATC cells HIF-1α drove EMT independently of IL-11.', 'unsupported', 'HIF1A promotes EMT');
    check('IL-11 raised MMP-2 in MDA-MB-231 cells in a STAT3-independent way.', 'unsupported', 'IL11 increases MMP2');
    check('Irrespective of ATF3, sorafenib raised IL-6R levels in HCC cells.', 'unsupported', 'SORAFENIB increases IL6R');
  });
  test('a denied route no finding names leaves the claim supported', () => {
    check('In ATC cells HIF-1α drove EMT independently of STAT3.', 'supported', 'HIF1A promotes EMT');
  });
});

suite('precision audit (stop 40): an agent before "in X-treated cells"', () => {
  test('a change verb with an object of its own names its agent, not the treatment\'s change', () => {
    const got = read('STAT3 bound the MMP-9 promoter and increased its expression in IL-11-treated MDA-MB-231 cells.');
    assert.ok(!got.claims.some((c) => c.startsWith('IL11 ')), JSON.stringify(got.claims));
    assert.ok(got.claims.some((c) => c.startsWith('STAT3 increases')), JSON.stringify(got.claims));
  });
  test('a list of changes in the treated cells is still the treatment\'s', () => {
    const got = read('MMP-9 rose in IL-11-treated MDA-MB-231 cells, whereas E-cadherin fell.');
    assert.ok(got.claims.some((c) => c.startsWith('IL11 increases MMP9')) && got.claims.some((c) => c.startsWith('IL11 decreases CDH1')), JSON.stringify(got.claims));
  });
});

suite('precision audit (stop 40): cells named by their resistance to a drug', () => {
  test('the drug is the cells\' condition, as for drug-treated cells', () => {
    check('NT157 raised apoptosis in sorafenib-resistant HCC cells.', 'unsupported', 'NT157 increases APOPTOSIS');
    check('NT157 raised apoptosis in sorafenib-treated HCC cells.', 'unsupported', 'NT157 increases APOPTOSIS');
  });
  test('a finding made under the drug still covers the claim', () => {
    check('IL-6 raised STAT3 phosphorylation in sorafenib-resistant HCC cells.', 'supported', 'IL6 increases STAT3');
  });
});

suite('precision audit (stop 40): "Unlike X, Y raised Z"', () => {
  test('the rival is denied the claim; the library reporting it contradicts the sentence', () => {
    check('Unlike sorafenib, regorafenib raised ATF3 levels in HCC cells.', 'contradicted');
    check('In contrast to regorafenib, sorafenib induced IL-6R in HCC cells.', 'contradicted');
  });
  test('a rival the library is silent on leaves the claim as it was', () => {
    check('Unlike oncostatin M, IL-11 raised MMP-9 in MDA-MB-231 cells.', 'supported', 'IL11 increases MMP9');
  });
});
