// The lexicon recognition uses: normalized terms to entity ids, from both layers. The library's entities
// (names, symbols, synonyms) are indexed once per knowledge base; the lexicon of biomedicine keeps its own
// index (built once per process) and its entries are given the library's id where the two are linked.
// Where a term names a library entity, the library's meaning wins.
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { EntityType } from '../kb/schema';
import type { CaseRule } from './biomedical';
import { latinGreekVariants, normalizeTerm } from './normalize';
import { qualifiedTumourWordings, tumourWordings } from './organPhrasings';
import { PrefixFilter } from './prefixFilter';

export interface LexiconEntry {
  entityId: string;
  /**
   * Short all-capital acronyms ("ATC", "LOX", "CAF") only match text written in capitals, so that ordinary
   * lower-case words are never taken for entities.
   */
  capitalsOnly: boolean;
  /** For entries of the lexicon of biomedicine: how the text must write the term (see biomedical.ts). */
  rule?: CaseRule;
  written?: string;
  englishWord?: boolean;
  needsCells?: boolean;
  /** Read only as its words are written (an HGNC name, see biomedical.ts). */
  asWritten?: boolean;
  type?: EntityType;
  /** A library family of proteins ("integrins"): a subunit letter after its name names a member (recognize.ts). */
  family?: true;
  /** A library disease's short acronym ("HCC", "CRC"): typed in lower case it counts where a setting is named (recognize.ts). */
  diseaseAcronym?: true;
}

export interface Lexicon {
  lookup(normalized: string): readonly LexiconEntry[] | undefined;
  /** The longest number of words any term spans; bounds the recognizer's search. */
  readonly maxWords: number;
  /**
   * False when no key starts with `prefix` (then no longer word sequence can be looked up with success);
   * true when one may. Optional: a lexicon without it is searched up to maxWords words every time.
   */
  mayStart?(prefix: string): boolean;
  readonly size: number;
  /**
   * The entity's symbol ("PI3K", "Akt", "MTOR"), the short form its pathways are named with: a pathway written with
   * its members spelled out is looked up by their symbols (recognize.ts). Optional: a lexicon without it reads no such
   * pathway.
   */
  symbolOf?(entityId: string): string | undefined;
  /** The entity's type, of either layer (an isoform letter follows only a molecule's symbol, recognize.ts). */
  typeOf?(entityId: string): EntityType | undefined;
}

const cache = new WeakMap<KnowledgeBase, Lexicon>();

export function lexiconOf(kb: KnowledgeBase): Lexicon {
  let lexicon = cache.get(kb);
  if (!lexicon) {
    lexicon = buildLexicon(kb);
    cache.set(kb, lexicon);
  }
  return lexicon;
}

/** A lexicon built afresh, remembering nothing yet (lexiconOf keeps one per knowledge base). */
export function buildLexicon(kb: KnowledgeBase): Lexicon {
  const map = new Map<string, LexiconEntry[]>();
  let maxWords = 1;
  const add = (term: string, entityId: string): void => {
    const type = kb.entities.get(entityId)?.type;
    const family = type === 'protein-family';
    const key = normalizeTerm(term);
    if (key.length === 0) return;
    const capitalsOnly = isShortAcronym(term);
    const diseaseAcronym = capitalsOnly && type === 'disease';
    for (const variant of [key, ...latinGreekVariants(key)]) {
      const entries = map.get(variant) ?? [];
      const existing = entries.find((e) => e.entityId === entityId);
      // "AKT1" and "Akt1" share a key: the spelling that allows lower case wins, or "Akt1" would never match.
      if (existing) {
        existing.capitalsOnly &&= capitalsOnly;
        if (diseaseAcronym) existing.diseaseAcronym = true;
      } else entries.push(family ? { entityId, capitalsOnly, family } : diseaseAcronym ? { entityId, capitalsOnly, diseaseAcronym } : { entityId, capitalsOnly });
      map.set(variant, entries);
    }
    maxWords = Math.max(maxWords, countWords(term));
  };
  for (const entity of kb.entities.values()) {
    add(entity.name, entity.id);
    if (entity.symbol) add(entity.symbol, entity.id);
    for (const synonym of entity.synonyms) add(synonym, entity.id);
  }
  // "Gastric tumours", "tumours of the stomach" for the library's own organ cancers ("gastric cancer"), so that they
  // name the library's entity rather than the ontology's (biomedical.ts gives the ontology's names the same), under
  // keys no name holds, and none two entities would share.
  const tumourNames = new Map<string, string>();
  const tumourWording = new Map<string, string>();
  for (const entity of kb.entities.values()) {
    if (entity.type !== 'disease') continue;
    for (const term of [entity.name, ...entity.synonyms]) {
      for (const wording of tumourWordings(term)) {
        const key = normalizeTerm(wording);
        if (map.has(key)) continue;
        const seen = tumourNames.get(key);
        tumourNames.set(key, seen !== undefined && seen !== entity.id ? '' : entity.id);
        if (!seen) tumourWording.set(key, wording);
      }
    }
  }
  for (const [key, id] of tumourNames) if (id) add(tumourWording.get(key)!, id);
  // "Anaplastic thyroid tumours", "hepatocellular tumours" for the library's qualified cancers, after the organs' own.
  const qualifiedNames = new Map<string, string>();
  const qualifiedWording = new Map<string, string>();
  for (const entity of kb.entities.values()) {
    if (entity.type !== 'disease') continue;
    for (const term of [entity.name, ...entity.synonyms]) {
      for (const wording of qualifiedTumourWordings(term)) {
        const key = normalizeTerm(wording);
        if (map.has(key)) continue;
        const seen = qualifiedNames.get(key);
        qualifiedNames.set(key, seen !== undefined && seen !== entity.id ? '' : entity.id);
        if (!seen) qualifiedWording.set(key, wording);
      }
    }
  }
  for (const [key, id] of qualifiedNames) if (id) add(qualifiedWording.get(key)!, id);
  const biomedical = kb.layers.lexicon;
  // "Radiation-resistant cells", "therapy-resistant tumours", "radiation-sensitive": a phenotype named "<treatment>
  // resistance" (sensitivity) is as often written as its adjective. Only where the treatment's own words name
  // nothing: "sorafenib-resistant HCC cells" is sorafenib and the cells' state (roles.ts), read as before.
  for (const entity of kb.entities.values()) {
    if (entity.type !== 'phenotype') continue;
    for (const term of [entity.name, ...entity.synonyms]) {
      const match = /^(.+?)[\s-]+(resistance|sensitivity)$/i.exec(term);
      if (!match) continue;
      const stem = normalizeTerm(match[1]);
      if (stem.length === 0 || map.has(stem) || biomedical?.lookup(stem)) continue;
      const adjective = `${match[1]} ${match[2].toLowerCase() === 'resistance' ? 'resistant' : 'sensitive'}`;
      if (!map.has(normalizeTerm(adjective))) add(adjective, entity.id);
    }
  }
  const own = PrefixFilter.of(map.keys());
  const symbolOf = (entityId: string): string | undefined => kb.entities.get(entityId)?.symbol;
  const typeOf = (entityId: string): EntityType | undefined => kb.entities.get(entityId)?.type;
  if (!biomedical) return { lookup: (normalized) => map.get(normalized), maxWords: maxWords + 1, size: map.size, mayStart: (prefix) => own.mayStart(prefix), symbolOf, typeOf };

  // Each key's answer, both layers merged, made once per key and knowledge base: one probe of one map for a
  // key met before (the recognizer looks up every word and word sequence of a draft, which repeats its words;
  // four maps in turn were most of its lookups' time, issue 10). Misses are remembered up to a bound (text has
  // endless word sequences that name nothing).
  const answers = new Map<string, readonly LexiconEntry[]>();
  const misses = new Set<string>();
  const fromLexicon = (normalized: string): readonly LexiconEntry[] | undefined =>
    biomedical.lookup(normalized)?.map((term): LexiconEntry => {
      const entityId = kb.layers.canonical(term.id);
      return {
        entityId,
        capitalsOnly: term.rule !== 'any',
        rule: term.rule,
        written: term.written,
        ...(term.englishWord ? { englishWord: true } : {}),
        ...(term.needsCells ? { needsCells: true } : {}),
        ...(term.asWritten ? { asWritten: true } : {}),
        type: kb.entities.get(entityId)?.type,
      };
    });
  return {
    lookup: (normalized) => {
      const known = answers.get(normalized);
      if (known) return known;
      if (misses.has(normalized)) return undefined;
      const own = map.get(normalized);
      const other = fromLexicon(normalized);
      // The library's entries first; the lexicon's after them, for text the library's casing rules refuse.
      const both = !other ? own : !own ? other : [...own, ...other.filter((e) => !own.some((o) => o.entityId === e.entityId))];
      if (!both) {
        if (misses.size >= 200_000) misses.clear();
        misses.add(normalized);
        return undefined;
      }
      answers.set(normalized, both);
      return both;
    },
    maxWords: Math.max(maxWords, biomedical.maxWords) + 1,
    size: map.size + biomedical.indexSize,
    mayStart: (prefix) => biomedical.mayStartKey(prefix) || own.mayStart(prefix),
    symbolOf,
    typeOf,
  };
}

function isShortAcronym(term: string): boolean {
  const letters = term.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase() && term.replace(/[^A-Za-z0-9]/g, '').length <= 4;
}

function countWords(term: string): number {
  return term.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}
