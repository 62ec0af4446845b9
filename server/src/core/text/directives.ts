// ClaimLens directives are comments that switch checks off or mark a sentence as the author's own finding.
// Both extractors hand the body of every comment here, so the syntax is the same in Markdown and LaTeX.
import type { DirectiveKind } from './prose';

const kinds: ReadonlyMap<string, DirectiveKind> = new Map<string, DirectiveKind>([
  ['claimlens-disable-next-line', 'disable-next-line'],
  ['claimlens-disable-line', 'disable-line'],
  ['claimlens-disable', 'disable'],
  ['claimlens-enable', 'enable'],
  ['claimlens-own-finding', 'own-finding'],
]);

/**
 * The directive a comment body spells, ignoring surrounding whitespace, or undefined when the comment is
 * anything else (including a directive followed by other words, which is more likely prose than an order).
 */
export function parseDirective(commentBody: string): DirectiveKind | undefined {
  return kinds.get(commentBody.trim());
}
