// Issue 7 (h-actor37, stop 37): classes of sentences that named an actor with findings and read no claim (the eval's
// stage "actor, no claim read", the largest on every fresh wave), each in sentences of our own with other entities,
// verbs, tenses and hedges, and the near misses that must not be read as the class. (The immunosuppressive-milieu
// construction's own example is a test of constructions.test.ts, as every construction's.)
import { readingTable } from './helpers';

readingTable('reader actor37', 'a reduced relative on the verb\'s object ("Y involved in Z", "Y required for Z") keeps Y the verb\'s object (extract.ts rightBoundary)', [
  ['Hypoxia raises LOX expression involved in ECM remodelling.', ['HYPOXIA increases LOX', 'LOX regulates ECM_REMODELING'], 'supported'],
  ['In HCC cells IL-6 promoted STAT3 activation required for tumour progression.', ['IL6 promotes STAT3 [ctx HCC]', 'STAT3 promotes TUMOR_PROGRESSION [ctx HCC]'], 'supported'],
  ['IL-11 strongly increased MMP-13 levels implicated in the invasion of OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'MMP13 regulates CELL_INVASION [ctx OSCC]'], 'supported'],
  ['IL-6 is a promoter of liver regeneration involved in protecting hepatocytes from injury.', ['IL6 promotes LIVER_REGENERATION [ctx CL_0000182]'], 'supported'],
  ['Hypoxia may enhance the secretion of LOX needed for matrix stiffening.', ['HYPOXIA increases LOX'], 'supported'],
  // Near misses: the main verb against the finding (the backed side remark alone made these supported before);
  // the sibling STAT as the object; an unbacked main claim beside a backed remark.
  ['Hypoxia lowers LOX involved in ECM remodelling.', ['HYPOXIA decreases LOX', 'LOX regulates ECM_REMODELING'], 'contradicted'],
  ['IL-6 raised STAT1 activation required for tumour progression in HCC cells.', ['IL6 increases STAT1 [ctx HCC]', 'STAT1 promotes TUMOR_PROGRESSION [ctx HCC]'], 'unsupported/no-evidence'],
  ['Sorafenib raised IGF-1R needed for proliferation of HCC cells.', ['SORAFENIB increases IGF1R [ctx HCC]', 'IGF1R promotes CELL_PROLIFERATION [ctx HCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader actor37', 'an agent that makes the surroundings immunosuppressive lowers antitumour immunity (immunosuppressiveMilieu.ts)', [
  ['By releasing growth factors, CAFs establish an immunosuppressive milieu in tumours.', ['CAF suppresses ANTITUMOR_IMMUNITY [ctx CANCER]'], 'supported'],
  ['Cancer-associated fibroblasts engage T cells through secreted cytokines, thereby creating an immunosuppressive tumour microenvironment.', ['CAF suppresses ANTITUMOR_IMMUNITY'], 'supported'],
  ['In solid tumours, hypoxia can foster an immunosuppressive niche.', ['HYPOXIA suppresses ANTITUMOR_IMMUNITY [ctx SOLID_TUMOR]'], 'unsupported/no-evidence'],
  ['IL-6 drives an immunosuppressive microenvironment in breast cancer.', ['IL6 suppresses ANTITUMOR_IMMUNITY [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  // Near misses: a verb of undoing against the finding; a subject named by its loss, a denial, a relative clause's
  // own subject: no claim (the reading does not turn a loss round).
  ['CAFs may disrupt the immunosuppressive tumour milieu.', ['CAF promotes ANTITUMOR_IMMUNITY'], 'contradicted'],
  ['IL-6 knockdown created an immunosuppressive microenvironment.', [], 'unsupported/no-evidence'],
  ['Activated CAFs do not generate an immunosuppressive microenvironment.', [], 'unsupported/no-evidence'],
  ['IL-6 recruits cells that create an immunosuppressive microenvironment.', [], 'unsupported/no-evidence'],
]);

readingTable('reader actor37', 'the examples after "including" of a passive\'s agent class are the agents (subjects.ts byClassExample)', [
  ['STAT3 is activated by a number of receptors, including gp130 and EGFR.', ['GP130 activates STAT3', 'NCBIGENE_1956 activates STAT3'], 'unsupported/no-evidence'],
  ['MMP-13 is induced by several factors, including IL-11.', ['IL11 induces MMP13'], 'supported'],
  ['STAT3 can be switched on by several kinases, like JAK1.', ['NCBIGENE_3716 activates STAT3'], 'unsupported/no-evidence'],
  // Near misses: the example lowers what the library says it raises; a class the library names stands for its
  // examples too (stop 38, h-prec38: as the agent it was backed through another member and the example went unread).
  ['MMP-13 is reduced by several factors, including IL-11.', ['IL11 decreases MMP13'], 'contradicted'],
  ['Cell invasion was promoted by various cytokines including IL-11 in OSCC.', ['IL11 promotes CELL_INVASION [ctx OSCC]'], 'unsupported/other-context'],
]);

readingTable('reader actor37', 'a trial arm named by the allocation ("for patients randomised to D", "for placebo patients") (trialArms.ts armLead)', [
  ['Median overall survival was 10.7 months for patients randomised to sorafenib and 7.9 months for those assigned to placebo.', ['SORAFENIB increases OVERALL_SURVIVAL'], 'supported'],
  ['The median overall survival was 6.5 months for placebo patients versus 9.2 months for patients allocated to regorafenib.', ['REGORAFENIB increases OVERALL_SURVIVAL'], 'supported'],
  // Near miss: the drug's arm the shorter, against the finding.
  ['Median survival was 8.1 months for participants randomized to sorafenib versus 9.0 months for placebo patients.', ['SORAFENIB decreases SURVIVAL'], 'contradicted'],
]);

readingTable('reader actor37', 'the sensitivity (resistance) of cells to a kind of treatment, the cells between the noun and "to" (impliedMentions.ts bearerBetween)', [
  ['Targeting the IGF-1R pathway was effective in raising the sensitivity of tumour cells to chemotherapies.', ['IGF1R_PATHWAY decreases CHEMOSENSITIVITY [ctx CANCER]'], 'supported'],
  ['Hypoxia reduces the sensitivity of tumour cells to radiotherapy.', ['HYPOXIA decreases RADIOSENSITIVITY [ctx CANCER]'], 'supported'],
  ['IL-6 enhanced the resistance of HCC cells to chemotherapy.', ['IL6 increases CHEMORESISTANCE [ctx HCC]'], 'supported'],
  // Near misses: the opposite direction; another cancer than the finding's; a drug after "to" keeps its own reading.
  ['Hypoxia raised the sensitivity of tumour cells to radiotherapy.', ['HYPOXIA increases RADIOSENSITIVITY [ctx CANCER]'], 'contradicted'],
  ['Hypoxia lowered the sensitivity of breast cancer cells to chemotherapy.', ['HYPOXIA decreases CHEMOSENSITIVITY [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  ['IL-6 raised the sensitivity of HCC cells to sorafenib.', ['IL6 decreases SORAFENIB_RESISTANCE [ctx HCC]'], 'contradicted'],
]);
