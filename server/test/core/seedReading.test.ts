// Readings the seed papers' own finding sentences exposed (issue 7, `npx tsx server/eval/seedAudit.ts --check`),
// each in a sentence of our own: what the reader makes of it, and the verdict the bundled library gives it. A
// wrong reading here turned a finding the library states into a contradiction.
import { readingTable, type ReadingCase } from './helpers';

const table = (name: string, cases: ReadingCase[]): void => readingTable('seed reading', name, cases);

table('a cause after "due to" / "because of" is the route, not a second object', [
  // Read as objects of the verb, the MMPs were lowered by the loss of STAT3 once more: 'STAT3 suppresses MMPS'.
  ['Silencing STAT3 reduced invasion of the cells due to lower MMP levels.', ['STAT3 increases CELL_INVASION via MMPS'], 'supported'],
  ['STAT3 knockdown curbed invasion because of a fall in MMP-9 expression.', ['STAT3 activates CELL_INVASION via MMP9'], 'supported'],
  ['IL-11 raised invasion owing to higher MMP-9 levels.', ['IL11 increases CELL_INVASION via MMP9'], 'supported'],
]);

table('a fall of a process named with its cells', [
  // The words between the noun of change and the process hid the fall: 'STAT3 suppresses CELL_INVASION', contradicted.
  ['Knockdown of STAT3 resulted in a reduction of tumour cell invasion.', ['STAT3 induces CELL_INVASION [ctx CANCER]'], 'supported'],
  ['STAT3 inhibition produces a decrease in the migration of cancer cells.', ['STAT3 increases CELL_MIGRATION [ctx CANCER]'], 'supported'],
  ['Loss of STAT3 resulted in a rise of breast cancer cell invasion.', ['STAT3 suppresses CELL_INVASION [ctx BREAST_CANCER]'], 'contradicted'],
]);

table('a drug named after its target and class noun is the agent, also across a defined abbreviation', [
  // Read before as the receptor itself acting: 'IGF1R decreases STAT3', 'IL6R decreases STAT3', both contradicted.
  ['The IGF-1 receptor (IGF-1R) inhibitor NT157 lowered STAT3 phosphorylation in HCC cells.', ['NT157 decreases STAT3 [ctx HCC]'], 'supported'],
  ['The IL-6R antibody tocilizumab lowered STAT3 phosphorylation in HCC cells.', ['DRUG_TOCILIZUMAB decreases STAT3 [ctx HCC]'], 'supported'],
  ['The IL-6 receptor (IL-6R) neutralizing antibody tocilizumab raised STAT3 phosphorylation in HCC cells.', ['DRUG_TOCILIZUMAB increases STAT3 [ctx HCC]'], 'contradicted'],
]);

table('an outcome noun after two coordinated drugs is the outcome of each', [
  // Before, the first drug was read as itself: 'ATF3 promotes SORAFENIB', no evidence.
  ['ATF3 raises both sorafenib and regorafenib resistance in HCC.', ['ATF3 increases REGORAFENIB_RESISTANCE [ctx HCC]', 'ATF3 increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['Blocking IL-6R improves sorafenib/regorafenib efficacy in HCC.', ['IL6R increases REGORAFENIB_RESISTANCE [ctx HCC]', 'IL6R increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // Each drug keeps its own resistance: the library states none to gefitinib, so the sentence is not supported whole.
  ['IL-6 raises sorafenib or gefitinib resistance in HCC.', ['IL6 increases DRUG_RESISTANCE [ctx DRUG_GEFITINIB,HCC]', 'IL6 increases SORAFENIB_RESISTANCE [ctx HCC]'], 'unsupported/other-context'],
  // A name that is not followed by the outcome noun leaves the drug as it is.
  ['IL-6 enhances sorafenib and HCC growth.', ['IL6 increases CELL_GROWTH [ctx HCC]', 'IL6 increases SORAFENIB [ctx HCC]'], 'unsupported/no-evidence'],
]);

table('a clause after ", where" is about the place, not an object of the verb', [
  // Before, IL-6 was a second object of 'lowered': 'SARILUMAB decreases IL6', no evidence.
  ['Sarilumab lowered sorafenib resistance in the PDX models, where IL-6 was seen by staining.', ['SARILUMAB decreases SORAFENIB_RESISTANCE [ctx PDX]'], 'supported'],
]);

table('two causes sharing one hyphenated modifier', [
  // Before, hypoxia was an object of the verb: 'STAT3 promotes HYPOXIA', no evidence.
  ['Knocking down STAT3 weakened hypoxia and IL-11-induced cell invasion.', ['HYPOXIA induces CELL_INVASION', 'IL11 induces CELL_INVASION', 'STAT3 increases CELL_INVASION'], 'supported'],
  ['Knocking down STAT3 weakened hypoxia- or IL-11-driven cell invasion.', ['HYPOXIA promotes CELL_INVASION', 'IL11 promotes CELL_INVASION', 'STAT3 increases CELL_INVASION'], 'supported'],
]);

table('"knocking down X" is the loss of X', [
  // Before, the particle hid the loss: 'STAT3 decreases CELL_INVASION', contradicted.
  ['Knocking down STAT3 lowered cell invasion.', ['STAT3 increases CELL_INVASION'], 'supported'],
]);

table('a clause after ", showing" / ", providing" has its own subject', [
  // Before, the main clause's subject was carried over: 'IL6 inhibits STAT3', no evidence and a wrong reading.
  ['IL-6 mattered for HCC, showing NT157 inhibited STAT3.', ['NT157 inhibits STAT3 [ctx HCC]'], 'supported'],
  ['IL-6 mattered for HCC, offering NT157 raised STAT3 as a therapy.', ['NT157 increases STAT3 [ctx HCC]'], 'contradicted'],
]);

table('a finding stated before a question about it is still checked', [
  // Before, the question after the comma made the whole sentence out of scope, right or wrong.
  ['Although IL-11 is known to raise STAT3 phosphorylation, the route it takes is poorly understood.', ['IL11 increases STAT3'], 'supported'],
  ['Although IL-11 is known to suppress STAT3 phosphorylation, the route it takes is poorly understood.', ['IL11 suppresses STAT3'], 'contradicted'],
  ['Because hypoxia drives EMT in tumours, we asked whether IL-11 takes part in it.', ['HYPOXIA promotes EMT [ctx CANCER]'], 'supported'],
  // A question with no finding before it stays a question.
  ['How IL-11 raises STAT3 phosphorylation is poorly understood.', ['IL11 increases STAT3'], 'out-of-scope'],
]);

table('a relative clause after "X is a <noun>" is about X; passive participles share their patient', [
  // Before, neither sentence read a claim: no evidence.
  ['STAT3 is a signalling protein, which is activated by cytokines.', ['CYTOKINE activates STAT3'], 'supported'],
  ['IL-6 is a cytokine that suppresses STAT3 in HCC.', ['IL6 suppresses STAT3 [ctx HCC]'], 'contradicted'],
  ['STAT3 is phosphorylated and activated by growth factors.', ['GROWTH_FACTOR activates STAT3'], 'supported'],
]);
