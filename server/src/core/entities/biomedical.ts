// The lexicon of biomedicine: names the field uses (genes, processes, cancers, cell lines, drugs, pathways),
// with type, synonyms, hierarchy and identifiers, but no findings. The library (the knowledge base's own
// entities) holds findings; recognition uses both layers and the library wins where they share a name.
//
// Rows stay as loaded; an Entity-shaped record is made only for the ids someone asks about, and the term
// index is built on first use, so that loading the server costs little when no document is open.
import type { Entity, EntityType } from '../kb/schema';
import { bundledLexiconData, type LexiconData, type LexiconSource } from './biomedicalData';
import { latinGreekVariants, normalizeTerm } from './normalize';

/** How a term must be written in the text to count. */
export type CaseRule =
  /** any case: long names ("epidermal growth factor receptor", "gefitinib") */
  | 'any'
  /** Latin letters in capitals ("EGFR"), or mouse style with a digit ("Stat3", "Il11") */
  | 'capitals'
  /** exactly as written, case included: short aliases and symbols that are English words ("MET", "SET") */
  | 'exact';

export interface BiomedicalTerm {
  id: string;
  rule: CaseRule;
  /** The term as the source writes it (for 'exact'). */
  written: string;
  /** Lower is preferred when one key names several entries: curated > disease > process > symbol > alias. */
  rank: number;
  /** The term is a symbol that is also an English word: title case counts only before "gene", "protein"... */
  englishWord?: boolean;
  /** Only counts when followed by "cells" or "cell line" (very short cell-line names: "K1", "C6"). */
  needsCells?: boolean;
}

export interface ExternalId {
  source: 'NCBI Gene' | 'Gene Ontology' | 'Disease Ontology';
  id: string;
}

export interface LexiconRecord {
  entity: Entity;
  /** Where the record comes from (a source's name), for hovers. */
  source: LexiconSource;
  identifier?: ExternalId;
  /** Drugs: the genes they act on (entity ids in this lexicon). */
  targets?: string[];
  /** Cell lines: species. */
  species?: string;
}

const geneTypes: Record<string, EntityType> = {
  cytokine: 'cytokine', receptor: 'receptor', 'growth-factor': 'growth-factor', kinase: 'kinase',
  'transcription-factor': 'transcription-factor', enzyme: 'enzyme', protein: 'protein', rna: 'rna',
};

const maxTermWords = 8;

/** What a caller needs of a row to make its record. */
type RowRef =
  | { kind: 'gene'; index: number }
  | { kind: 'process'; index: number }
  | { kind: 'disease'; index: number }
  | { kind: 'cell-line'; index: number }
  | { kind: 'drug'; index: number }
  | { kind: 'curated'; index: number };

export class BiomedicalLexicon {
  readonly #data: LexiconData;
  readonly #rows = new Map<string, RowRef>();
  readonly #records = new Map<string, LexiconRecord>();
  #index: TermIndex | undefined;
  #maxWords = 1;
  /** Names (normalized) to ids, for resolving the curated files' references ("lung adenocarcinoma", "EGFR"). */
  #byName: Map<string, string> | undefined;
  readonly #parents = new Map<string, string[]>();

  constructor(data: LexiconData) {
    this.#data = data;
    data.genes.rows.forEach((row, index) => this.#rows.set(geneId(row[0]), { kind: 'gene', index }));
    data.processes.rows.forEach((row, index) => this.#rows.set(ontologyId(row[0]), { kind: 'process', index }));
    data.diseases.rows.forEach((row, index) => this.#rows.set(ontologyId(row[0]), { kind: 'disease', index }));
    data.cellLines.rows.forEach((row, index) => this.#rows.set(cellLineId(row[0]), { kind: 'cell-line', index }));
    data.drugs.rows.forEach((row, index) => this.#rows.set(drugId(row[0]), { kind: 'drug', index }));
    data.curated.rows.forEach((row, index) => this.#rows.set(row[0], { kind: 'curated', index }));
  }

  get size(): number {
    return this.#rows.size;
  }

  has(id: string): boolean {
    return this.#rows.has(id);
  }

  ids(): IterableIterator<string> {
    return this.#rows.keys();
  }

  /** The gene whose official symbol this is (case-insensitive), for linking library entities by HGNC symbol. */
  geneBySymbol(symbol: string): string | undefined {
    this.#ensureIndex();
    return this.#symbols.get(symbol.toUpperCase());
  }
  readonly #symbols = new Map<string, string>();

  /** The entry a name resolves to, by the same preference recognition uses (used for curated references). */
  idForName(name: string): string | undefined {
    this.#ensureIndex();
    return this.#byName!.get(normalizeTerm(name));
  }

  lookup(normalized: string): readonly BiomedicalTerm[] | undefined {
    return this.#ensureIndex().get(normalized);
  }

  get maxWords(): number {
    this.#ensureIndex();
    return this.#maxWords;
  }

  get indexSize(): number {
    return this.#ensureIndex().size;
  }

  record(id: string): LexiconRecord | undefined {
    let record = this.#records.get(id);
    if (!record) {
      const ref = this.#rows.get(id);
      if (!ref) return undefined;
      this.#ensureIndex();
      record = this.#makeRecord(id, ref);
      this.#records.set(id, record);
    }
    return record;
  }

  /** Every name of an entry (name, symbol, synonyms), for completion. */
  names(id: string): string[] {
    const entity = this.record(id)?.entity;
    return entity ? [entity.symbol, entity.name, ...entity.synonyms].filter((n): n is string => !!n) : [];
  }

  #makeRecord(id: string, ref: RowRef): LexiconRecord {
    const d = this.#data;
    const parents = this.#parents.get(id) ?? [];
    switch (ref.kind) {
      case 'gene': {
        const [entrez, symbol, name, aliases, type] = d.genes.rows[ref.index];
        const kind = type === 'rna' ? 'RNA gene' : 'protein-coding gene';
        return {
          entity: entity(id, name, geneTypes[type] ?? 'protein', aliases, parents, [], `Human ${kind} ${symbol} (NCBI Gene ${entrez}).`, symbol),
          source: d.genes.source,
          identifier: { source: 'NCBI Gene', id: String(entrez) },
        };
      }
      case 'process': {
        const [goId, name, synonyms] = d.processes.rows[ref.index];
        return {
          entity: entity(id, name, 'process', synonyms, parents, [], `Biological process in the Gene Ontology (${goId}).`),
          source: d.processes.source,
          identifier: { source: 'Gene Ontology', id: goId },
        };
      }
      case 'disease': {
        const [doid, name, synonyms] = d.diseases.rows[ref.index];
        return {
          entity: entity(id, name, 'disease', synonyms, parents, [], `A cancer in the Human Disease Ontology (${doid}).`),
          source: d.diseases.source,
          identifier: { source: 'Disease Ontology', id: doid },
        };
      }
      case 'cell-line': {
        const [name, synonyms, species, cancer, note] = d.cellLines.rows[ref.index];
        const from = cancer ? `${species} ${cancer} cell line` : `${species} cell line`;
        return {
          entity: entity(id, name, 'cell-line', synonyms, parents, [], `A ${from}${note ? `; ${note}` : ''}.`),
          source: d.cellLines.source,
          species,
        };
      }
      case 'drug': {
        const [name, synonyms, drugClass, targets] = d.drugs.rows[ref.index];
        const targetIds = targets.map((t) => this.geneBySymbol(t)).filter((t): t is string => !!t);
        const on = targets.length > 0 ? `; acts on ${targets.join(', ')}` : '';
        return {
          entity: entity(id, name, 'drug', synonyms, parents, [], `A drug: ${drugClass}${on}.`),
          source: d.drugs.source,
          targets: targetIds,
        };
      }
      case 'curated': {
        const [, name, type, synonyms, components] = d.curated.rows[ref.index];
        const parts = components.map((c) => this.idForName(c)).filter((c): c is string => !!c);
        const what = ({ pathway: 'A signalling pathway', 'protein-family': 'A protein family', 'transcription-factor': 'A transcription factor complex', process: 'A biological process', phenotype: 'A clinical or experimental outcome' } as Record<string, string>)[type] ?? 'An entity';
        return {
          entity: entity(id, name, type as EntityType, synonyms, parents, parts, `${what}${components.length > 0 ? ` running through ${components.join(', ')}` : ''}.`),
          source: d.curated.source,
        };
      }
    }
  }

  #ensureIndex(): TermIndex {
    if (this.#index) return this.#index;
    const index = new TermIndex();
    const byName = new Map<string, string>();
    const d = this.#data;
    let maxWords = 1;
    const add = (term: string, id: string, rule: CaseRule, rank: number, flags = 0): void => {
      const words = countWords(term);
      if (words > maxTermWords) return;
      const key = normalizeTerm(term);
      if (key.length < 2) return;
      index.add(key, id, rule, term, rank, flags);
      const greek = latinGreekVariants(key);
      if (greek.length > 0) index.add(greek[0], id, rule, term, rank, flags);
      const roman = romanVariant(term);
      if (roman) index.add(roman, id, rule, term, rank, flags);
      // The first entry to claim a name keeps it: the files are read in order of preference.
      if (!byName.has(key)) byName.set(key, id);
      if (words > maxWords) maxWords = words;
    };
    // Curated names first: they are the ones cancer papers write ("JAK/STAT", "NF-κB").
    for (const [id, name, , synonyms, , members] of d.curated.rows) {
      for (const term of [name, ...synonyms]) add(term, id, ruleForName(term), 0);
      for (const member of members) this.#pendingMembers.push([member, id]);
    }
    for (const [name, synonyms, , cancer] of d.cellLines.rows) {
      const id = cellLineId(name);
      for (const term of [name, ...synonyms]) add(term, id, cellLineRule(term), 0, isTiny(term) ? needsCellsFlag : 0);
      if (cancer) this.#pendingParents.push([id, cancer]);
    }
    for (const [name, synonyms] of d.drugs.rows) {
      const id = drugId(name);
      for (const term of [name, ...synonyms]) add(term, id, ruleForName(term), 0);
    }
    for (const [doid, name, synonyms, parents] of d.diseases.rows) {
      const id = ontologyId(doid);
      for (const term of [name, ...synonyms]) add(term, id, ruleForName(term), 1);
      this.#parents.set(id, parents.map(ontologyId));
    }
    for (const [goId, name, synonyms, parents] of d.processes.rows) {
      const id = ontologyId(goId);
      for (const term of [name, ...synonyms]) add(term, id, ruleForName(term), 2);
      this.#parents.set(id, parents.map(ontologyId));
    }
    const genes = d.genes.rows;
    for (let g = 0; g < genes.length; g++) {
      const [entrez, symbol, name, aliases, , word] = genes[g];
      const id = geneId(entrez);
      this.#symbols.set(symbol.toUpperCase(), id);
      add(symbol, id, word ? 'exact' : symbolRule(symbol), 3, word ? englishWordFlag : 0);
      add(name, id, 'any', 3);
      for (let a = 0; a < aliases.length; a++) add(aliases[a], id, aliasRule(aliases[a]), 4);
    }
    this.#index = index;
    this.#byName = byName;
    this.#maxWords = maxWords;
    // References between files are names; they resolve once every name is known.
    for (const [member, family] of this.#pendingMembers) {
      const id = byName.get(normalizeTerm(member));
      if (id) this.#parents.set(id, [...(this.#parents.get(id) ?? []), family]);
    }
    for (const [id, cancer] of this.#pendingParents) {
      const parent = byName.get(normalizeTerm(cancer));
      if (parent) this.#parents.set(id, [parent]);
    }
    return index;
  }
  readonly #pendingMembers: [string, string][] = [];
  readonly #pendingParents: [string, string][] = [];
}

/** Words of a term, counted without building an array (the index counts ~200k terms). */
function countWords(term: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
    if (wordChar && !inWord) words++;
    inWord = wordChar;
  }
  return words;
}

function entity(id: string, name: string, type: EntityType, synonyms: string[], parents: string[], components: string[], description: string, symbol?: string): Entity {
  return { id, name, ...(symbol ? { symbol } : {}), type, synonyms, parents, components, description };
}

export function geneId(entrez: number): string {
  return `NCBIGENE_${entrez}`;
}

function ontologyId(id: string): string {
  return id.replace(':', '_');
}

function slug(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');
}

function cellLineId(name: string): string {
  return `CELL_${slug(name)}`;
}

function drugId(name: string): string {
  return `DRUG_${slug(name)}`;
}

function alnum(term: string): string {
  return term.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Short words in capitals ("JAK", "NPC", "HCC") only count in capitals; longer names in any case. */
function ruleForName(term: string): CaseRule {
  const letters = alnum(term);
  if (letters.length <= 5 && /[A-Z]/.test(letters) && letters === letters.toUpperCase()) return 'capitals';
  if (letters.length <= 5 && /[A-Z]/.test(letters.slice(1))) return 'exact';
  return 'any';
}

function symbolRule(symbol: string): CaseRule {
  return alnum(symbol).length <= 6 ? 'capitals' : 'any';
}

/** Aliases are where gene normalizers go wrong: short ones must be written exactly as the source has them. */
function aliasRule(alias: string): CaseRule {
  return alnum(alias).length <= 6 ? 'exact' : /[A-Z]/.test(alias) && alias === alias.toUpperCase() ? 'capitals' : 'any';
}

/** Cell-line names without a digit ("HeLa", "Jurkat", "AGS") are ordinary words in other cases. */
function cellLineRule(term: string): CaseRule {
  return /\d/.test(term) && !isTiny(term) ? 'any' : 'exact';
}

function isTiny(term: string): boolean {
  return alnum(term).length <= 3;
}

/** IGF1R is also written IGF-IR, IGF2 as IGF-II: the Roman form of a numbered symbol. */
function romanVariant(term: string): string | undefined {
  if (term.length > 8 || !/[1-4]/.test(term)) return undefined;
  const match = /^([A-Za-z]{3,})[-\s]?([1-4])([A-Za-z]{0,2})$/.exec(term);
  if (!match) return undefined;
  const roman = ['', 'i', 'ii', 'iii', 'iv'][Number(match[2])];
  return normalizeTerm(match[1]) + roman + match[3].toLowerCase();
}

const englishWordFlag = 1;
const needsCellsFlag = 2;
const rules: CaseRule[] = ['any', 'capitals', 'exact'];

/**
 * Keys to terms, stored flat: one Map from key to the key's first term, and parallel arrays for the terms
 * (a term's next term under the same key, its id, rule, rank, flags). Building ~200k small objects and
 * arrays took most of the lexicon's load time; entries are made only for the keys recognition looks up.
 */
class TermIndex {
  readonly #first = new Map<string, number>();
  #next = new Int32Array(1 << 18);
  #meta = new Uint8Array(1 << 18);
  readonly #ids: string[] = [];
  readonly #written: string[] = [];
  readonly #cache = new Map<string, readonly BiomedicalTerm[]>();

  get size(): number {
    return this.#first.size;
  }

  add(key: string, id: string, rule: CaseRule, written: string, rank: number, flags: number): void {
    const n = this.#ids.length;
    if (n === this.#next.length) {
      const next = new Int32Array(n * 2);
      next.set(this.#next);
      this.#next = next;
      const meta = new Uint8Array(n * 2);
      meta.set(this.#meta);
      this.#meta = meta;
    }
    this.#ids.push(id);
    this.#written.push(written);
    this.#meta[n] = rules.indexOf(rule) | (rank << 2) | (flags << 5);
    const head = this.#first.get(key);
    if (head === undefined) {
      this.#first.set(key, n);
      this.#next[n] = -1;
      return;
    }
    // Keep the chain in order of rank (files are read in rank order, so this is nearly always an append).
    let at = head;
    while (this.#next[at] !== -1) at = this.#next[at];
    this.#next[n] = -1;
    this.#next[at] = n;
  }

  get(key: string): readonly BiomedicalTerm[] | undefined {
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const head = this.#first.get(key);
    if (head === undefined) return undefined;
    const terms: BiomedicalTerm[] = [];
    for (let at = head; at !== -1; at = this.#next[at]) {
      const meta = this.#meta[at];
      const id = this.#ids[at];
      const rule = rules[meta & 3];
      const written = this.#written[at];
      if (terms.some((t) => t.id === id && t.rule === rule && t.written === written)) continue;
      const term: BiomedicalTerm = { id, rule, written, rank: (meta >> 2) & 7 };
      if ((meta >> 5) & englishWordFlag) term.englishWord = true;
      if ((meta >> 5) & needsCellsFlag) term.needsCells = true;
      terms.push(term);
    }
    terms.sort((a, b) => a.rank - b.rank);
    this.#cache.set(key, terms);
    return terms;
  }
}

let bundled: BiomedicalLexicon | undefined;

/** The lexicon shipped with ClaimLens (data/lexicon/), loaded once per process. */
export function bundledLexicon(): BiomedicalLexicon {
  bundled ??= new BiomedicalLexicon(bundledLexiconData);
  return bundled;
}
