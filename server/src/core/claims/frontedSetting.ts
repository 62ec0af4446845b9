// A patient setting: "Among patients with metastatic disease, X loss predicted worse OS", "In tumours with
// lymph node metastasis, ...", and after the finding, "... in patients with ER-negative tumours". What it names
// is where the finding holds (the patients it was measured in), not a participant: no claim has it as its
// subject or object.
import type { Construction } from './construction';
import { allMatches } from '../util/allMatches';
import { frontedPatientSettingEnd } from './patientSetting';

/** The same setting after the finding: "X was associated with Y in patients with Z-negative tumours". */
const trailing = /\b(?:in|among)\s+(?:the\s+|all\s+|those\s+)?(?:\d+\s+)?(?:patients|cases|women|men|subjects|individuals)\s+(?:with|who|whose|that|bearing|harbou?ring|treated|receiving)\b/gi;

export const frontedSetting: Construction = {
  name: 'fronted-setting',
  reads: '"Among patients with metastatic disease, X predicted Y": metastasis is the setting, not a participant',
  example: 'Among patients with lymph node metastasis, high vimentin was associated with worse overall survival.',
  expected: ['VIM associated-with(negative) OVERALL_SURVIVAL'],
  // The fronted setting (patientSetting.ts) and `trailing` each need one of these nouns.
  triggers: ['patients', 'cases', 'women', 'men', 'subjects', 'tumours', 'tumors', 'individuals'],
  apply(claims, { text, start, end }) {
    const frontedEnd = frontedPatientSettingEnd(text, start, end);
    const settingEnd = frontedEnd ?? start;
    // A setting after the finding holds what follows it; a claim from before it does not reach into it.
    // The setting runs to the clause's next verb or its end: "in patients with X is associated with Y" names Y after it.
    const after = [...allMatches(trailing, text.slice(settingEnd, end))].map((m) => {
      const from = settingEnd + m.index;
      const stop = /[;]|\b(?:is|are|was|were|had|has|have|showed|predicted|correlated)\b/i.exec(text.slice(from + m[0].length, end));
      return [from, stop ? from + m[0].length + stop.index : end] as const;
    });
    // (A subject the sentence inherits from the one before stands before it: only a fronted setting excludes.)
    const inSetting = (at: number) => frontedEnd !== undefined && at >= start && at < settingEnd;
    return claims.filter((c) => !inSetting(c.subject.start) && !inSetting(c.object.start) && !after.some(([from, to]) => c.subject.end <= from && c.object.start > from && c.object.start < to));
  },
};
