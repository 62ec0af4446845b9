// A patient setting fronted before the finding: "Among patients with metastatic disease, ...", "In patients treated
// with X, ...", "Of the patients who received X, those with Y ...". What it names (a disease, the drug the cohort
// received) is where the finding holds, not a participant of it. One pattern, shared by the claim reader's
// construction (frontedSetting.ts) and the abstracts' clinical associations (kb/clinicalAssociation.ts), so that a
// drug the cohort received is no marker of the association either.
// "Of" is the partitive form: "Of the patients who received capecitabine, those with SMAD4 loss had worse DFS"
// reports the marker's association inside the treated cohort, not the drug's effect.

const setting = /^\s*(?:Among|In|For|Within|Of)\s+(?:the\s+|all\s+|those\s+|an?\s+|our\s+)?(?:(?:cohort|series|group|subgroup|population)\s+of\s+)?(?:\d+\s+)?(?:patients|cases|women|men|subjects|tumou?rs|individuals)\s+(?:with|who|whose|that|bearing|harbou?ring|evaluable|treated|receiving)\b[^,;]{0,160},/i;

/** Where the patient setting fronted at `start` ends (after its comma), or undefined when the sentence opens with none. */
export function frontedPatientSettingEnd(text: string, start: number, end: number): number | undefined {
  const fronted = setting.exec(text.slice(start, end));
  return fronted ? start + fronted[0].length : undefined;
}
