// Issue 7 (h-fix33, stop 33): misreadings the helpers of this stop noticed, each a class of construction, in
// sentences of our own with other entities, verbs and tenses, and the near misses that must not be read as the class.
import { readingTable } from './helpers';

readingTable('reader fix 33', 'what the first participant sets going does what the relative clause\'s own verb says (triggers.ts, anchored.ts)', [
  // "that" after a plural noun is a relative pronoun: its bare or past verb decides the direction.
  ['Hypoxia activates pathways that suppress the migration of MDA-MB-231 cells.', ['HYPOXIA suppresses CELL_MIGRATION [ctx MDA_MB_231]'], 'contradicted'],
  ['IL-6 triggers programmes that reduce apoptosis.', ['IL6 decreases APOPTOSIS'], 'supported'],
  ['Hypoxia activated pathways that lowered migration.', ['HYPOXIA decreases CELL_MIGRATION'], 'contradicted'],
  ['Hypoxia induced genes that increased IL-11 expression.', ['HYPOXIA increases IL11'], 'supported'],
  // Control: a relative verb that raises still reads as raising (h-w10b33's reading).
  ['Hypoxia activates pathways that promote migration.', ['HYPOXIA promotes CELL_MIGRATION'], 'supported'],
  // A verb of control before: X only regulates what the relative clause's verb acts on (subjects.ts inheritedSubjects).
  ['STAT3 controls genes that mediate invasion.', ['STAT3 regulates CELL_INVASION'], 'supported'],
  // Near misses: a denied relative verb reads nothing, neither raising nor a denial of X on Y; a lowering verb before
  // is left unread.
  ['Hypoxia activates pathways that do not promote migration.', [], 'unsupported/no-evidence'],
  ['IL-6 activated genes that did not enhance migration.', [], 'unsupported/no-evidence'],
  ['NT157 blocks pathways that drive proliferation.', [], 'unsupported/no-evidence'],
]);

readingTable('reader fix 33', 'a change, then the loss it followed in a time clause (lossClause.ts lossClauseAfter, extract.ts rightBoundary, anchored.ts)', [
  ['Migration decreased sharply when STAT3 was silenced.', ['STAT3 promotes CELL_MIGRATION'], 'supported'],
  ['Invasion of the tumour cells declined markedly after STAT3 was knocked down.', ['STAT3 promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['Apoptosis increased when IGF-1R was inhibited.', ['IGF1R inhibits APOPTOSIS'], 'supported'],
  ['In breast cancer cells, IL-11 secretion was markedly reduced once STAT3 had been depleted.', ['BREAST_CANCER associated-with(negative) IL11', 'STAT3 increases IL11 [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  // Near miss: a time clause that is no loss reads no claim of the changed process on the name in it.
  ['Migration decreased when STAT3 was activated.', [], 'unsupported/no-evidence'],
]);

readingTable('reader fix 33', 'a verb of change has no object; a marker reflects a state (vocabulary.ts changeOnlyVerbs)', [
  ['IL-6 levels rise in HCC, since they reflect inflammation.', [], 'unsupported/no-evidence'],
  ['IL-6 levels rise during inflammation.', [], 'unsupported/no-evidence'],
  ['Serum IL-11 mirrors metastasis in gastric cancer.', [], 'unsupported/no-evidence'],
  // At most an association: "indicates" says a marker goes with a state.
  ['High STAT3 levels indicate invasion.', ['STAT3 associated-with(positive) CELL_INVASION'], 'supported'],
  // Control: the change's cause after it is still read.
  ['IL-11 expression rose under hypoxia.', ['HYPOXIA increases IL11'], 'supported'],
]);

readingTable('reader fix 33', 'experimental systems: ex vivo, and no cell type from a common word (entities.json EX_VIVO, build_lexicon.py)', [
  ['IL-11 promoted invasion in vitro and in xenografts alike.', ['IL11 promotes CELL_INVASION [ctx CELL_CULTURE,XENOGRAFT]'], 'supported'],
  ['IL-11 promoted invasion of gastric cancer cells ex vivo.', ['IL11 promotes CELL_INVASION [ctx EX_VIVO,GASTRIC_CANCER]'], 'unsupported/other-context'],
]);

readingTable('reader fix 33', 'protecting cells from Y lowers Y; the cells are the setting (extract.ts protectionVerbs, anchored.ts)', [
  ['IL-6 shields hepatoma cells from apoptosis.', ['IL6 decreases APOPTOSIS [ctx HCC]'], 'supported'],
  ['Hypoxia shielded breast cancer cells from apoptosis.', ['HYPOXIA decreases APOPTOSIS [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  ['STAT3 protects hepatoma cells against apoptosis.', ['STAT3 decreases APOPTOSIS [ctx HCC]'], 'unsupported/no-evidence'],
  // The verb "activates" does not reach past a purpose clause of protection: the purpose clause's protection is the
  // main clause subject's (stop 34, protectedFrom.ts); a drug held off is not lowered, its resistance is raised.
  ['STAT3 activates genes to shield cells from apoptosis.', ['STAT3 decreases APOPTOSIS'], 'unsupported/no-evidence'],
  ['IL-11 protected tumour cells from sorafenib.', ['IL11 increases SORAFENIB_RESISTANCE [ctx CANCER]'], 'unsupported/no-evidence'],
]);
