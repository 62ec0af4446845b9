// The lexicon maps normalized terms to entity ids. It is built from the knowledge base's entities (names,
// symbols, synonyms) once per load and shared by every document.
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { latinGreekVariants, normalizeTerm } from './normalize';

export interface LexiconEntry {
  entityId: string;
  /**
   * Short all-capital acronyms ("ATC", "LOX", "CAF") only match text written in capitals, so that ordinary
   * lower-case words are never taken for entities.
   */
  capitalsOnly: boolean;
}

export interface Lexicon {
  lookup(normalized: string): readonly LexiconEntry[] | undefined;
  /** The longest number of words any term spans; bounds the recognizer's search. */
  readonly maxWords: number;
  readonly size: number;
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

function buildLexicon(kb: KnowledgeBase): Lexicon {
  const map = new Map<string, LexiconEntry[]>();
  let maxWords = 1;
  const add = (term: string, entityId: string): void => {
    const key = normalizeTerm(term);
    if (key.length === 0) return;
    const capitalsOnly = isShortAcronym(term);
    for (const variant of [key, ...latinGreekVariants(key)]) {
      const entries = map.get(variant) ?? [];
      const existing = entries.find((e) => e.entityId === entityId);
      // "AKT1" and "Akt1" share a key: the spelling that allows lower case wins, or "Akt1" would never match.
      if (existing) existing.capitalsOnly &&= capitalsOnly;
      else entries.push({ entityId, capitalsOnly });
      map.set(variant, entries);
    }
    maxWords = Math.max(maxWords, countWords(term));
  };
  for (const entity of kb.entities.values()) {
    add(entity.name, entity.id);
    if (entity.symbol) add(entity.symbol, entity.id);
    for (const synonym of entity.synonyms) add(synonym, entity.id);
  }
  return { lookup: (normalized) => map.get(normalized), maxWords: maxWords + 1, size: map.size };
}

function isShortAcronym(term: string): boolean {
  const letters = term.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase() && term.replace(/[^A-Za-z0-9]/g, '').length <= 4;
}

function countWords(term: string): number {
  return term.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}
