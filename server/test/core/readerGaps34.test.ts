// Issue 7 (h-gap34, stop 34): classes of construction and vocabulary the reader missed, named by the helpers of stop 33
// in sentences of their own. Each suite is one class, in sentences of our own with different surface forms (other
// entities, verbs, tenses, hedges), with the near misses that must not be read as the class.
import { readingTable } from './helpers';

readingTable('reader gaps 34', 'protection from radiation or a drug is resistance to it; protection as a purpose (protectedFrom.ts)', [
  ['Low oxygen tension shields the tumour cells from ionising radiation.', ['HYPOXIA increases RADIORESISTANCE [ctx CANCER]'], 'supported'],
  ['Hypoxic conditions protected the tumours against irradiation.', ['HYPOXIA increases RADIORESISTANCE [ctx CANCER]'], 'supported'],
  ['IL-6 protects hepatoma cells from sorafenib.', ['IL6 increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['Cancer-associated fibroblasts may shield liver tumour cells from the cytotoxic effects of chemotherapy.', ['CAF increases CHEMORESISTANCE [ctx LIVER_CANCER]'], 'supported'],
  // A purpose infinitive after a verb that names no partner: the main clause's subject protects.
  ['Hypoxia switches on a set of stress genes to shield tumour cells from radiation.', ['HYPOXIA increases RADIORESISTANCE [ctx CANCER]'], 'supported'],
  ['In HCC, IL-6 turns on a survival programme to protect the tumour cells from apoptosis.', ['IL6 decreases APOPTOSIS [ctx CANCER,HCC]'], 'supported'],
  ['IL-6 engages a set of transcription factors to guard hepatoma cells against sorafenib.', ['IL6 increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // Near misses: a denied protection; normal tissue protected (no finding on the tumour); the writers' own act;
  // a drug that causes the harm is no treatment withstood.
  ['Hypoxia did not protect the tumour cells from radiation.', ['NOT HYPOXIA increases RADIORESISTANCE [ctx CANCER]'], 'contradicted'],
  ['Amifostine is given to protect normal tissues from radiation.', [], 'out-of-scope'],
  ['We added NT157 to protect the cells from sorafenib.', [], 'unsupported/no-evidence'],
  ['IL-6 protects HCC cells from sorafenib-induced apoptosis.', ['IL6 decreases APOPTOSIS [ctx HCC]'], 'supported'],
]);

readingTable('reader gaps 34', 'more or less sensitive to a drug after a treatment (sensitization.ts madeSensitive)', [
  ['HCC cells were more sensitive to sorafenib after treatment with NT157.', ['NT157 decreases SORAFENIB_RESISTANCE [ctx HCC]', 'SORAFENIB inhibits CELL_GROWTH [ctx HCC,NT157]'], 'supported'],
  ['Hepatoma cells became less sensitive to sorafenib after exposure to IL-6.', ['IL6 increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['Following NT157 treatment, the HCC cells were markedly more sensitive to sorafenib.', ['NT157 decreases SORAFENIB_RESISTANCE [ctx HCC]', 'SORAFENIB inhibits CELL_GROWTH [ctx HCC,NT157]'], 'supported'],
  // The other way round from the library: contradicted.
  ['Liver cancer cells were more responsive to sorafenib after stimulation with IL-6.', ['IL6 decreases SORAFENIB_RESISTANCE [ctx LIVER_CANCER]'], 'contradicted'],
  // Near misses: "after X" without a noun of treatment is no treatment read here; a loss by siRNA is a loss.
  ['HCC cells were more sensitive to sorafenib after 48 hours.', ['SORAFENIB inhibits CELL_GROWTH [ctx HCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader gaps 34', 'under a condition, cells expressed more or less of a molecule (cellsUnderCondition.ts)', [
  ['Under 1% O2, MDA-MB-231 cells expressed more IL-11.', ['HYPOXIA increases IL11 [ctx MDA_MB_231]'], 'supported'],
  ['In hypoxia, the cells expressed more IL-11.', ['HYPOXIA increases IL11'], 'supported'],
  ['Under hypoxic conditions, breast cancer cells expressed higher levels of MMP-9.', ['HYPOXIA increases MMP9 [ctx BREAST_CANCER]'], 'supported'],
  ['MDA-MB-231 cells released markedly more MMP-2 under hypoxia than under normoxia.', ['HYPOXIA increases MMP2 [ctx MDA_MB_231]'], 'supported'],
  // Near misses: what the cells express, without an amount, is no change; another agent named is its finding.
  ['Under hypoxia, MDA-MB-231 cells expressed IL-11.', [], 'unsupported/no-evidence'],
]);

readingTable('reader gaps 34', 'a treatment, then ", which" and its change (treatedThenChanged.ts)', [
  ['HCC cells were incubated with NT157 for 48 h, which reduced IRS-1 levels.', ['NT157 decreases IRS1 [ctx HCC]'], 'supported'],
  ['MDA-MB-231 cells were stimulated with IL-11 (50 ng/ml), which markedly increased the expression of MMP-2 and MMP-9.', ['IL11 increases MMP2 [ctx MDA_MB_231]', 'IL11 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  ['MDA-MB-231 cells were kept under hypoxia for 24 h, which elevated IL-11 secretion.', ['HYPOXIA increases IL11 [ctx MDA_MB_231]'], 'supported'],
  // Near miss: a "which" that names no change leaves a method.
  ['HCC cells were treated with NT157 for 48 h, which is the time used in earlier work.', [], 'out-of-scope'],
]);

readingTable('reader gaps 34', 'a citation number stuck to a word (recognize.ts withoutCitationDigits)', [
  ['IL-11 promotes metastasis14,15.', ['IL11 promotes METASTASIS'], 'supported'],
  ['Hypoxia raises IL-11 expression3 in breast cancer cells.', ['HYPOXIA increases IL11 [ctx BREAST_CANCER]'], 'supported'],
  ['STAT3 drives invasion21-23 of MDA-MB-231 cells.', ['STAT3 promotes CELL_INVASION [ctx MDA_MB_231]'], 'supported'],
  // A symbol keeps its digits.
  ['IL-11 raises STAT3 in MDA-MB-231 cells.', ['IL11 increases STAT3 [ctx MDA_MB_231]'], 'supported'],
]);

readingTable('reader gaps 34', 'a cancer named by its organ in another word order (organPhrasings.ts)', [
  ['IL-11 raised MMP-13 levels in oral tumour cells.', ['IL11 increases MMP13 [ctx ORAL_CANCER]'], 'supported'],
  ['IL-11 raised MMP-13 levels in oral squamous carcinoma.', ['IL11 increases MMP13 [ctx OSCC]'], 'supported'],
  ['IL-11 drives migration of thyroid anaplastic carcinoma cells.', ['IL11 promotes CELL_MIGRATION [ctx ATC]'], 'supported'],
]);

readingTable('reader gaps 34', 'a change seen after a named loss is turned round (seenAfter.ts, changesAfter.ts, lossClause.ts)', [
  ['STAT3 phosphorylation dropped after IL-11 was silenced.', ['IL11 increases STAT3'], 'supported'],
  ['Reduced invasion was observed after STAT3 was silenced.', ['STAT3 increases CELL_INVASION'], 'supported'],
  ['Reductions in MMP-2 and MMP-9 were seen after IL-11 knockdown.', ['IL11 increases MMP2', 'IL11 increases MMP9'], 'supported'],
  // Near miss: a treatment is no loss, and keeps its own direction.
  ['Reductions in MMP-2 and MMP-9 were seen after IL-11 treatment.', ['IL11 decreases MMP2', 'IL11 decreases MMP9'], 'contradicted'],
]);

readingTable('reader gaps 34', 'a past form after "that" and a noun of a mechanism is the relative clause\'s verb (chunks.ts, triggers.ts)', [
  ['IL-11 induced a signalling programme that restrained E-cadherin in MDA-MB-231 cells.', ['IL11 inhibits CDH1 [ctx MDA_MB_231]'], 'supported'],
  ['Hypoxia activated a pathway that elevated MMP-9 in MDA-MB-231 cells.', ['HYPOXIA increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  ['NT157 is a compound that lowered IRS-1 in HCC cells.', ['NT157 decreases IRS1 [ctx HCC]'], 'supported'],
  // Near miss: "the finding that" opens what was found, not a relative clause.
  ['The finding that reduced E-cadherin accompanies IL-11 exposure is new.', [], 'unsupported/no-evidence'],
]);

readingTable('reader gaps 34', 'a disease around a name is its partner only after a verb of level (extract.ts levelWords)', [
  // Where and by what, not a level: no "<cancer> associated-with X" beside the sentence's own reading.
  ['In hepatoma cells, IL-6 is chiefly secreted by stromal fibroblasts.', ['CAF increases IL6 [ctx HCC]'], 'supported'],
  ['In OSCC cells, IL-11 signalling is relayed through STAT1.', [], 'unsupported/no-evidence'],
  // A verb of level, or an amount after a verb of expression, still names the association.
  ['IL-11 was markedly overexpressed in OSCC specimens.', ['OSCC associated-with(positive) IL11 [ctx PATIENT_TISSUE]'], 'supported'],
  ['In OSCC cells, IL-11 was released at elevated levels.', ['OSCC associated-with(positive) IL11'], 'supported'],
  // The disease's cells as the producer ("by") say the same.
  ['IL-11 is produced by OSCC cells.', ['OSCC associated-with(positive) IL11'], 'supported'],
  // Near miss: a class noun after a name of another class is neither (lastResort.ts, as anchored reading).
  ['The STAT3 cytokine drives the migration of OSCC cells.', [], 'unsupported/no-evidence'],
]);

readingTable('reader gaps 34', 'treated cells fronted, the change in the main clause (changeInTreatedCells.ts)', [
  ['In HCC cells exposed to sorafenib, ATF3 rose.', ['SORAFENIB increases ATF3 [ctx HCC]'], 'supported'],
  ['In MDA-MB-231 cells stimulated with IL-11 (50 ng/ml) for 24 h, STAT3 phosphorylation and MMP-9 were increased.', ['IL11 increases MMP9 [ctx MDA_MB_231]', 'IL11 increases STAT3 [ctx MDA_MB_231]'], 'supported'],
  ['Among hepatoma cells treated with NT157, IRS-1 levels fell sharply.', ['NT157 decreases IRS1 [ctx HCC]'], 'supported'],
  // Near misses: a treatment that removes the name is a loss; a measurement is no change.
  ['In HCC cells treated with IGF-1R siRNA, IRS-1 fell.', [], 'unsupported/no-evidence'],
  ['In HCC cells exposed to sorafenib, ATF3 was measured.', [], 'unsupported/no-evidence'],
]);

readingTable('reader gaps 34', 'a class noun inside a name does not stop the class-and-members frames (frames.ts classNounEnding)', [
  ['STAT3 participates in a range of malignant behaviours, including invasion and angiogenesis.', ['STAT3 promotes ANGIOGENESIS', 'STAT3 promotes CELL_INVASION'], 'supported'],
  ['IL-11 takes part in numerous malignant phenotypes, such as EMT and invasion.', ['IL11 promotes CELL_INVASION', 'IL11 promotes EMT', 'IL11 promotes TUMOR_AGGRESSIVENESS'], 'supported'],
  // Without members, the class's own claim alone.
  ['STAT3 participates in malignant behaviours.', ['STAT3 promotes TUMOR_AGGRESSIVENESS'], 'supported'],
]);
