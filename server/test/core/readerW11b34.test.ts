// Issue 7 (h-w11b34, stop 34): classes of construction found on wave 11's studied half, each in sentences of our
// own with other entities, verbs, tenses and hedges, and the near misses that must not be read as the class.
import { readingTable } from './helpers';

readingTable('reader w11b34', 'a verb of change before "in response to (treatment with) X" gives the direction (frames.ts in-response-to-signalling turnedBy)', [
  ['Cell migration was reduced in response to treatment with STAT3 siRNAs.', ['STAT3 increases CELL_MIGRATION'], 'supported'],
  ['Invasion rose in response to stimulation with IL-11.', ['IL11 increases CELL_INVASION'], 'supported'],
  ['STAT3 phosphorylation may be suppressed in response to treatment with NT157.', ['NT157 suppresses STAT3'], 'supported'],
  ['Migration of the cells was markedly enhanced in response to treatment with hypoxia.', ['HYPOXIA increases CELL_MIGRATION'], 'supported'],
  // Control: with no verb of change the frame still reads the signal as activating.
  ['STAT3 drives gene expression in response to signalling of cytokines such as IL-11.', ['CYTOKINE activates STAT3'], 'supported'],
  // Near misses: the opposite change is read as such (no support), and a denied change is a denial.
  ['Invasion was reduced in response to treatment with IL-11.', ['IL11 decreases CELL_INVASION'], 'contradicted'],
  ['Cell migration was not enhanced in response to treatment with IL-11.', ['NOT IL11 increases CELL_MIGRATION'], 'contradicted'],
]);

readingTable('reader w11b34', 'a dominant-negative or kinase-dead form of a protein is its loss (vocabulary.ts lossForms, roles.ts lossFormBefore)', [
  ['Dominant-negative STAT3 reduced cell invasion.', ['STAT3 increases CELL_INVASION'], 'supported'],
  ['A dominant negative STAT3 mutant reduced invasion.', ['STAT3 increases CELL_INVASION'], 'supported'],
  ['Transfection with a dominant-negative mutant of STAT3 abolished invasion.', ['STAT3 activates CELL_INVASION'], 'supported'],
  ['Expression of dn HIF-1α lowered the migration of the cells.', ['HIF1A increases CELL_MIGRATION'], 'supported'],
  ['HIF-1α dominant-negative cells showed reduced invasion.', ['HIF1A increases CELL_INVASION'], 'supported'],
  ['Cells expressing STAT3-DN showed reduced invasion.', ['STAT3 increases CELL_INVASION'], 'supported'],
  // Near misses: the blocking form raising the process says the protein holds it back (a contradiction, not a
  // support); "dominant" alone names no form.
  ['Dominant-negative HIF-1α was reported to enhance cell migration.', ['HIF1A decreases CELL_MIGRATION'], 'contradicted'],
  ['IL-6 is the dominant cytokine in HCC.', [], 'unsupported/no-evidence'],
  ['Dominant expression of IL-11 raised invasion.', ['IL11 increases CELL_INVASION'], 'supported'],
]);

readingTable('reader w11b34', 'a role spelt out by the copula\'s complement: "the role of X in Y is its suppression of Z" (frames.ts role-is-event, role-is-to-do, role-is-doing; `supersedes`)', [
  ['The primary role of IL-11 is the suppression of E-cadherin expression.', ['IL11 suppresses CDH1'], 'supported'],
  ['A key role of hypoxia in tumours is the induction of EMT.', ['HYPOXIA induces EMT [ctx CANCER]'], 'supported'],
  ['The main function of STAT3 in HCC may be the inhibition of apoptosis.', ['STAT3 inhibits APOPTOSIS [ctx HCC]'], 'unsupported/no-evidence'],
  ['A crucial function of hypoxia in thyroid cancer cells was the stimulation of migration.', ['HYPOXIA activates CELL_MIGRATION [ctx THYROID_CANCER]'], 'supported'],
  ['One well-known function of STAT3 in HCC cells is limiting apoptosis.', ['STAT3 decreases APOPTOSIS [ctx HCC]'], 'unsupported/no-evidence'],
  ['A major role of hypoxia in breast cancer is to drive cell migration.', ['HYPOXIA promotes CELL_MIGRATION [ctx BREAST_CANCER]'], 'supported'],
  // Near misses: the role's field (HCC, breast cancer) is only the setting, never something X is said to promote.
  ['The central role of IL-6 in HCC is its inhibition of tumour growth.', ['IL6 inhibits TUMOR_GROWTH [ctx HCC]'], 'contradicted'],
  ['The main role of IL-6 in breast cancer is the promotion of invasion.', ['IL6 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  ['The main role of STAT1 is the induction of apoptosis.', ['STAT1 induces APOPTOSIS'], 'unsupported/no-evidence'],
]);

readingTable('reader w11b34', '"it" or "they" opening a clause of place or time after a main clause that names only its subject and places is that subject (subjects.ts placeClausePronounAntecedent)', [
  ['EMT occurs mainly in tumours, where it is induced by hypoxia.', ['HYPOXIA induces EMT [ctx CANCER]'], 'supported'],
  ['IL-11 is abundant in the tumour stroma, where it activates STAT3.', ['IL11 activates STAT3 [ctx TUMOR_MICROENVIRONMENT]'], 'supported'],
  ['Hypoxia is frequent in solid tumours, in which it drives EMT.', ['HYPOXIA promotes EMT [ctx SOLID_TUMOR]'], 'supported'],
  ['CAFs accumulate in the TME of HCC, where they secrete IL-6.', ['CAF increases IL6 [ctx HCC,TUMOR_MICROENVIRONMENT]'], 'supported'],
  ['EMT occurs when it is induced by IL-11.', ['IL11 induces EMT'], 'supported'],
  ['IL-6 is abundant in breast cancer, where it may drive invasion.', ['IL6 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  // Near misses: another name in the main clause makes the pronoun ambiguous (read nothing for it); a fronted
  // phrase leaves the subject unknown; a denial stays a denial; the sibling STAT is no support.
  ['IL-6 activates STAT3 in tumours, where it is induced by hypoxia.', ['IL6 activates STAT3 [ctx CANCER]'], 'supported'],
  ['In HCC, IL-6 is abundant, where it drives growth.', [], 'unsupported/no-evidence'],
  ['IL-6 is found in HCC, where it is not required for tumour growth.', ['NOT IL6 promotes TUMOR_GROWTH [ctx HCC]'], 'contradicted'],
  ['STAT1 is active in tumours, where it promotes invasion.', ['STAT1 promotes CELL_INVASION [ctx CANCER]'], 'unsupported/no-evidence'],
]);

readingTable('reader w11b34', 'research that links X to Y, with the verb active and X after it (frames.ts research-links-x-to-y, research-implicates-x-in-y; a name\'s bracketed short form is one participant; a kind of cancer before it is the cancer\'s)', [
  ['Studies have linked IL-6 to the progression of HCC.', ['IL6 associated-with(positive) TUMOR_PROGRESSION [ctx HCC]'], 'supported'],
  ['Recent work links STAT3 with invasion.', ['STAT3 associated-with(positive) CELL_INVASION'], 'supported'],
  ['Several reports implicate IL-11 in the invasion of breast cancer cells.', ['IL11 regulates CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['Our data connect hypoxia with the migration of thyroid cancer cells.', ['HYPOXIA associated-with(positive) CELL_MIGRATION [ctx THYROID_CANCER]'], 'supported'],
  ['Earlier studies tied interleukin-11 (IL-11) to the pathogenesis of sporadic and colitis-associated colorectal cancer.', ['IL11 associated-with(positive) TUMORIGENESIS [ctx COLORECTAL_CANCER]'], 'unsupported/other-context'],
  // Near misses: the sibling STAT, the sibling cytokine, and a descriptive modifier's entity (inflammation) that is
  // no partner of the link.
  ['Few studies have linked STAT1 to invasion.', ['STAT1 associated-with(positive) CELL_INVASION'], 'unsupported/no-evidence'],
  ['Studies have linked IL-6 to the invasion of breast cancer cells.', ['IL6 associated-with(positive) CELL_INVASION [ctx BREAST_CANCER]'], 'unsupported/no-evidence'],
  ['Several studies have tied the cytokine IL-6 to the pathogenesis of inflammation-associated gastric cancer.', ['IL6 associated-with(positive) TUMORIGENESIS [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);

readingTable('reader w11b34', 'a role noun after "have": "X has an essential function in Y" (frames.ts has-role-in)', [
  ['STAT3 has a key function in the invasion of tumour cells.', ['STAT3 promotes CELL_INVASION [ctx CANCER]'], 'supported'],
  ['CAFs have an essential function in HCC progression.', ['CAF promotes TUMOR_PROGRESSION [ctx HCC]'], 'supported'],
  // Near misses: a denied function, the sibling STAT.
  ['IL-11 has no function in the migration of OSCC cells.', ['NOT IL11 promotes CELL_MIGRATION [ctx OSCC]'], 'contradicted'],
  ['STAT1 has a central function in tumour growth.', ['STAT1 promotes TUMOR_GROWTH'], 'unsupported/no-evidence'],
]);

readingTable('reader w11b34', 'a first predicate that only places the subject, then "and" and a second predicate of the subject (cues.ts predicateChains placingVerbs, coordinatedPredicate.ts; "GC" before the tumour\'s surroundings is gastric cancer, mentionSenses.ts)', [
  ['CAFs reside in the stroma of liver tumours and play a central part in HCC progression.', ['CAF promotes TUMOR_PROGRESSION [ctx HCC,LIVER_CANCER]'], 'supported'],
  ['CAFs are among the most abundant cells of the tumour stroma and take part in HCC progression.', ['CAF promotes TUMOR_PROGRESSION [ctx HCC]'], 'supported'],
  ['IL-6 is overexpressed in HCC and promotes tumour growth.', ['HCC associated-with(positive) IL6', 'IL6 promotes TUMOR_GROWTH [ctx HCC]'], 'supported'],
  ['Cancer-associated fibroblasts (CAFs) act as stromal components in the GC TME, and play a key role in tumour growth.', ['CAF promotes TUMOR_GROWTH [ctx GASTRIC_CANCER,TUMOR_MICROENVIRONMENT]'], 'unsupported/other-context'],
  // Near misses: the named cancer of the first predicate is the setting of the second, so a finding in another
  // cancer does not support it (read with no place before, a false support).
  ['IL-11 is overexpressed in gastric tumours and promotes cell invasion.', ['GASTRIC_CANCER associated-with(positive) IL11', 'IL11 promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['IL-11 is abundant in gastric tumours and plays a key role in cell invasion.', ['IL11 promotes CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  ['CAFs reside in the stroma of gastric tumours and play a central part in tumour growth.', ['CAF promotes TUMOR_GROWTH [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
]);

readingTable('reader w11b34', 'what Y needs, said of the subject: "X is a (main) condition (precondition, requirement) for Y" (vocabulary.ts phraseTriggers, cues.ts agent noun with to or for)', [
  ['Hypoxia is a main condition for the induction of angiogenesis.', ['HYPOXIA promotes ANGIOGENESIS'], 'supported'],
  ['Hypoxia is a necessary precondition for EMT in breast cancer cells.', ['HYPOXIA promotes EMT [ctx BREAST_CANCER]'], 'supported'],
  // Near misses: a denial, the sibling cytokine, another cancer; and a method's "conditions for" names no claim.
  ['Hypoxia is not a condition for EMT.', ['NOT HYPOXIA promotes EMT'], 'contradicted'],
  ['IL-6 is a main condition for angiogenesis.', [], 'unsupported/no-evidence'],
  ['Cells were kept under standard culture conditions for IL-6 treatment.', [], 'out-of-scope'],
]);

readingTable('reader w11b34', 'non-claims: a disease\'s yearly count of new cases, a drug as the control arm of trials (verify/scope.ts)', [
  ['Liver cancer accounts for nearly 900,000 new cases a year worldwide.', [], 'out-of-scope'],
  ['Oral tumours are a major cause of morbidity, with about 300,000 new cases annually.', [], 'out-of-scope'],
  ['Sorafenib has long been used as the comparator in phase III trials of first-line agents for HCC.', [], 'out-of-scope'],
  // Near misses: a backed claim beside the statistic still speaks; a claim read beside the trial's design keeps the
  // sentence a claim.
  ['IL-6 drives the development of HCC, a disease with some 800,000 new cases each year.', ['IL6 promotes TUMORIGENESIS [ctx HCC]'], 'supported'],
  ['In that trial sorafenib lowered STAT3 phosphorylation in HCC, and it served as the control arm in later trials.', ['SORAFENIB decreases STAT3 [ctx HCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader w11b34', '"an inflammatory state" is inflammation (data/entities.json INFLAMMATION synonyms)', [
  ['An inflammatory state promotes metastasis in cancer.', ['INFLAMMATION promotes METASTASIS [ctx CANCER]'], 'supported'],
  // Near miss: a cancer no inflammation finding names.
  ['A chronic inflammatory state drives the development of HCC.', ['INFLAMMATION promotes TUMORIGENESIS [ctx HCC]'], 'unsupported/no-evidence'],
]);
