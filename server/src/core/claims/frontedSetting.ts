// A fronted setting: "Among patients with metastatic disease, X loss predicted worse OS", "In tumours with
// lymph node metastasis, ...". What the fronted phrase names is where the finding holds (the patients it was
// measured in), not a participant: no claim has it as its subject or object.
import type { Construction } from './construction';

const setting = /^\s*(?:Among|In|For|Within)\s+(?:the\s+|all\s+|those\s+)?(?:\d+\s+)?(?:patients|cases|women|men|subjects|tumou?rs|individuals)\s+(?:with|who|whose|that|bearing|harbou?ring)\b[^,;]{0,160},/i;

export const frontedSetting: Construction = {
  name: 'fronted-setting',
  reads: '"Among patients with metastatic disease, X predicted Y": metastasis is the setting, not a participant',
  example: 'Among patients with lymph node metastasis, high vimentin was associated with worse overall survival.',
  expected: ['VIM associated-with(negative) OVERALL_SURVIVAL'],
  apply(claims, { text, start, end }) {
    const fronted = setting.exec(text.slice(start, end));
    if (!fronted) return claims;
    const settingEnd = start + fronted[0].length;
    return claims.filter((c) => c.subject.start >= settingEnd && c.object.start >= settingEnd);
  },
};
