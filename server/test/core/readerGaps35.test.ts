// Issue 7 (h-gap35, stop 35): classes of construction and vocabulary the reader missed or misread, named by the
// helpers of stop 34 in sentences of their own. Each suite is one class, in sentences of our own with different
// surface forms (other entities, verbs, tenses, hedges), with the near misses that must not be read as the class.
// False support first: a side clause, a relative clause or a studied topic standing for the sentence's claim.
import { readingTable } from './helpers';

readingTable('reader gaps 35', 'a fronted clause with its own agent before an agentless main clause is no claim of the sentence (frontedAgentClause.ts)', [
  ['After sorafenib raised ATF4, IL-6Rα did not change.', [], 'unsupported/no-evidence'],
  ['Once regorafenib had induced ATF3, STAT3 levels stayed the same.', [], 'unsupported/no-evidence'],
  ['When IL-11 activated STAT3 in MDA-MB-231 cells, MMP-3 rose.', [], 'unsupported/no-evidence'],
  // Nor is the fronted clause's agent carried into the main clause as its cause.
  ['After sorafenib raised ATF4, IL-6Rα rose.', [], 'unsupported/no-evidence'],
  ['After regorafenib had switched on ATF4, IL-6Rα levels climbed in HCC cells.', [], 'unsupported/no-evidence'],
  // Nor in a coordinated clause: "while B rose as well" gives B no agent.
  ['Hypoxia raised IL-6, while MMP-9 rose as well.', ['HYPOXIA increases IL6'], 'unsupported/no-evidence'],
  // Controls: a fronted phrase without a verb names the cause; a fronted loss with its change is read (lossClause.ts);
  // a main clause with its own agent is read as it stands.
  ['After IL-11 treatment, MMP-9 rose in MDA-MB-231 cells.', ['IL11 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  ['After hypoxia raised IL-11, STAT3 raised MMP-2.', ['HYPOXIA increases IL11', 'STAT3 increases MMP2'], 'supported'],
]);

readingTable('reader gaps 35', 'a role that has been studied is a topic, not a finding (scope.ts, history)', [
  ['The role of IL-6 in cancer has been studied extensively.', ['IL6 promotes CANCER'], 'out-of-scope'],
  ['The involvement of hypoxia in metastasis has been investigated in many tumour types.', ['HYPOXIA promotes METASTASIS [ctx CANCER]'], 'out-of-scope'],
  ['The contribution of STAT3 to invasion has attracted considerable attention.', ['STAT3 promotes CELL_INVASION'], 'out-of-scope'],
  ['The function of IL-11 in tumour spread has been the subject of many studies.', [], 'out-of-scope'],
  ["IL-11's role in metastasis has been examined extensively.", [], 'out-of-scope'],
  // Control: "and was found to ..." states a finding; the topic pattern ends at the verb's adverbs and places.
  ['The role of hypoxia in EMT has been studied in breast cancer and was found to be large.', ['HYPOXIA promotes EMT [ctx BREAST_CANCER]'], 'supported'],
  // Control: a finding stated after the topic is read.
  // (Stop 37: the clause after ", and IL-6 was found" has a subject of its own and keeps sorafenib to itself.)
  ['The role of IL-6 in HCC has been studied extensively, and IL-6 was found to promote tumour growth under sorafenib.', ['IL6 promotes TUMORIGENESIS [ctx HCC]', 'IL6 promotes TUMOR_GROWTH [ctx SORAFENIB]'], 'supported'],
]);

readingTable('reader gaps 35', 'the agent of an object relative clause does not act past its clause (objectRelative.ts)', [
  ['The genes that IL-11 induces promote invasion.', [], 'unsupported/no-evidence'],
  ['Pathways which NT157 activates dampened proliferation.', [], 'unsupported/no-evidence'],
  ['The signals which IL-6 triggers suppress apoptosis in HCC cells.', [], 'unsupported/no-evidence'],
  ['Factors that hypoxia induces may enhance migration of the cells.', [], 'unsupported/no-evidence'],
  // Controls: cells named as what the agent acted on are the treated cells; a named entity before "which" is read.
  ['Cells that IL-11 stimulated showed increased migration.', ['IL11 increases CELL_MIGRATION'], 'supported'],
  ['MMP-9, which IL-11 induces, is needed for invasion.', ['MMP9 promotes CELL_INVASION'], 'supported'],
]);

readingTable('reader gaps 35', 'an aggressive tumour behaviour is the tumour\'s aggressiveness, not cancer (mentionSenses.ts)', [
  ['Hypoxia is implicated in aggressive tumour behaviours such as invasion.', ['HYPOXIA promotes TUMOR_AGGRESSIVENESS', 'HYPOXIA regulates CELL_INVASION'], 'supported'],
  ['STAT3 fuels aggressive tumour behaviour in breast cancer.', ['STAT3 promotes TUMOR_AGGRESSIVENESS [ctx BREAST_CANCER]'], 'supported'],
  ['IL-11 is associated with an aggressive tumour phenotype.', ['IL11 associated-with(positive) TUMOR_AGGRESSIVENESS'], 'supported'],
  ['In breast cancer, hypoxia promotes malignant tumour behaviours.', ['HYPOXIA promotes TUMOR_AGGRESSIVENESS [ctx BREAST_CANCER]'], 'supported'],
]);

readingTable('reader gaps 35', 'a change told first, then the agent added in a clause of its own (changeAfterAdded.ts)', [
  ['Invasion rose after IL-11 was added.', ['IL11 promotes CELL_INVASION'], 'supported'],
  ['MMP-2 secretion rose sharply after IL-11 had been added to the medium.', ['IL11 increases MMP2'], 'supported'],
  ['Proliferation dropped after the cells were exposed to NT157.', ['NT157 inhibits CELL_PROLIFERATION'], 'supported'],
  ['Migration of the cells increased once the cultures were placed under hypoxia.', ['HYPOXIA promotes CELL_MIGRATION'], 'supported'],
  ['IRS-1 declined once NT157 was applied.', ['NT157 decreases IRS1'], 'supported'],
]);

readingTable('reader gaps 35', 'an effect denied by "without effect on" or a negligible effect (vocabulary.ts phraseTriggers)', [
  ['STAT3 was without effect on MMP-3.', ['STAT3 no-effect MMP3'], 'supported'],
  ['IL-11 was without effect on MMP-9.', ['IL11 no-effect MMP9'], 'contradicted'],
  ['In OSCC cells, IL-11 proved without any effect on MMP-13 expression.', ['IL11 no-effect MMP13 [ctx OSCC]'], 'contradicted'],
  ['Hypoxia had negligible effect on IL-11 secretion.', ['HYPOXIA no-effect IL11'], 'contradicted'],
  ['IL-6 was without any measurable effect on apoptosis in HCC cells.', ['IL6 no-effect APOPTOSIS [ctx HCC]'], 'contradicted'],
]);

readingTable('reader gaps 35', 'survival lengthened (vocabulary.ts verbStems)', [
  ['Oral sorafenib lengthened overall survival in HCC.', ['SORAFENIB increases OVERALL_SURVIVAL [ctx HCC]'], 'supported'],
  ['Regorafenib lengthens the survival of patients with hepatocellular carcinoma.', ['REGORAFENIB increases SURVIVAL [ctx HCC]'], 'supported'],
  ['Sorafenib did not lengthen overall survival in HCC.', ['NOT SORAFENIB increases OVERALL_SURVIVAL [ctx HCC]'], 'contradicted'],
]);

readingTable('reader gaps 35', 'one agent denied, another asserted (notButAgent.ts)', [
  ['Not IL-6 but IL-11 raised MMP-13 in OSCC.', ['IL11 increases MMP13 [ctx OSCC]', 'NOT IL6 increases MMP13 [ctx OSCC]'], 'supported'],
  ['Not IL-11 but IL-6 raised MMP-13 in OSCC.', ['IL6 increases MMP13 [ctx OSCC]', 'NOT IL11 increases MMP13 [ctx OSCC]'], 'contradicted'],
  ['It was IL-11, not IL-6, that raised MMP-13 in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]', 'NOT IL6 increases MMP13 [ctx OSCC]'], 'supported'],
  ['It is not IL-6 but IL-11 that drives MMP-13 expression in oral cancer.', ['IL11 promotes MMP13 [ctx ORAL_CANCER]', 'NOT IL6 promotes MMP13 [ctx ORAL_CANCER]'], 'supported'],
  // Near miss: "not only ... but also" asserts both, and is judged as "IL-11 and IL-6" is (notOnly.ts, stop 50): the
  // unbacked sibling of the backed subject is the guideline's near miss.
  ['Not only IL-11 but also IL-6 raised MMP-13 in OSCC.', ['IL11 increases MMP13 [ctx OSCC]', 'IL6 increases MMP13 [ctx OSCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader gaps 35', 'a qualified cancer with another head noun or its organ after "of" (organPhrasings.ts qualifiedTumourWordings)', [
  ['IL-11 promoted the invasion of anaplastic thyroid tumours.', ['IL11 promotes CELL_INVASION [ctx ATC]'], 'supported'],
  ['In hepatocellular tumours, IL-6 sustained growth under sorafenib.', ['IL6 promotes CELL_GROWTH [ctx HCC,SORAFENIB]'], 'supported'],
  ['IL-11 drove migration in anaplastic carcinoma of the thyroid.', ['IL11 promotes CELL_MIGRATION [ctx ATC]'], 'supported'],
  ['IL-11 raised MMP-13 in oral squamous cell tumours.', ['IL11 increases MMP13 [ctx OSCC]'], 'supported'],
  // Tongue squamous cell carcinoma is a site of OSCC, narrower than it: a finding in OSCC does not cover it (the
  // guideline: the finding's context must be the same or more specific), in either word order.
  ['IL-11 raised MMP-13 in tongue squamous cell carcinoma.', ['IL11 increases MMP13 [ctx DOID_0050865]'], 'unsupported/other-context'],
  ['IL-11 raised MMP-13 in squamous cell carcinoma of the tongue.', ['IL11 increases MMP13 [ctx DOID_0050865]'], 'unsupported/other-context'],
  // A site noun alone before the tumour noun is left to the organ table: "tongue tumour cells" stay tumour cells.
  ['Tongue tumour cells were exposed to IL-11, which raised MMP-13.', ['IL11 increases MMP13 [ctx CANCER]'], 'supported'],
]);
