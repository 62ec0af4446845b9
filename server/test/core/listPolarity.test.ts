// Issue 7 (stop 36, h-near36): a direction said of one member of a list is not carried to the members after it.
// A claim read with the wrong sign is matched against the right finding and comes out contradicted, and a
// contradicted claim wins the sentence: these were false contradictions of sentences the library backs. Sentences
// of our own, several surface forms each, with the bundled library's verdict.
import { readingTable, type ReadingCase } from './helpers';

const table = (name: string, cases: ReadingCase[]): void => readingTable('list polarity', name, cases);

// roles.ts resisted: "resistance to" that is itself a later member of a comma list governs only its own member.
table('a resistance inside a list of outcomes ends at the next comma', [
  ['STAT3 drives proliferation, resistance to apoptosis, and invasion.', ['STAT3 promotes CELL_INVASION', 'STAT3 promotes CELL_PROLIFERATION', 'STAT3 suppresses APOPTOSIS'], 'supported'],
  ['Hypoxia fosters stemness, resistance to anoikis and apoptosis, and invasion.', ['HYPOXIA promotes ANOIKIS_RESISTANCE', 'HYPOXIA promotes CELL_INVASION', 'HYPOXIA suppresses APOPTOSIS'], 'supported'],
  ['In breast cancer cells, IL-11 supports migration, resistance to apoptosis, and invasion.', ['IL11 promotes CELL_INVASION [ctx BREAST_CANCER]', 'IL11 promotes CELL_MIGRATION [ctx BREAST_CANCER]', 'IL11 suppresses APOPTOSIS [ctx BREAST_CANCER]'], 'supported'],
  // Governed by a verb, the resistance still holds every member of its own list.
  ['EMT confers resistance to stress, anoikis and apoptosis.', ['EMT suppresses APOPTOSIS', 'EMT suppresses GO_0043276'], 'supported'],
]);

// extract.ts detachedPredicates: "and acquire", "and undergo", "and gain": a verb of taking on a state opens a
// predicate of its own, whose names are no objects of the verb before it.
table('"and acquire B" is no second object of the verb before it', [
  ['IL-11 switches off E-cadherin and acquires vimentin.', ['IL11 inhibits CDH1'], 'supported'],
  ['In response to IL-11, tumour cells switch off E-cadherin and acquire N-cadherin.', ['IL11 inhibits CDH1 [ctx CANCER]'], 'supported'],
  ['Under IL-11, cancer cells turn off E-cadherin and gain vimentin.', ['IL11 inhibits CDH1 [ctx CANCER]'], 'supported'],
  // A gain named as a noun stays a member of the list.
  ['IL-11 drives loss of E-cadherin and gain of vimentin.', ['IL11 promotes VIM', 'IL11 suppresses CDH1'], 'supported'],
  // A plain list after the verb keeps its direction: the library reports N-cadherin raised.
  ['IL-11 switches off E-cadherin and N-cadherin.', ['IL11 inhibits CDH1', 'IL11 inhibits CDH2'], 'contradicted'],
]);

// extract.ts rightBoundary, roles.ts coordinated, anchored.ts listMemberPhrase: a gerund inside a list of phrases
// ("in A and in blocking B, and in C", "to inhibiting B and to C", "in A and preventing B") acts on its own object.
table('a gerund in a list of phrases acts on its own member only', [
  ['IL-11 is involved in suppressing E-cadherin, and in raising vimentin.', ['IL11 suppresses CDH1'], 'supported'],
  ['IL-11 takes part in migration and blocking E-cadherin, and in invasion.', ['IL11 inhibits CDH1', 'IL11 promotes CELL_MIGRATION'], 'supported'],
  ['STAT3 contributes to inhibiting apoptosis and to angiogenesis.', [], 'unsupported/no-evidence'],
  ['STAT3 is involved in proliferation and preventing apoptosis, and in invasion and angiogenesis.', ['STAT3 inhibits APOPTOSIS', 'STAT3 promotes CELL_PROLIFERATION'], 'unsupported/no-evidence'],
  // The same preposition again after a plain member still shares that member's phrase.
  ['IL-11 contributes to the levels of STAT3 and of MMP-9.', ['IL11 promotes MMP9', 'IL11 promotes STAT3'], 'supported'],
]);

// analyzeBlock.ts memberForm: a process named by its adjective before a head noun is one member of the list.
table('"anti-apoptotic responses", "invasive capacity": one member of a list', [
  ['STAT proteins drive unchecked proliferation, anti-apoptotic responses, and angiogenesis.', ['STAT_FAMILY promotes ANGIOGENESIS', 'STAT_FAMILY promotes CELL_PROLIFERATION', 'STAT_FAMILY suppresses APOPTOSIS'], 'supported'],
  ['STAT3 drives survival, anti-apoptotic effects and metastasis.', ['STAT3 promotes METASTASIS', 'STAT3 promotes SURVIVAL', 'STAT3 suppresses APOPTOSIS'], 'supported'],
  ['IL-11 raises angiogenic effects, proliferation and migration.', ['IL11 increases ANGIOGENESIS', 'IL11 increases CELL_MIGRATION', 'IL11 increases CELL_PROLIFERATION'], 'supported'],
]);

// analyzeBlock.ts coordinatedPredicateVerdict: "X raises A and promotes B" is judged as "X promotes B and raises A"
// is: the order of two predicates of one subject decides nothing. Not a sibling beside a backed member, not a
// chain ("and thereby"), not a setting the backed finding does not cover.
table('the order of two predicates of one subject decides nothing', [
  ['STAT3 blocks apoptosis and promotes angiogenesis.', ['STAT3 inhibits APOPTOSIS', 'STAT3 promotes ANGIOGENESIS'], 'supported'],
  ['An active STAT3 form raises VEGF expression and drives tumour angiogenesis.', ['STAT3 increases VEGF [ctx CANCER]', 'STAT3 promotes ANGIOGENESIS [ctx CANCER]'], 'supported'],
  // (Stop 37: a silent first predicate that is a near miss of a finding, MMP-11 where the library has IL-11 raising
  // MMP-13, is the guideline's unsupported near miss, not a side remark: the later backed predicate does not carry it.)
  ['IL-11 raises MMP-11 and activates STAT3.', ['IL11 activates STAT3', 'IL11 increases NCBIGENE_4320'], 'unsupported/no-evidence'],
  ['IL-11 raises TIMP-1 and activates STAT3.', ['IL11 activates STAT3', 'IL11 increases NCBIGENE_7076'], 'supported'],
  ['IL-6 switches on STAT1 and fuels the growth of sorafenib-treated HCC cells.', ['IL6 activates STAT1 [ctx HCC,SORAFENIB]', 'IL6 promotes CELL_GROWTH [ctx HCC,SORAFENIB]'], 'unsupported/no-evidence'],
  ['Low oxygen induces IL-6 and enhances invasion of MDA-MB-231 cells.', ['HYPOXIA increases CELL_INVASION [ctx MDA_MB_231]', 'HYPOXIA induces IL6 [ctx MDA_MB_231]'], 'unsupported/no-evidence'],
  ['IL-11 raises MMP-11 and induces MMP-13.', ['IL11 increases NCBIGENE_4320', 'IL11 induces MMP13'], 'unsupported/no-evidence'],
  ['Hypoxia lowers IL-6 and increases IL-11 in MDA-MB-231 cells.', ['HYPOXIA decreases IL6 [ctx MDA_MB_231]', 'HYPOXIA increases IL11 [ctx MDA_MB_231]'], 'unsupported/no-evidence'],
  ['STAT3 represses p53 and thereby drives angiogenesis.', ['STAT3 promotes ANGIOGENESIS', 'STAT3 suppresses NCBIGENE_7157'], 'unsupported/no-evidence'],
  ['In HCC cells, STAT3 blocks apoptosis and promotes angiogenesis.', ['STAT3 inhibits APOPTOSIS [ctx HCC]', 'STAT3 promotes ANGIOGENESIS [ctx HCC]'], 'unsupported/no-evidence'],
]);

// analyzeBlock.ts coordinatedPredicateVerdict (issue 7, stop 50): "X acts on a molecule and drives an outcome", the
// library silent on the molecular step and reporting the outcome only in other contexts, is judged as "X drives the
// outcome and acts on the molecule" is: other-context. Only an outcome after a molecular step: a later molecule stays a
// side remark of a silent outcome, and a chain ("and thereby") or a subject the library has no findings on stays silent.
table('a silent molecular step before an outcome reported elsewhere yields to the outcome', [
  ['In HCC cells, HIF-1α raises survivin and promotes invasion.', ['HIF1A increases NCBIGENE_332 [ctx HCC]', 'HIF1A promotes CELL_INVASION [ctx HCC]'], 'unsupported/other-context'],
  ['In HCC cells, HIF-1α promotes invasion and raises survivin.', ['HIF1A increases NCBIGENE_332 [ctx HCC]', 'HIF1A promotes CELL_INVASION [ctx HCC]'], 'unsupported/other-context'],
  ['In gastric cancer cells, loss of AKT1 switches on integrins and enhances migration and invasion.', ['AKT1 decreases CELL_INVASION [ctx GASTRIC_CANCER]', 'AKT1 decreases CELL_MIGRATION [ctx GASTRIC_CANCER]', 'AKT1 inhibits INTEGRINS [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['In HCC cells, HIF-1α raises survivin and thereby promotes invasion.', ['HIF1A increases NCBIGENE_332 [ctx HCC]', 'HIF1A promotes CELL_INVASION [ctx HCC]'], 'unsupported/no-evidence'],
  ['In HCC cells, IL-11 promotes angiogenesis and raises MMP-13.', ['IL11 increases MMP13 [ctx HCC]', 'IL11 promotes ANGIOGENESIS [ctx HCC]'], 'unsupported/no-evidence'],
  ['In HCC cells, HIF-1α raises survivin and lowers E-cadherin.', ['HIF1A decreases CDH1 [ctx HCC]', 'HIF1A increases NCBIGENE_332 [ctx HCC]'], 'unsupported/no-evidence'],
  ['In HCC cells, STAT1 raises survivin and promotes invasion.', ['STAT1 increases NCBIGENE_332 [ctx HCC]', 'STAT1 promotes CELL_INVASION [ctx HCC]'], 'unsupported/no-evidence'],
]);

// analyzeBlock.ts joinsPredicateSeries (issue 7, stop 38): a series of three or more predicates of one subject
// ("promotes A, suppresses B, and mediates C") is judged as two are, whatever their order and whether the verbs
// read as one relation; a sibling beside a backed member, a chain ("and thereby") or a setting the backed finding
// does not cover stays unsupported.
table('the order of a series of predicates of one subject decides nothing', [
  ['STAT3 may raise cell proliferation, inhibit apoptosis, and drive angiogenesis.', ['STAT3 increases CELL_PROLIFERATION', 'STAT3 inhibits APOPTOSIS', 'STAT3 promotes ANGIOGENESIS'], 'supported'],
  ['Activated STAT3 fuels tumour growth, blocks cell death and mediates tumour cell invasion.', ['STAT3 inhibits CELL_DEATH [ctx CANCER]', 'STAT3 promotes CELL_INVASION [ctx CANCER]', 'STAT3 promotes TUMOR_GROWTH [ctx CANCER]'], 'supported'],
  ['IL-11 lowered apoptosis, enhanced proliferation, and activated STAT3.', ['IL11 activates STAT3', 'IL11 decreases APOPTOSIS', 'IL11 increases CELL_PROLIFERATION'], 'supported'],
  ['IL-11 raises MMP-11, activates Akt, and induces MMP-13.', ['IL11 activates AKT', 'IL11 increases NCBIGENE_4320', 'IL11 induces MMP13'], 'unsupported/no-evidence'],
  ['STAT3 represses p53, blocks apoptosis, and thereby drives angiogenesis.', ['STAT3 inhibits APOPTOSIS', 'STAT3 promotes ANGIOGENESIS', 'STAT3 suppresses NCBIGENE_7157'], 'unsupported/no-evidence'],
  ['STAT1 promotes cell proliferation, inhibits apoptosis, and drives angiogenesis.', ['STAT1 inhibits APOPTOSIS', 'STAT1 promotes ANGIOGENESIS', 'STAT1 promotes CELL_PROLIFERATION'], 'unsupported/no-evidence'],
]);

// analyzeBlock.ts slashAlias (issue 7, stop 38): "JAK/STAT and SAPK/MAPK signalling": a name the lexicon does not know
// joined by a slash to a member's name is that member's other name, so the list goes on through it.
table('a member named with an unknown alias before a slash stays in its list', [
  ['IL-6 is thought to switch on JAK/STAT and SAPK/MAPK signalling.', ['IL6 activates JAK_STAT_PATHWAY', 'IL6 activates MAPK_ERK_PATHWAY'], 'supported'],
  ['In tumour cells, hypoxia raised IL-11 and Xq/MMP-2 levels.', ['HYPOXIA increases IL11 [ctx CANCER]', 'HYPOXIA increases MMP2 [ctx CANCER]'], 'supported'],
  ['IL-11 raised MMP-13 and Qzq/MMP-11 levels.', ['IL11 increases MMP13', 'IL11 increases NCBIGENE_4320'], 'unsupported/no-evidence'],
]);

// analyzeBlock.ts unnamedMember (issue 7, stop 39): "the invasion, spread, and growth of": a member the lexicon does not
// name, standing between two it does with a comma after it and a join, is a member all the same, so the list goes on
// through it. An adverb or a function word between commas is no member, and a sibling past it is still a near miss.
table('a member the lexicon does not name keeps its list whole', [
  ['Once stimulated, CAFs fuel the invasion, dissemination, and growth of tumour cells.', ['CAF promotes CELL_GROWTH [ctx CANCER]', 'CAF promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['CAFs promote invasion, respectively, and growth of cancer cells.', ['CAF promotes CELL_GROWTH [ctx CANCER]', 'CAF promotes CELL_INVASION [ctx CANCER]'], 'unsupported/no-evidence'],
  ['IL-11 raises MMP-13, cathepsin activity, and MMP-11 in tumour cells.', ['IL11 increases MMP13 [ctx CANCER]', 'IL11 increases NCBIGENE_4320 [ctx CANCER]'], 'unsupported/no-evidence'],
]);

// analyzeBlock.ts unnamedMember (issue 7, stop 43): a member the lexicon does not name between two it does, with only
// a comma after it ("metastasis, immunoediting, angiogenesis"), keeps the list whole as the one before a join does;
// so does a member whose own phrase closes on the next name after "in" or "of" (unnamedMemberEndingInName: "wound
// healing, scar formation in chronic inflammation and ..."). Near misses: another cancer, the sibling STAT1, a sibling
// member past an unnamed one, and a participle after the comma, which opens no member.
table('an unnamed member between commas, or one ending in the next name, keeps its list whole', [
  ['CAFs drive inflammation, immunoediting, angiogenesis, and chemoresistance.', ['CAF promotes ANGIOGENESIS', 'CAF promotes CHEMORESISTANCE', 'CAF promotes INFLAMMATION'], 'supported'],
  ['In tumours, CAFs foster metastasis, matrix stiffening, angiogenesis and chemoresistance.', ['CAF promotes ANGIOGENESIS [ctx CANCER]', 'CAF promotes CHEMORESISTANCE [ctx CANCER]', 'CAF promotes METASTASIS [ctx CANCER]'], 'supported'],
  ['Hypoxia favours glycolysis, acidosis, migration, and invasion.', ['HYPOXIA promotes CELL_INVASION', 'HYPOXIA promotes CELL_MIGRATION', 'HYPOXIA promotes GO_0006096'], 'supported'],
  ['EMT is linked to wound healing, scar formation in chronic inflammation and cancer progression.', ['EMT associated-with(positive) GO_0042060', 'EMT associated-with(positive) INFLAMMATION', 'EMT associated-with(positive) TUMOR_PROGRESSION'], 'supported'],
  ['Hypoxia favours glycolysis, cell spreading in chronic inflammation and invasion.', ['HYPOXIA promotes CELL_INVASION', 'HYPOXIA promotes GO_0006096', 'HYPOXIA promotes INFLAMMATION'], 'supported'],
  ['CAFs fuel wound healing, matrix stiffening of chronic inflammation and angiogenesis.', ['CAF promotes ANGIOGENESIS', 'CAF promotes GO_0042060', 'CAF promotes INFLAMMATION'], 'supported'],
  ['In gastric cancer, CAFs drive inflammation, immunoediting, angiogenesis and chemoresistance.', ['CAF promotes ANGIOGENESIS [ctx GASTRIC_CANCER]', 'CAF promotes CHEMORESISTANCE [ctx GASTRIC_CANCER]', 'CAF promotes INFLAMMATION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['EMT is linked to wound healing, scar formation in chronic inflammation and cancer progression in gastric cancer.', ['EMT associated-with(positive) GO_0042060 [ctx GASTRIC_CANCER]', 'EMT associated-with(positive) INFLAMMATION [ctx GASTRIC_CANCER]', 'EMT associated-with(positive) TUMOR_PROGRESSION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['STAT1 governs motility, stemness, invasion and metastasis.', ['STAT1 regulates CELL_INVASION', 'STAT1 regulates CELL_MIGRATION', 'STAT1 regulates METASTASIS'], 'unsupported/no-evidence'],
  ['IL-11 raises MMP-13, cathepsin activity, collagen turnover, and MMP-11.', ['IL11 increases MMP13', 'IL11 increases NCBIGENE_4320'], 'unsupported/no-evidence'],
  ['CAFs drive inflammation, expressed in angiogenesis.', ['CAF promotes ANGIOGENESIS', 'CAF promotes INFLAMMATION'], 'unsupported/no-evidence'],
]);

// analyzeBlock.ts unnamedMemberBeforeJoin (issue 7, stop 50, h-recall50): the same member with no comma before the
// join, the list's usual punctuation ("tumorigenesis, development and malignant behaviour"); before, only ", B, and C"
// kept the list whole and ", B and C" split it, the first member's silence speaking for the sentence. Near misses:
// another cancer, the sibling STAT1, and a past form before the join, which opens a clause, no member.
table('an unnamed member right before the join keeps its list whole', [
  ['STAT3 takes part in the tumorigenesis, development and malignant behaviour of tumours.', ['STAT3 promotes TUMORIGENESIS [ctx CANCER]', 'STAT3 promotes TUMOR_AGGRESSIVENESS [ctx CANCER]'], 'supported'],
  ['In tumours, CAFs foster metastasis, matrix stiffening and chemoresistance.', ['CAF promotes CHEMORESISTANCE [ctx CANCER]', 'CAF promotes METASTASIS [ctx CANCER]'], 'supported'],
  ['Hypoxia favours glycolysis, acidosis or invasion.', ['HYPOXIA promotes CELL_INVASION', 'HYPOXIA promotes GO_0006096'], 'supported'],
  ['In gastric cancer, CAFs foster metastasis, matrix stiffening and chemoresistance.', ['CAF promotes CHEMORESISTANCE [ctx GASTRIC_CANCER]', 'CAF promotes METASTASIS [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['STAT1 governs stemness, motility and metastasis.', ['STAT1 regulates CELL_MIGRATION', 'STAT1 regulates METASTASIS'], 'unsupported/no-evidence'],
  ['Hypoxia favours glycolysis, cells treated and invasion.', ['HYPOXIA promotes CELL_INVASION', 'HYPOXIA promotes GO_0006096'], 'unsupported/no-evidence'],
]);
