// "X raises Y by targeting Z": Z is the route of X's effect on Y, named without a direction (a microRNA
// "targets" what it represses, a drug what it inhibits, a hormone the pathway it switches on). The verb
// reading takes "targeting" for an effect of X on Z of its own; this construction makes Z the mediator of
// the claims the sentence makes before it, and drops the guessed effect on Z.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import type { Construction } from './construction';
import { allMatches } from '../util/allMatches';

const byTargeting = /\bby\s+(?:directly\s+|specifically\s+|selectively\s+)?targeting\s+(?:the\s+)?/gi;

export const byTargetingRoute: Construction = {
  name: 'by-targeting',
  reads: '"X raises Y by targeting Z": Z is the route of X\'s effect on Y, with no effect of its own',
  triggers: ['targeting'],
  example: 'Vimentin increases Snail expression in gastric cancer cells by targeting TGF-β.',
  expected: ['VIM increases NCBIGENE_6615 [ctx GASTRIC_CANCER] via TGFB_FAMILY'],
  apply(claims, { text, start, end, mentions, kb }) {
    let result = claims;
    for (const match of allMatches(byTargeting, text.slice(start, end))) {
      const at = start + match.index;
      const after = at + match[0].length;
      const route: EntityMention | undefined = mentions.find((m) => m.start >= after && m.start <= after + 2 && isMarkerType(kb.entities.get(m.entityId)?.type ?? ''));
      if (!route) continue;
      const explained = result.filter((c) => c.subject.end <= at && c.object.end <= at && c.subject.entityId !== route.entityId && c.object.entityId !== route.entityId);
      if (explained.length === 0) continue;
      result = result
        .filter((c) => !(c.object.start === route.start && c.subject.end <= at))
        .map((c) => (explained.includes(c) && !c.mediators.some((m) => m.entityId === route.entityId) ? { ...c, mediators: [...c.mediators, route] } : c));
    }
    return result;
  },
};
