// The settings an aside on the subject names, and when they are the claim's (issue 7, stop 43). The labelling
// guideline gives each claim its own context: "IL-6, long studied in myeloma, raised STAT3 phosphorylation in HCC
// cells" is a claim in HCC, the myeloma a side remark on IL-6. Shared by the clause reader (extract.ts) and
// knowledge-anchored reading (anchored.ts), so both drop the aside's place alike.
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { EntityMention } from '../entities/recognize';
import { appositionsOf, asideSetting } from './appositions';
import { cancerClassIds } from './roles';
import type { Token } from './tokens';

/**
 * A claim's context without the settings an aside on its subject names ("IL-6, long studied in myeloma, raised X in
 * HCC cells", "STAT3, a key driver in gastric cancer, ... in HCC"), when the claim names a setting of its own: the
 * aside is a side remark, and context is per claim (the labelling guideline; issue 7, stop 43). A claim that names no
 * other setting keeps the aside's, the only place the sentence gives it (appositions.ts `asideSetting`).
 */
export function withoutAsideSettings(tokens: readonly Token[], kb: KnowledgeBase, context: EntityMention[]): EntityMention[] {
  if (context.length < 2 || appositionsOf(tokens) === null) return context;
  const aside = context.map((m) => {
    const k = tokenOfMention(tokens, m);
    return k >= 0 && asideSetting(tokens, k);
  });
  // Its own setting is a named disease or a cell line ("in HCC cells", "in Huh7 cells"); a drug alone ("in
  // sorafenib-treated cells") says what was done, not where, and cancer as a class ("of cancer cells") names no place
  // the aside's would be narrower than: either leaves the aside's place standing.
  const ownSetting = context.some((m, n) => !aside[n] && ownSettingTypes.has(kb.entities.get(m.entityId)?.type ?? '') && !cancerClassIds.has(m.entityId));
  return ownSetting && aside.some((a) => a) ? context.filter((_, n) => !aside[n]) : context;
}
const ownSettingTypes: ReadonlySet<string> = new Set(['disease', 'cell-line']);

/** The index of the token that starts at the mention, or -1. */
function tokenOfMention(tokens: readonly Token[], mention: EntityMention): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].start >= mention.start) return tokens[k].start === mention.start ? k : -1;
  return -1;
}
