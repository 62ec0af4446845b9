// The shape of a knowledge-base file, checked with zod when the file is loaded.
//
// A knowledge-base folder holds JSON files (and optionally BibTeX files). Each JSON file may carry any of
// three lists: papers, entities and facts. The bundled library keeps the lexicon in data/entities.json and
// one file per paper in data/papers/, which holds the paper and the facts it reports.
//
// The model follows INDRA statements and SIGNOR edges: a fact is a directed, signed relation between two
// entities, with mediators, a biological context, and evidence that points back to a place in a paper.
import { z } from 'zod';

/** Identifiers are upper-case ASCII words so that they read well in JSON output and never collide with names. */
export const EntityId = z.string().regex(/^[A-Z0-9][A-Z0-9_]*$/, 'entity ids are upper-case letters, digits and _');

/**
 * Citation keys follow BibTeX: no spaces, commas, braces or quotes. The pattern is also tested directly on the .bib
 * path (100k zod calls cost more).
 */
export const citationKeyPattern = /^[^\s,{}"#%'()=@;\[\]]+$/;
export const CitationKey = z.string().regex(citationKeyPattern, 'a citation key has no spaces, commas, braces or brackets');

export const entityTypes = [
  'cytokine',
  'growth-factor',
  'receptor',
  'kinase',
  'transcription-factor',
  'enzyme',
  'protein',
  'rna',
  'protein-family',
  'pathway',
  'process',
  'phenotype',
  'disease',
  'cell-line',
  'cell-type',
  'drug',
  'chemical',
  'condition',
  'experimental-system',
] as const;
export const EntityType = z.enum(entityTypes);

export const EntitySchema = z.strictObject({
  id: EntityId,
  /** The canonical, spelled-out name ("interleukin-11"). */
  name: z.string().min(1),
  /** The short form scientists write ("IL-11"); the name is used when there is none. */
  symbol: z.string().min(1).optional(),
  type: EntityType,
  /** Other spellings: abbreviations, gene symbols, spelling variants, adjectives ("hypoxic"). */
  synonyms: z.array(z.string().min(1)).default([]),
  /** Is-a parents: AKT1 is an Akt, OSCC is a head and neck cancer, MDA-MB-231 is a breast cancer cell line. */
  parents: z.array(EntityId).default([]),
  /** Parts of a pathway or complex: the PI3K/Akt pathway runs through PI3K and Akt. */
  components: z.array(EntityId).default([]),
  /**
   * A ligand's own receptor subunits: IL-11 signals through IL-11Rα and gp130, the IL-6 family through gp130 (a
   * family's receptors are its members' too). Its binding of one of them is how it acts, not a route that needs a
   * finding of its own (claims/ownReceptor.ts, stop 48); a receptor not listed here, nor bound by the ligand in a
   * library finding, is another protein.
   */
  receptors: z.array(EntityId).optional(),
  /** One line in our own words. */
  description: z.string().min(1),
  /** External identifiers, only where verified. HGNC symbols are fine; numeric ids are never guessed. */
  xrefs: z.strictObject({ hgnc: z.string().optional() }).optional(),
});

export const relations = [
  'increases',
  'activates',
  'induces',
  'upregulates',
  'promotes',
  'decreases',
  'inhibits',
  'suppresses',
  'downregulates',
  // A causal link whose direction the paper does not give ("Ras activation regulates IL-11 levels").
  'regulates',
  'signals-through',
  'binds',
  'associated-with',
  'no-effect',
] as const;
export const Relation = z.enum(relations);
/**
 * Each signed relation's opposite, the one table of them: a loss, a fall or a bad end turns a relation round (the
 * readers), as do the library's inverted stand-ins and opposite phenotypes (kb/inference.ts) and verification. A
 * relation with no sign ("binds", "associated-with", "regulates") has none.
 */
const oppositeRelations: Readonly<Partial<Record<string, Relation>>> = {
  increases: 'decreases', activates: 'inhibits', induces: 'suppresses', upregulates: 'downregulates', promotes: 'suppresses',
  decreases: 'increases', inhibits: 'activates', suppresses: 'promotes', downregulates: 'upregulates',
};
const raising: ReadonlySet<string> = new Set<Relation>(['increases', 'activates', 'induces', 'upregulates', 'promotes']);
const lowering: ReadonlySet<string> = new Set<Relation>(['decreases', 'inhibits', 'suppresses', 'downregulates']);
/** The sign of a relation's effect: 1 raising, -1 lowering, 0 none ("binds", "associated-with", "regulates"). */
export function relationSign(relation: string): 1 | -1 | 0 {
  return raising.has(relation) ? 1 : lowering.has(relation) ? -1 : 0;
}
/** The signed relation turned round (oppositeRelations), or undefined for one with no sign. */
export function oppositeRelation(relation: string): Relation | undefined {
  return oppositeRelations[relation];
}

/** Which part of the object the finding is about: "STAT3 phosphorylation", "IL-11 secretion", "the IL-6Rα promoter". */
export const ObjectAspect = z.enum(['amount', 'expression', 'secretion', 'phosphorylation', 'activity', 'promoter', 'process']);

export const EvidenceSchema = z.strictObject({
  paper: CitationKey,
  /** Where in the paper: "abstract", "introduction", "results, Fig. 3E", "statement of significance". */
  locator: z.string().min(1),
  /** The paper's own result, or background the paper cites from other work. */
  kind: z.enum(['finding', 'background']),
  /** For background: the work the paper cites, as the paper names it ("Onnis et al., ref. 12"). */
  cites: z.string().min(1).optional(),
  /**
   * Set on facts ClaimLens read from a paper's abstract (rather than curated by hand): the abstract sentence
   * (index from 0 and its text), the version of the reader that read it, and the qualifiers of the reading.
   */
  extracted: z
    .strictObject({
      sentence: z.number().int().min(0),
      text: z.string().min(1),
      reader: z.string().min(1),
      hedged: z.boolean(),
      negated: z.boolean(),
    })
    .optional(),
});

export const FactSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9_./-]*$/, 'fact ids are lower-case words joined by - . / _'),
    subject: EntityId,
    relation: Relation,
    /** Required for associated-with (positive or negative correlation); implied by the relation otherwise. */
    polarity: z.enum(['positive', 'negative']).optional(),
    /** Absent only for signals-through, where the mediators say everything. */
    object: EntityId.optional(),
    objectAspect: ObjectAspect.optional(),
    /** The entities the effect passes through, in order where the paper gives one. */
    mediators: z.array(EntityId).default([]),
    /**
     * Where the finding holds: diseases, cell lines, cell types, conditions (hypoxia, sorafenib treatment) and
     * experimental systems (cell culture, xenograft, patient tissue). A claim is covered when every context
     * entity it names equals, or is an ancestor of, one of these.
     */
    context: z.array(EntityId).default([]),
    evidence: EvidenceSchema,
    /** The finding in our own words. */
    statement: z.string().min(1),
  })
  .superRefine((fact, ctx) => {
    if (fact.relation === 'associated-with' && !fact.polarity) {
      ctx.addIssue({ code: 'custom', path: ['polarity'], message: 'associated-with needs a polarity (positive or negative)' });
    }
    if (fact.relation !== 'signals-through' && !fact.object) {
      ctx.addIssue({ code: 'custom', path: ['object'], message: `${fact.relation} needs an object` });
    }
    if (fact.relation === 'signals-through' && fact.mediators.length === 0 && !fact.object) {
      ctx.addIssue({ code: 'custom', path: ['mediators'], message: 'signals-through needs mediators' });
    }
  });

export const PersonSchema = z.strictObject({ family: z.string().min(1), given: z.string().optional() });

export const PaperSchema = z.strictObject({
  key: CitationKey,
  title: z.string().min(1),
  /** null means the authors are unknown; they are never guessed. */
  authors: z.array(PersonSchema).nullable(),
  /** True when only the first author(s) are known ("Lim et al."): the list is shown with "et al.". */
  authorsTruncated: z.boolean().optional(),
  journal: z.string().min(1).nullable(),
  /** The abbreviation used in references ("J Cell Physiol"). */
  journalAbbrev: z.string().min(1).nullable().optional(),
  year: z.number().int().min(1800).max(2100).nullable(),
  month: z.number().int().min(1).max(12).nullable().optional(),
  volume: z.string().nullable(),
  issue: z.string().nullable(),
  pages: z.string().nullable(),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI starts with 10.') .nullable(),
  pmid: z.string().regex(/^\d+$/, 'a PMID is digits').nullable(),
  keywords: z.array(z.string()).default([]),
  /** A few sentences in our own words. */
  summary: z.string().min(1).nullable(),
  /** The abstract as the writer's bibliography gives it; ClaimLens reads its findings (kb/abstracts.ts). */
  abstract: z.string().min(1).optional(),
  /** Where the facts were read from (for the bundled library, the capture file in shared/seeds). */
  source: z.string().optional(),
});

export const KnowledgeBaseFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  papers: z.array(PaperSchema).default([]),
  entities: z.array(EntitySchema).default([]),
  facts: z.array(FactSchema).default([]),
});

export type EntityType = z.infer<typeof EntityType>;

/** Kinds of entity that say where a finding holds (a cancer, a cell line or type, a model): its place, never a participant. */
export const placeTypes: ReadonlySet<string> = new Set<EntityType>(['disease', 'cell-line', 'cell-type', 'experimental-system']);
/** The places and the conditions a finding holds under (hypoxia): what its context lists. */
export const contextTypes: ReadonlySet<string> = new Set<EntityType>([...placeTypes as ReadonlySet<EntityType>, 'condition']);
/**
 * Kinds of entity that are molecules or their families (a cytokine, a receptor, an RNA): what a cell makes, a loss
 * removes, a marker measures. The readers' sets of agents, markers and lost names add pathways, drugs or conditions to it.
 */
export const moleculeTypes: ReadonlySet<string> = new Set<EntityType>(['cytokine', 'growth-factor', 'receptor', 'kinase', 'transcription-factor', 'enzyme', 'protein', 'rna', 'protein-family']);
export type Entity = z.infer<typeof EntitySchema>;
export type Relation = z.infer<typeof Relation>;
export type Fact = z.infer<typeof FactSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Paper = z.infer<typeof PaperSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type KnowledgeBaseFile = z.infer<typeof KnowledgeBaseFileSchema>;
