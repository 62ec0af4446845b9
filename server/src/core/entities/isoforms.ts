// A gene's isoform named by a Greek letter on its symbol: "STAT3α", "Stat3alpha", "STAT3-β", "STAT3 beta". Where the
// lexicon has no name for the whole ("HIF-1α", "TGF-β", "IL-1β", "PDGFRα" are genes of their own and stay so), the
// letter names one form of the gene: narrower than the gene, as a member is narrower than its family. The guideline's
// family rule runs one way only (a finding on a member backs a claim on its family), so a finding on the gene does
// not back a claim on one isoform (STAT3β is STAT3's dominant-negative form and often does the opposite), and an
// isoform claim is the gene's near miss: unsupported, never supported or contradicted by the gene's findings. The
// isoform's entity is read from its id (as a compound's is, compounds.ts): its parent is the gene.
import type { Entity, EntityType } from '../kb/schema';

/** Ids of isoform entities: the prefix, the gene's id, and the letter spelled out ("ISOFORM_STAT3_ALPHA"). */
export const isoformPrefix = 'ISOFORM_';
const letters: Readonly<Record<string, string>> = { α: 'ALPHA', β: 'BETA', γ: 'GAMMA', alpha: 'ALPHA', beta: 'BETA', gamma: 'GAMMA' };
const idShape = /^ISOFORM_(.+)_(ALPHA|BETA|GAMMA)$/;

/**
 * The Greek letter written after a symbol, glued or after a hyphen or space, and ending there: a letter that starts
 * a hyphenated name of its own ("STAT3 β-catenin", "α-tubulin") is that name, not an isoform.
 */
export const isoformLetterAfter = /^(?:[-‐\s]?)(α|β|γ|alpha|beta|gamma)(?![\p{L}\p{N}]|[-‐][\p{L}\p{N}])/iu;
/** A symbol with its isoform letter glued on, as one word ("STAT3α", "Stat3alpha", "STAT3-beta" read as one word). */
export const fusedIsoform = /^(.*[\p{L}\p{N}])[-‐]?(α|β|γ|alpha|beta|gamma)$/u;

/** The isoform id of a gene and its letter as written (α, β, γ or spelled out); undefined for any other letter. */
export function isoformId(geneId: string, letter: string): string | undefined {
  const spelled = letters[letter.toLowerCase()];
  return spelled ? `${isoformPrefix}${geneId}_${spelled}` : undefined;
}

export function isIsoformId(id: string): boolean {
  return id.startsWith(isoformPrefix) && idShape.test(id);
}

/** The gene an isoform id names, or undefined. */
export function isoformGene(id: string): string | undefined {
  return id.startsWith(isoformPrefix) ? idShape.exec(id)?.[1] : undefined;
}

/**
 * The entity of an isoform id, given the gene's entity (undefined when the gene is unknown): the gene's name with the
 * letter, its type, and the gene as its one parent.
 */
export function isoformEntity(id: string, gene: Entity | undefined): Entity | undefined {
  const match = idShape.exec(id);
  if (!match || !gene) return undefined;
  const letter = match[2].toLowerCase();
  const type: EntityType = gene.type;
  return {
    id,
    name: `${gene.symbol ?? gene.name} ${letter}`,
    type,
    synonyms: [],
    parents: [gene.id],
    components: [],
    description: `The ${letter} isoform of ${gene.symbol ?? gene.name}, named by a Greek letter on its symbol; a finding on the gene does not back a claim on it.`,
  };
}
