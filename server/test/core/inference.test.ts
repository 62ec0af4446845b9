// The knowledge base's inference rules (kb/inference.ts), each shown on the few facts it is about, and the
// scope rules of verification (issue 7's specification).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import type { ClaimRelation } from '../../src/core/claims/vocabulary';
import { verifyClaim } from '../../src/core/verify/verify';
import { readoutsAmong } from '../../src/core/kb/inference';
import { entity, fact, kbFrom, paper } from './helpers';

const library = {
  papers: [paper('p1')],
  entities: [
    entity('IL6', 'cytokine', { symbol: 'IL-6' }),
    entity('IL6R', 'receptor', { symbol: 'IL-6R' }),
    entity('IGF1', 'growth-factor', { symbol: 'IGF-1' }),
    entity('IGF1R', 'receptor', { symbol: 'IGF-1R' }),
    entity('STAT3', 'transcription-factor', { symbol: 'STAT3' }),
    entity('IRS1', 'protein', { symbol: 'IRS-1' }),
    entity('MIGRATION', 'process', { name: 'cell migration' }),
    entity('NT157', 'drug', { name: 'NT157' }),
    // A drug the lexicon has no record of (made up for this test): its targets come from the library's findings.
    entity('TESTINIB', 'drug', { name: 'testinib' }),
    entity('SARILUMAB', 'drug', { name: 'sarilumab' }),
    entity('GEFITINIB', 'drug', { name: 'gefitinib' }),
    entity('SORAFENIB', 'drug', { name: 'sorafenib' }),
    entity('DRUG_RESISTANCE', 'phenotype', { name: 'drug resistance' }),
    entity('SORAFENIB_RESISTANCE', 'phenotype', { name: 'sorafenib resistance', parents: ['DRUG_RESISTANCE'] }),
    entity('GEFITINIB_RESISTANCE', 'phenotype', { name: 'gefitinib resistance' }),
    entity('SORAFENIB_SENSITIVITY', 'phenotype', { name: 'sorafenib sensitivity' }),
    entity('COCL2', 'chemical', { name: 'cobalt chloride' }),
    entity('HYPOXIA', 'condition', { name: 'hypoxia' }),
    entity('NORMOXIA', 'condition', { name: 'normoxia' }),
    entity('HYPEROXIA', 'condition', { name: 'hyperoxia' }),
    entity('IL11', 'cytokine', { symbol: 'IL-11' }),
    entity('VIM', 'protein', { symbol: 'vimentin' }),
    entity('CDH1', 'protein', { symbol: 'E-cadherin' }),
    entity('EMT', 'process', { name: 'epithelial-mesenchymal transition' }),
    entity('EPITHELIAL_MARKERS', 'protein-family', { name: 'epithelial markers' }),
    entity('PROLIFERATION', 'process', { name: 'cell proliferation' }),
    entity('CANCER', 'disease', { name: 'cancer' }),
    entity('HCC', 'disease', { symbol: 'HCC', parents: ['CANCER'] }),
    entity('ATC', 'disease', { symbol: 'ATC', parents: ['CANCER'] }),
    entity('NSCLC', 'disease', { symbol: 'NSCLC', parents: ['CANCER'] }),
    // The library's PI3K: the lexicon's PI3Kα, β and δ genes are kinds of it.
    entity('PI3K', 'kinase', { symbol: 'PI3K', name: 'phosphatidylinositol 3-kinase' }),
    entity('MMP13', 'enzyme', { symbol: 'MMP-13', parents: ['MMPS'] }),
    // Marimastat blocks MMP-1, -2 and -9 (the lexicon), so it stands for the MMPs, but not for MMP-13.
    entity('MMPS', 'protein-family', { name: 'matrix metalloproteinases' }),
    entity('MMP1', 'enzyme', { symbol: 'MMP-1', parents: ['MMPS'], xrefs: { hgnc: 'MMP1' } }),
    entity('MMP2', 'enzyme', { symbol: 'MMP-2', parents: ['MMPS'], xrefs: { hgnc: 'MMP2' } }),
    entity('MMP9', 'enzyme', { symbol: 'MMP-9', parents: ['MMPS'], xrefs: { hgnc: 'MMP9' } }),
    entity('METASTASIS', 'process', { name: 'metastasis' }),
    entity('INVASION', 'process', { name: 'cell invasion' }),
    entity('ATF3', 'transcription-factor', { symbol: 'ATF3' }),
    entity('TWIST1', 'transcription-factor', { symbol: 'TWIST1' }),
    entity('APOPTOSIS', 'process', { name: 'apoptosis' }),
    entity('CELL_SURVIVAL', 'process', { name: 'cell survival' }),
    entity('HIF1A', 'transcription-factor', { symbol: 'HIF-1α' }),
    entity('HIF1A_TARGETS', 'protein-family', { name: 'HIF-1α target genes' }),
    entity('BREAST_CANCER', 'disease', { name: 'breast cancer', parents: ['CANCER'] }),
    entity('MDA_MB_231', 'cell-line', { name: 'MDA-MB-231', parents: ['BREAST_CANCER'] }),
  ],
  facts: [
    fact('nt157-inhibits-igf1r', 'NT157', 'inhibits', 'IGF1R', { objectAspect: 'activity', context: ['HCC'] }),
    fact('testinib-inhibits-igf1r', 'TESTINIB', 'inhibits', 'IGF1R', { objectAspect: 'activity', context: ['HCC'] }),
    fact('nt157-decreases-proliferation', 'NT157', 'decreases', 'PROLIFERATION', { context: ['HCC'] }),
    fact('nt157-decreases-irs1', 'NT157', 'decreases', 'IRS1', { objectAspect: 'amount', context: ['HCC'] }),
    fact('nt157-decreases-migration-via-irs1', 'NT157', 'decreases', 'MIGRATION', { mediators: ['IRS1', 'STAT3'], context: ['HCC'] }),
    fact('sarilumab-inhibits-il6r', 'SARILUMAB', 'inhibits', 'IL6R', { objectAspect: 'activity', context: ['HCC'] }),
    fact('il6r-increases-stat3', 'IL6R', 'increases', 'STAT3', { objectAspect: 'phosphorylation', context: ['HCC'] }),
    fact('il6-induces-igf1', 'IL6', 'induces', 'IGF1', { mediators: ['STAT3'], context: ['HCC'] }),
    fact('il6-promotes-sorafenib-resistance', 'IL6', 'promotes', 'SORAFENIB_RESISTANCE', { context: ['HCC', 'SORAFENIB'] }),
    fact('cocl2-increases-il11', 'COCL2', 'increases', 'IL11', { context: ['ATC', 'COCL2'] }),
    fact('il11-increases-vim', 'IL11', 'increases', 'VIM', { context: ['ATC', 'COCL2'] }),
    fact('il11-decreases-cdh1', 'IL11', 'decreases', 'CDH1', { context: ['ATC', 'COCL2'] }),
    fact('il6-binds-il6r', 'IL6', 'binds', 'IL6R'),
    fact('il6-decreases-epithelial-markers', 'IL6', 'decreases', 'EPITHELIAL_MARKERS', { context: ['HCC'] }),
    fact('igf1r-decreases-sorafenib-sensitivity', 'IGF1R', 'decreases', 'SORAFENIB_SENSITIVITY', { context: ['HCC', 'SORAFENIB'] }),
    fact('pi3k-upregulates-mmp13', 'PI3K', 'upregulates', 'MMP13', { context: ['HCC'] }),
    fact('mmp13-promotes-metastasis', 'MMP13', 'promotes', 'METASTASIS', { context: ['HCC'] }),
    fact('mmp2-promotes-invasion', 'MMP2', 'promotes', 'INVASION', { context: ['HCC'] }),
    fact('atf3-binds-il6r-promoter', 'ATF3', 'binds', 'IL6R', { objectAspect: 'promoter', context: ['HCC'] }),
    fact('hypoxia-promotes-emt', 'HYPOXIA', 'promotes', 'EMT', { context: ['NSCLC', 'HYPOXIA'] }),
    fact('il11-promotes-invasion-normoxia', 'IL11', 'promotes', 'INVASION', { context: ['ATC', 'NORMOXIA'] }),
    fact('twist1-regulates-emt', 'TWIST1', 'regulates', 'EMT', { context: ['NSCLC'] }),
    fact('igf1-suppresses-apoptosis', 'IGF1', 'suppresses', 'APOPTOSIS', { context: ['HCC'] }),
    fact('stat3-promotes-survival', 'STAT3', 'promotes', 'CELL_SURVIVAL', { context: ['HCC'] }),
    fact('hypoxia-increases-hif1a-targets', 'HYPOXIA', 'increases', 'HIF1A_TARGETS', { context: ['MDA_MB_231', 'HYPOXIA'] }),
  ],
};

let kb: KnowledgeBase;
suiteSetup(async () => {
  const built = await kbFrom(library);
  assert.deepEqual(built.problems, []);
  kb = built.kb;
});

/** "NT157 decreases PROLIFERATION [HCC]" -> "supported: nt157-decreases-proliferation". */
function verdictOf(text: string): string {
  const match = /^(\S+) ([a-z-]+) (\S+)(?: \[([^\]]*)\])?$/.exec(text);
  if (!match) throw new Error(`cannot read ${text}`);
  const [, subject, relation, object, context] = match;
  const v = verifyClaim({ subject, relation: relation as ClaimRelation, object, mediators: [], context: context ? context.split(',') : [], negated: false }, kb);
  const evidence = v.evidence.map((f) => f.id).sort().join(', ');
  return evidence ? `${v.verdict}${v.basis ? `/${v.basis}` : ''}: ${evidence}` : `${v.verdict}${v.basis ? `/${v.basis}` : ''}`;
}

suite('kb inference: a drug stands for the loss of its target', () => {
  test('for a drug the lexicon lacks, targets come from the findings that the drug inhibits a target', () => {
    assert.deepEqual(kb.standIns('TESTINIB').map((s) => `${s.id}${s.inverted ? ' (loss)' : ''}`), ['IGF1R (loss)']);
  });
  test("the lexicon's drug record gives a drug its targets (LY294002: PI3Kα, β and δ)", () => {
    assert.equal(kb.standIns('DRUG_LY294002').length, 3);
  });
  test('of the targets the lexicon lists, those the library reports the drug blocking (NT157: IGF-1R, not STAT3)', () => {
    // The lexicon lists IGF-1R, IRS-1, IRS-2 and STAT3; the library's finding names IGF-1R.
    assert.deepEqual(kb.standIns('NT157').map((s) => `${s.id}${s.inverted ? ' (loss)' : ''}`), ['IGF1R (loss)']);
    assert.equal(verdictOf('STAT3 promotes PROLIFERATION [HCC]'), 'unsupported/no-evidence');
    assert.equal(verdictOf('STAT3 promotes SORAFENIB_RESISTANCE [HCC]'), 'unsupported/no-evidence');
  });
  test('a claim about the drug is checked as the loss of its target', () => {
    assert.equal(verdictOf('SARILUMAB decreases STAT3 [HCC]'), 'supported: il6r-increases-stat3');
    assert.equal(verdictOf('SARILUMAB increases STAT3 [HCC]'), 'contradicted: il6r-increases-stat3');
  });
  test('a finding about the drug speaks for its target, and names the stated finding', () => {
    assert.equal(verdictOf('IGF1R promotes PROLIFERATION [HCC]'), 'supported: nt157-decreases-proliferation');
    assert.equal(verdictOf('IGF1R suppresses PROLIFERATION [HCC]'), 'contradicted: nt157-decreases-proliferation');
  });
  test("one drug's finding, restated for its target, never speaks for another drug with that target", () => {
    // Picropodophyllin blocks IGF-1R (the lexicon), as NT157 does; the library reports only NT157 lowering proliferation.
    assert.deepEqual(kb.standIns('DRUG_PICROPODOPHYLLIN').map((s) => s.id), ['IGF1R']);
    assert.equal(verdictOf('DRUG_PICROPODOPHYLLIN decreases PROLIFERATION [HCC]'), 'unsupported/no-evidence');
    // What the library states of the target itself still speaks for the drug.
    assert.equal(verdictOf('DRUG_PICROPODOPHYLLIN increases SORAFENIB_SENSITIVITY [HCC]'), 'supported: igf1r-decreases-sorafenib-sensitivity');
  });
});

suite('kb inference: a class inhibitor stands for the loss of the class', () => {
  test('LY294002 blocks PI3Kα, β and δ (the lexicon), each a PI3K: it stands for the loss of PI3K', () => {
    assert.ok(kb.standIns('DRUG_LY294002').length >= 2);
    assert.equal(verdictOf('DRUG_LY294002 decreases MMP13 [HCC]'), 'supported: pi3k-upregulates-mmp13');
    assert.equal(verdictOf('DRUG_LY294002 increases MMP13 [HCC]'), 'contradicted: pi3k-upregulates-mmp13');
  });
  test('the class speaks only through the members the drug blocks (marimastat: MMP-1, -2, -9, not MMP-13)', () => {
    assert.deepEqual(kb.standIns('DRUG_MARIMASTAT').map((s) => s.id).sort(), ['MMP1', 'MMP2', 'MMP9']);
    assert.equal(verdictOf('DRUG_MARIMASTAT decreases INVASION [HCC]'), 'supported: mmp2-promotes-invasion');
    assert.equal(verdictOf('DRUG_MARIMASTAT decreases METASTASIS [HCC]'), 'unsupported/no-evidence');
  });
  test('a drug with a single target does not stand for its family (alpelisib blocks PI3Kα only)', () => {
    assert.equal(verdictOf('DRUG_ALPELISIB decreases MMP13 [HCC]'), 'unsupported/no-evidence');
  });
});

suite('kb inference: rules compose', () => {
  test("a drug's claim on resistance is checked as its target's, and as the opposite phenotype: sensitivity", () => {
    // testinib lowers sorafenib resistance -> IGF-1R raises it -> IGF-1R lowers sensitivity to sorafenib (stated).
    assert.equal(verdictOf('TESTINIB decreases SORAFENIB_RESISTANCE [HCC]'), 'supported: igf1r-decreases-sorafenib-sensitivity');
  });
});

suite('kb inference: sensitivity to a drug is the opposite of resistance to it, in findings too', () => {
  test('"IGF-1R lowers sensitivity to sorafenib" is a finding on drug resistance, found for resistance to another drug elsewhere', () => {
    assert.equal(verdictOf('IGF1R promotes DRUG_RESISTANCE [HCC]'), 'supported: igf1r-decreases-sorafenib-sensitivity');
    assert.equal(verdictOf('IGF1R promotes DRUG_RESISTANCE [NSCLC,GEFITINIB]'), 'unsupported/other-context: igf1r-decreases-sorafenib-sensitivity');
    assert.equal(verdictOf('IGF1R suppresses DRUG_RESISTANCE [HCC]'), 'contradicted: igf1r-decreases-sorafenib-sensitivity');
  });
});

suite('kb inference: a route is a finding too', () => {
  test('"IL-6 induces IGF-1 through STAT3" also says STAT3 raises IGF-1 and IL-6 engages STAT3', () => {
    assert.equal(verdictOf('STAT3 induces IGF1 [HCC]'), 'supported: il6-induces-igf1');
    assert.equal(verdictOf('IL6 activates STAT3 [HCC]'), 'supported: il6-induces-igf1');
    assert.equal(verdictOf('STAT3 suppresses IGF1 [HCC]'), 'contradicted: il6-induces-igf1');
  });
});

suite('kb inference: the route of a lowering', () => {
  test('"NT157 lowers migration through IRS-1", and NT157 lowers IRS-1: IRS-1 drives migration; STAT3, which NT157 is not reported to lower, does not', () => {
    assert.equal(verdictOf('IRS1 promotes MIGRATION [HCC]'), 'supported: nt157-decreases-migration-via-irs1');
    assert.equal(verdictOf('IRS1 suppresses MIGRATION [HCC]'), 'contradicted: nt157-decreases-migration-via-irs1');
    assert.equal(verdictOf('STAT3 promotes MIGRATION [HCC]'), 'unsupported/no-evidence');
  });
});

suite('kb inference: EMT markers stand for EMT', () => {
  test('vimentin up and E-cadherin down are EMT', () => {
    assert.equal(verdictOf('IL11 promotes EMT [ATC]'), 'supported: il11-decreases-cdh1, il11-increases-vim');
    assert.equal(verdictOf('IL11 suppresses EMT [ATC]'), 'contradicted: il11-decreases-cdh1, il11-increases-vim');
  });
  test('a class of markers stands for EMT as its members do: epithelial markers down is EMT', () => {
    assert.equal(verdictOf('IL6 promotes EMT [HCC]'), 'supported: il6-decreases-epithelial-markers');
  });
});

suite('kb inference: a process places its markers where it was found', () => {
  test('"hypoxia drives EMT" in NSCLC reports E-cadherin and vimentin there: a claim on them elsewhere is found elsewhere', () => {
    assert.equal(verdictOf('HYPOXIA decreases CDH1 [HCC]'), 'unsupported/other-context: hypoxia-promotes-emt');
    assert.equal(verdictOf('HYPOXIA increases VIM [HCC]'), 'unsupported/other-context: hypoxia-promotes-emt');
    assert.equal(verdictOf('HYPOXIA decreases EPITHELIAL_MARKERS [HCC]'), 'unsupported/other-context: hypoxia-promotes-emt');
  });
  test('in its own context it neither backs nor contradicts a claim on a marker, which the paper may not have measured', () => {
    assert.equal(verdictOf('HYPOXIA decreases CDH1 [NSCLC]'), 'unsupported/no-evidence');
    assert.equal(verdictOf('HYPOXIA increases CDH1 [NSCLC]'), 'unsupported/no-evidence');
    assert.equal(verdictOf('HYPOXIA increases VIM [NSCLC]'), 'unsupported/no-evidence');
  });
  test('only the markers of the table, and only from a finding with a direction', () => {
    assert.equal(verdictOf('HYPOXIA increases MMP2 [NSCLC]'), 'unsupported/no-evidence');
    assert.equal(verdictOf('TWIST1 decreases CDH1 [NSCLC]'), 'unsupported/no-evidence');
  });
});

suite('kb inference: a factor\'s target genes read out its activity', () => {
  test('"hypoxia raised the HIF-1α target genes in MDA-MB-231 cells" is the finding that hypoxia activates HIF-1α there', () => {
    assert.equal(verdictOf('HYPOXIA activates HIF1A [BREAST_CANCER]'), 'supported: hypoxia-increases-hif1a-targets');
    assert.equal(verdictOf('HYPOXIA inhibits HIF1A [MDA_MB_231]'), 'contradicted: hypoxia-increases-hif1a-targets');
    assert.equal(verdictOf('HYPOXIA activates HIF1A [HCC]'), 'unsupported/other-context: hypoxia-increases-hif1a-targets');
  });
  test('one way only: an activated factor does not say its target genes were measured', () => {
    assert.equal(verdictOf('HIF1A increases HIF1A_TARGETS [MDA_MB_231]'), 'unsupported/no-evidence');
  });
});

suite('verify: the cells\' survival is their apoptosis the other way round', () => {
  test('"IGF-1 keeps HCC cells alive" is the finding that IGF-1 spares them from apoptosis', () => {
    assert.equal(verdictOf('IGF1 promotes CELL_SURVIVAL [HCC]'), 'supported: igf1-suppresses-apoptosis');
    assert.equal(verdictOf('IGF1 decreases CELL_SURVIVAL [HCC]'), 'contradicted: igf1-suppresses-apoptosis');
    assert.equal(verdictOf('IGF1 promotes CELL_SURVIVAL [NSCLC]'), 'unsupported/other-context: igf1-suppresses-apoptosis');
  });
  test('one way only: keeping cells alive does not say which death a factor spares them', () => {
    assert.equal(verdictOf('STAT3 suppresses APOPTOSIS [HCC]'), 'unsupported/no-evidence');
  });
});

suite('verify: a binding is found either way', () => {
  test('"IL-6R binds IL-6" is the finding that IL-6 binds IL-6R; a sibling is not', () => {
    assert.equal(verdictOf('IL6R binds IL6'), 'supported: il6-binds-il6r');
    assert.equal(verdictOf('IL6R binds IL11'), 'unsupported/no-evidence');
  });
  test('a factor bound to a gene\'s promoter stays one way: the receptor does not bind the factor', () => {
    assert.equal(verdictOf('ATF3 binds IL6R [HCC]'), 'supported: atf3-binds-il6r-promoter');
    assert.equal(verdictOf('IL6R binds ATF3 [HCC]'), 'unsupported/no-evidence');
  });
});

suite('kb inference: a panel of markers reads out its process', () => {
  test('two markers of EMT or more, or their class, are readouts; one marker alone is not', () => {
    assert.deepEqual([...readoutsAmong(['TNF', 'CDH1', 'VIM'])].sort(), ['CDH1', 'VIM']);
    assert.deepEqual([...readoutsAmong(['TNF', 'EMT_MARKERS'])], ['EMT_MARKERS']);
    assert.deepEqual([...readoutsAmong(['TNF', 'CDH1', 'STAT3'])], []);
  });
});

suite('kb inference: CoCl2 is a hypoxia mimetic', () => {
  test('as a subject and as a context', () => {
    assert.equal(verdictOf('HYPOXIA increases IL11 [ATC]'), 'supported: cocl2-increases-il11');
    assert.equal(verdictOf('IL11 increases VIM [ATC,HYPOXIA]'), 'supported: il11-increases-vim');
  });
});

suite('kb inference: normal or high oxygen is the opposite of hypoxia', () => {
  test('a claim on normoxia or hyperoxia is the claim on hypoxia the other way round', () => {
    assert.deepEqual(kb.standIns('NORMOXIA').map((s) => `${s.id}${s.inverted ? ' (loss)' : ''}`), ['HYPOXIA (loss)']);
    // Cells back at normal oxygen lose the EMT hypoxia drove; high oxygen driving EMT is what hypoxia's finding denies.
    assert.equal(verdictOf('NORMOXIA suppresses EMT [NSCLC]'), 'supported: hypoxia-promotes-emt');
    assert.equal(verdictOf('HYPEROXIA promotes EMT [NSCLC]'), 'contradicted: hypoxia-promotes-emt');
    // Through CoCl2, which stands for hypoxia: normoxia lowering IL-11 in ATC cells is that finding read the other way.
    assert.equal(verdictOf('NORMOXIA decreases IL11 [ATC]'), 'supported: cocl2-increases-il11');
    assert.equal(verdictOf('NORMOXIA decreases IL11 [HCC]'), 'unsupported/other-context: cocl2-increases-il11');
  });
  test('a finding made under normoxia is not one made under hypoxia, nor its opposite', () => {
    assert.equal(verdictOf('IL11 promotes INVASION [ATC,NORMOXIA]'), 'supported: il11-promotes-invasion-normoxia');
    assert.equal(verdictOf('IL11 promotes INVASION [ATC,HYPOXIA]'), 'unsupported/other-context: il11-promotes-invasion-normoxia');
  });
});

suite('verify: the specification of issue 7', () => {
  test('the drug is part of the context of resistance: gefitinib resistance is not sorafenib resistance', () => {
    assert.equal(verdictOf('IL6 promotes GEFITINIB_RESISTANCE'), 'unsupported/other-context: il6-promotes-sorafenib-resistance');
    assert.equal(verdictOf('IL6 suppresses GEFITINIB_RESISTANCE [NSCLC]'), 'unsupported/other-context: il6-promotes-sorafenib-resistance');
    assert.equal(verdictOf('IL6 promotes SORAFENIB_RESISTANCE'), 'supported: il6-promotes-sorafenib-resistance');
  });
  test('the opposite direction in another context is other-context, not contradicted', () => {
    assert.equal(verdictOf('IL6 suppresses SORAFENIB_RESISTANCE [NSCLC]'), 'unsupported/other-context: il6-promotes-sorafenib-resistance');
  });
  test('a finding without a context covers any claim', () => {
    assert.equal(verdictOf('IL6 binds IL6R [NSCLC]'), 'supported: il6-binds-il6r');
  });
  test('a general claim is covered by a finding in a specific cancer', () => {
    assert.equal(verdictOf('IL6 induces IGF1 [CANCER]'), 'supported: il6-induces-igf1');
    assert.equal(verdictOf('IL6 induces IGF1'), 'supported: il6-induces-igf1');
  });
  test('"has findings" is decided from facts, not from the lexicon', () => {
    assert.equal(kb.hasFindings('IL6'), true);
    assert.equal(kb.hasFindings('GEFITINIB'), false);
    assert.equal(kb.hasFindings('HCC'), false, 'a context only');
    assert.equal(verdictOf('GEFITINIB decreases NSCLC'), 'out-of-scope');
    assert.equal(verdictOf('GEFITINIB decreases IGF1'), 'unsupported/no-evidence');
  });
});
