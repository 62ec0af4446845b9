// Issue 7 (h-actor38, stop 38): classes of sentences that named an actor with findings and read no claim (the eval's
// stage "actor, no claim read", the largest on every fresh wave), each in sentences of our own with other entities,
// verbs, tenses and hedges, and the near misses that must not be read as the class. (Each construction's own example
// is a test of constructions.test.ts.)
import { readingTable } from './helpers';

readingTable('reader actor38', 'a role predicate after the subject\'s first predicate (", and has a key role in Y", ", standing at the centre of Y") is the subject\'s (sharedSubjectRole.ts)', [
  ['Cancer-associated fibroblasts occupy much of the tumour mass, standing at the centre of HCC progression.', ['CAF promotes TUMOR_PROGRESSION [ctx CANCER,HCC]'], 'supported'],
  ['CAFs line the tumour nests of gastric cancer, acting as key drivers of its progression.', ['CAF promotes TUMOR_PROGRESSION [ctx CANCER,GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['Hypoxia alters the metabolism of breast cancer cells, acting as a major driver of their migration.', ['HYPOXIA promotes CELL_MIGRATION [ctx BREAST_CANCER]'], 'supported'],
  ['Hypoxia is frequent in solid tumours, and may play a key role in drug resistance.', ['HYPOXIA promotes DRUG_RESISTANCE [ctx SOLID_TUMOR]'], 'supported'],
  ['IL-11 was secreted by many stromal cells and, in turn, was a key player in tumour cell invasion.', ['IL11 promotes CELL_INVASION [ctx CANCER,CL_0000499]'], 'unsupported/other-context'],
  ['CAFs surround the tumour nests, and play a protective role in apoptosis of HCC cells.', ['CAF suppresses APOPTOSIS [ctx CANCER,HCC]'], 'supported'],
  // Near misses: the sibling STAT; a role of restraint against the finding; a role sized down or denied (no claim);
  // a relative clause's verb; a subject named by its loss.
  ['STAT1 is phosphorylated in liver tumour cells and has a central role in HCC progression.', ['STAT1 promotes TUMOR_PROGRESSION [ctx HCC,LIVER_CANCER]'], 'unsupported/no-evidence'],
  ['CAFs act as the main support of liver tumours, and play a protective role in HCC progression.', ['CAF suppresses TUMOR_PROGRESSION [ctx HCC,LIVER_CANCER]'], 'contradicted'],
  ['CAFs surround the tumour nests, and play a minor part in invasion.', [], 'unsupported/no-evidence'],
  ['IL-6 knockdown lowered STAT3 levels, and had a key role in invasion.', ['IL6 increases STAT3'], 'supported'],
]);

readingTable('reader actor38', 'a verb of regard between the copula and its predicate noun ("is regarded as", "is a N that is widely considered") is read around (simplifiedViews.ts verb-of-regard)', [
  ['IL-6 is regarded as a key growth-promoting factor.', ['IL6 promotes CELL_GROWTH'], 'supported'],
  ['IL-11 is a secreted cytokine that is now considered a pro-invasive factor.', ['IL11 promotes CELL_INVASION'], 'supported'],
  ['In colorectal cancer, IL-11 is considered a major driver of invasion.', ['IL11 promotes CELL_INVASION [ctx COLORECTAL_CANCER]'], 'unsupported/other-context'],
  ['STAT3 is a transcription factor that has been recognised as a key player in EMT.', ['STAT3 promotes EMT'], 'supported'],
  ['Hypoxia is thought to be a major driver of drug resistance.', ['HYPOXIA promotes DRUG_RESISTANCE'], 'supported'],
  // Near misses: the sibling STAT; a view said to be past, a denied view (no claim of the writer's).
  ['STAT1 is a transcription factor that is regarded as a key player in EMT.', ['STAT1 promotes EMT'], 'unsupported/no-evidence'],
  ['IL-6 was once regarded as a key growth-promoting factor.', [], 'unsupported/no-evidence'],
  ['IL-6 is a cytokine that is not regarded as an anti-apoptotic factor.', [], 'unsupported/no-evidence'],
]);

readingTable('reader actor38', 'a molecule named a growth (survival) factor of cells makes them grow (survive) (trophicFactor.ts)', [
  ['IL-6 may serve as a key survival factor in HCC.', ['IL6 promotes CELL_SURVIVAL [ctx HCC]'], 'supported'],
  ['IL-6 acts as an important paracrine growth factor for myeloma cells.', ['IL6 promotes CELL_GROWTH [ctx DOID_9538]'], 'unsupported/other-context'],
  ['IL-6 functioned as a mitogenic growth factor for liver tumour cells.', ['IL6 promotes CELL_GROWTH [ctx LIVER_CANCER]'], 'supported'],
  // Near misses: a bare classification (a definition); a growth factor by kind; the sibling STAT; a denial.
  ['IL-6 is a growth factor.', [], 'out-of-scope'],
  ['IGF-1 is a key growth factor for liver cells.', [], 'unsupported/no-evidence'],
  ['STAT1 acts as a key growth factor in HCC.', ['STAT1 promotes CELL_GROWTH [ctx HCC]'], 'unsupported/no-evidence'],
  ['IL-6 is not a growth factor for HCC cells.', [], 'unsupported/no-evidence'],
]);

readingTable('reader actor38', 'what an agent lets cells do ("X enables cells to V", "a means by which cells gain the ability to V") it brings about; what they are let escape it holds back (enablesCells.ts)', [
  ['IL-6 enables HCC cells to proliferate.', ['IL6 promotes CELL_PROLIFERATION [ctx HCC]'], 'supported'],
  ['Through EMT, tumour cells gain the ability to evade apoptosis.', ['EMT suppresses APOPTOSIS [ctx CANCER]'], 'supported'],
  ['EMT has been proposed as a route by which tumour cells acquire the capacity to migrate.', ['EMT promotes CELL_MIGRATION [ctx CANCER]'], 'supported'],
  ['CAFs may help HCC cells to proliferate.', ['CAF promotes CELL_PROLIFERATION [ctx HCC]'], 'supported'],
  ['Epithelial-mesenchymal transition (EMT) is a process through which tumour cells gain the capacity to invade.', ['EMT promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['STAT3 endows gastric cancer cells with the ability to invade.', ['STAT3 promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  // Near misses: the sibling STAT; what the library says the agent holds back (contradicted); a lost or denied agent
  // (no claim: the reading does not turn a loss round).
  ['STAT1 enables tumour cells to invade.', ['STAT1 promotes CELL_INVASION [ctx CANCER]'], 'unsupported/no-evidence'],
  ['IL-6 allowed HCC cells to undergo apoptosis.', ['IL6 promotes APOPTOSIS [ctx HCC]'], 'contradicted'],
  ['IL-6 knockdown allowed HCC cells to undergo apoptosis.', [], 'unsupported/no-evidence'],
  ['Hypoxia did not allow the cells to migrate.', [], 'unsupported/no-evidence'],
]);

readingTable('reader actor38', 'cells that take on a phenotype under a condition: the condition brings it about (gainedAfterCause.ts gainedUnderCondition)', [
  ['Tumour cells under hypoxic conditions gain a more aggressive phenotype.', ['HYPOXIA promotes TUMOR_AGGRESSIVENESS [ctx CANCER]'], 'supported'],
  ['In hypoxia, the cells acquired mesenchymal traits.', ['HYPOXIA promotes EMT'], 'supported'],
  ['Breast cancer cells survive under hypoxia and may acquire a more invasive phenotype.', ['HYPOXIA promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['Hypoxic HCC cells adopt a mesenchymal phenotype.', ['HYPOXIA promotes EMT [ctx HCC]'], 'unsupported/other-context'],
  // Near misses: a baseline condition is no cause; a denial; a cancer is where, not a condition.
  ['Tumour cells in normoxia acquire a mesenchymal phenotype.', [], 'unsupported/no-evidence'],
  ['Tumour cells under hypoxia did not acquire a mesenchymal phenotype.', [], 'unsupported/no-evidence'],
  ['In HCC, tumour cells acquire a more aggressive phenotype.', [], 'out-of-scope'],
]);

readingTable('reader actor38', 'a binding named as the subject of an event ("the interaction of X with Y triggers ...") states that X binds Y, after the sentence\'s other claims (nominalBinding.ts)', [
  ['The interaction of IL-6 with IL-6R triggers classic signalling.', ['IL6 binds IL6R'], 'supported'],
  ['The binding of IL-6 to its receptor initiates signal transduction.', ['IL6 binds IL6R'], 'supported'],
  ['Engagement of IL-6 with the interleukin-6 receptor (IL-6R) and gp130 sets off downstream signalling.', ['IL6 binds IL6R'], 'supported'],
  ['Binding of IL-11 to IL-11RA triggers signalling in tumour cells.', ['IL11 binds IL11RA [ctx CANCER]'], 'unsupported/no-evidence'],
  ['The interaction of IL-6 with IL-6R activates STAT3.', ['IL6 activates STAT3', 'IL6 binds IL6R'], 'supported'],
  // Near misses: the sibling STAT as a partner; a binding that was studied (an aim); a denial (no binding read).
  ['The interaction of STAT1 with IL-6R triggers signalling.', ['STAT1 binds IL6R'], 'unsupported/no-evidence'],
  ['We examined the interaction of IL-6 with IL-6R in HCC cells.', [], 'out-of-scope'],
  ['The interaction of IL-6 with IL-6R was not required for invasion.', ['NOT IL6 promotes CELL_INVASION'], 'unsupported/no-evidence'],
]);
