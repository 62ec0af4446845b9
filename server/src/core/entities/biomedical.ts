// The lexicon of biomedicine: names the field uses (genes, processes, cancers, cell lines, drugs, pathways,
// cell types),
// with type, synonyms, hierarchy and identifiers, but no findings. The library (the knowledge base's own
// entities) holds findings; recognition uses both layers and the library wins where they share a name.
//
// An Entity-shaped record is made only for the ids someone asks about. The term index is built from the rows
// (compactLexicon) into typed arrays and packed strings; the bundle carries it built, with each row as JSON
// parsed when its record is made, so that start-up indexes and parses nothing (issue 10).
import { cancerWording, organPhrasings, qualifiedTumourWordings, tumourWordings } from './organPhrasings';
import type { Entity, EntityType } from '../kb/schema';
import { bundledLexiconData, type CellLineRow, type CellTypeRow, type CuratedRow, type DrugRow, type GeneNamesRow, type GeneRow, type LexiconData, type LexiconSource, type OntologyRow } from './biomedicalData';
import { prebuiltLexicon } from './lexiconPrebuilt';
import { latinGreekVariants, normalizeTerm } from './normalize';
import { PrefixFilter } from './prefixFilter';
import { type Chars, PackedStrings, PackedStringSet } from './packed';

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
  /** Lower is preferred when one key names several entries: curated > disease > process > symbol > alias > cell type > HGNC name. */
  rank: number;
  /** The term is a symbol that is also an English word: title case counts only before "gene", "protein"... */
  englishWord?: boolean;
  /** Only counts when followed by "cells" or "cell line" (very short cell-line names: "K1", "C6"). */
  needsCells?: boolean;
  /**
   * An HGNC name, read only as its words are written: a one-word name not across a space ("a drop in" is no
   * "adropin"), and one that ends in a number ("breast cancer 1") not before a unit ("1 year later").
   */
  asWritten?: boolean;
}

export interface ExternalId {
  source: 'NCBI Gene' | 'Gene Ontology' | 'Disease Ontology' | 'Cell Ontology';
  id: string;
}

export interface LexiconRecord {
  entity: Entity;
  /** Where the record comes from (a source's name), for hovers. */
  source: LexiconSource;
  /** Where some of its names come from, when another source than `source` added them (HGNC for genes). */
  namesSource?: LexiconSource;
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

/** The tables a row can come from, as stored in a compact lexicon (`rowKinds`). */
const rowKinds = ['gene', 'process', 'disease', 'cell-line', 'drug', 'curated', 'cell-type'] as const;
type RowKind = (typeof rowKinds)[number];
/** An id that terms name but no row holds. */
const noRow = 255;

/** A table's rows: the array as loaded, or rows kept as JSON lines and read one at a time (the bundle). */
export interface RowList<Row> {
  readonly length: number;
  at(index: number): Row | undefined;
}

/** Rows kept as their JSON text, one per string: only the rows someone asks about are parsed. */
export class JsonRows<Row> implements RowList<Row> {
  constructor(readonly lines: PackedStrings) {}

  get length(): number {
    return this.lines.length;
  }

  at(index: number): Row | undefined {
    return index >= 0 && index < this.lines.length ? (JSON.parse(this.lines.at(index)) as Row) : undefined;
  }
}

type TableName = keyof LexiconData;
const tableNames: readonly TableName[] = ['genes', 'processes', 'diseases', 'cellLines', 'drugs', 'curated', 'cellTypes', 'geneNames'];
type RowOf<T extends TableName> = LexiconData[T]['rows'][number];
export type CompactTables = { [T in TableName]: { source: LexiconSource; rows: RowList<RowOf<T>> } };

/**
 * The lexicon with its term index built: what recognition looks up, in typed arrays and packed strings.
 * `compactLexicon` builds it from the rows; esbuild.mjs builds it once at bundle time, so that the server
 * reads it as it is instead of indexing ~120k terms at start-up (serialize/deserialize below).
 */
export interface CompactLexicon {
  tables: CompactTables;
  /** Every entry's id (and any id a term names), with the table and row that hold it. */
  ids: PackedStringSet;
  rowKinds: Uint8Array;
  rowIndices: Int32Array;
  /** Normalized terms; key k's terms are termStarts[k] .. termStarts[k + 1], preferred first. */
  keys: PackedStringSet;
  termStarts: Int32Array;
  /** Per term: its entry (a position in `ids`), its rule, rank and flags (see `meta`), and how the source writes it. */
  termIds: Int32Array;
  termMeta: Uint8Array;
  written: PackedStrings;
  /** Official gene symbols in capitals and their entries (positions in `ids`). */
  symbols: PackedStringSet;
  symbolIds: Int32Array;
  /**
   * Each entry's parents, as JSON `[parent, …]` at its position in `ids` ('' for none), read when its record is
   * made: one JSON text of every entry's parents, parsed whole at the first record, was ~5-12 ms of CPU before the
   * first diagnostic at start-up, when linking the library to the lexicon makes a few hundred records (issue 10).
   */
  parents: PackedStrings;
  maxWords: number;
  /**
   * The bits of `keys`' PrefixFilter when it was built before (lexicon.bin holds them: building it on the first
   * sentence cost ~60 ms of the first diagnostic at start-up, issue 10); otherwise it is built on first use.
   */
  keyPrefixes?: Int32Array;
}

export class BiomedicalLexicon {
  readonly #lexicon: CompactLexicon;
  readonly #records = new Map<string, LexiconRecord>();
  /** Terms of the keys recognition has looked up (text repeats its names). */
  readonly #terms = new Map<string, readonly BiomedicalTerm[]>();
  #size = -1;
  #prefixes: PrefixFilter | undefined;

  /** From the rows (the index is built here) or from a compact lexicon built before (the bundle's). */
  constructor(source: LexiconData | CompactLexicon) {
    this.#lexicon = 'keys' in source ? source : compactLexicon(source);
  }

  get size(): number {
    if (this.#size < 0) this.#size = this.#lexicon.rowKinds.reduce((n, kind) => (kind === noRow ? n : n + 1), 0);
    return this.#size;
  }

  has(id: string): boolean {
    const at = this.#lexicon.ids.indexOf(id);
    return at >= 0 && this.#lexicon.rowKinds[at] !== noRow;
  }

  *ids(): IterableIterator<string> {
    const { ids, rowKinds: kinds } = this.#lexicon;
    for (let i = 0; i < ids.size; i++) if (kinds[i] !== noRow) yield ids.strings.at(i);
  }

  /** The gene whose official symbol this is (case-insensitive), for linking library entities by HGNC symbol. */
  geneBySymbol(symbol: string): string | undefined {
    const { symbols, symbolIds, ids } = this.#lexicon;
    const at = symbols.indexOf(symbol.toUpperCase());
    return at < 0 ? undefined : ids.strings.at(symbolIds[at]);
  }

  /** The entry a name resolves to, by the same preference recognition uses (used for curated references). */
  idForName(name: string): string | undefined {
    return this.lookup(normalizeTerm(name))?.[0]?.id;
  }

  lookup(normalized: string): readonly BiomedicalTerm[] | undefined {
    const cached = this.#terms.get(normalized);
    if (cached) return cached;
    const c = this.#lexicon;
    const key = c.keys.indexOf(normalized);
    if (key < 0) return undefined;
    const terms: BiomedicalTerm[] = [];
    for (let t = c.termStarts[key]; t < c.termStarts[key + 1]; t++) terms.push(termAt(c, t));
    this.#terms.set(normalized, terms);
    return terms;
  }

  get maxWords(): number {
    return this.#lexicon.maxWords;
  }

  /** False when no normalized key starts with `prefix` (see PrefixFilter); the filter is built on first use unless it was built before. */
  mayStartKey(prefix: string): boolean {
    this.#prefixes ??= this.#lexicon.keyPrefixes ? new PrefixFilter(this.#lexicon.keyPrefixes) : keyPrefixFilter(this.#lexicon.keys);
    return this.#prefixes.mayStart(prefix);
  }

  get indexSize(): number {
    return this.#lexicon.keys.size;
  }

  record(id: string): LexiconRecord | undefined {
    let record = this.#records.get(id);
    if (!record) {
      const c = this.#lexicon;
      const at = c.ids.indexOf(id);
      if (at < 0 || c.rowKinds[at] === noRow) return undefined;
      record = this.#makeRecord(id, rowKinds[c.rowKinds[at]], c.rowIndices[at], this.#parentsAt(at));
      this.#records.set(id, record);
    }
    return record;
  }

  /**
   * Entries with a name that starts with `prefix` (any case), for entity-name completion: symbols and names
   * first, the curated files before the generated ones. Scans the rows, so no record is built for a miss.
   */
  complete(prefix: string, limit: number): { id: string; label: string }[] {
    const names = this.#completionNames();
    const lower = prefix.toLowerCase();
    // Binary search for the first name at or after the prefix, then walk while names start with it.
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid].lower < lower) lo = mid + 1;
      else hi = mid;
    }
    const hits: { id: string; label: string; order: number }[] = [];
    const seen = new Set<string>();
    for (let i = lo; i < names.length && names[i].lower.startsWith(lower) && hits.length < limit * 4; i++) {
      const { id, label, order } = names[i];
      if (!seen.has(id)) {
        seen.add(id);
        hits.push({ id, label, order });
      }
    }
    return hits.sort((a, b) => a.order - b.order || a.label.length - b.label.length).slice(0, limit).map(({ id, label }) => ({ id, label }));
  }

  /** Every name in lower case with its entry, sorted, built on the first completion request. */
  #completionNames(): { lower: string; label: string; id: string; order: number }[] {
    if (this.#sortedNames) return this.#sortedNames;
    const out: { lower: string; label: string; id: string; order: number }[] = [];
    const push = (id: string, order: number, names: readonly string[]): void => {
      for (const label of names) if (label) out.push({ lower: label.toLowerCase(), label, id, order });
    };
    const d = this.#lexicon.tables;
    for (const [id, name, , synonyms] of rowsOf(d.curated.rows)) push(id, 0, [name, ...synonyms]);
    for (const [name, synonyms] of rowsOf(d.drugs.rows)) push(drugId(name), 1, [name, ...synonyms]);
    for (const [name, synonyms] of rowsOf(d.cellLines.rows)) push(cellLineId(name), 1, [name, ...synonyms]);
    for (const [entrez, symbol, name, aliases] of rowsOf(d.genes.rows)) {
      push(geneId(entrez), 2, [symbol]);
      push(geneId(entrez), 4, [name, ...aliases]);
    }
    for (const [id, name, synonyms] of rowsOf(d.diseases.rows)) push(ontologyId(id), 3, [name, ...synonyms]);
    for (const [id, name, synonyms] of rowsOf(d.processes.rows)) push(ontologyId(id), 3, [name, ...synonyms]);
    for (const [id, name, , synonyms] of rowsOf(d.cellTypes.rows)) push(ontologyId(id), 3, [name, ...synonyms]);
    out.sort((a, b) => (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : a.order - b.order));
    this.#sortedNames = out;
    return out;
  }
  #sortedNames: { lower: string; label: string; id: string; order: number }[] | undefined;

  /** Every name of an entry (name, symbol, synonyms), for completion. */
  names(id: string): string[] {
    const entity = this.record(id)?.entity;
    return entity ? [entity.symbol, entity.name, ...entity.synonyms].filter((n): n is string => !!n) : [];
  }

  /** The parents of the entry at `at` in `ids`. */
  #parentsAt(at: number): string[] {
    // (Most entries have none: their empty strings are not made.)
    const parents = this.#lexicon.parents;
    return parents.lengthAt(at) === 0 ? [] : (JSON.parse(parents.at(at)) as string[]);
  }

  #makeRecord(id: string, kind: RowKind, index: number, parents: string[]): LexiconRecord {
    const d = this.#lexicon.tables;
    switch (kind) {
      case 'gene': {
        const [entrez, symbol, name, aliases, type] = d.genes.rows.at(index)!;
        const kind = type === 'rna' ? 'RNA gene' : 'protein-coding gene';
        const more = geneNamesOf(d.geneNames.rows, entrez);
        return {
          entity: entity(id, name || symbol, geneTypes[type] ?? 'protein', [...aliases, ...more], parents, [], `Human ${kind} ${symbol} (NCBI Gene ${entrez}).`, symbol),
          source: d.genes.source,
          identifier: { source: 'NCBI Gene', id: String(entrez) },
          ...(more.length > 0 ? { namesSource: d.geneNames.source } : {}),
        };
      }
      case 'process': {
        const [goId, name, synonyms] = d.processes.rows.at(index)!;
        return {
          entity: entity(id, name, 'process', synonyms, parents, [], `Biological process in the Gene Ontology (${goId}).`),
          source: d.processes.source,
          identifier: { source: 'Gene Ontology', id: goId },
        };
      }
      case 'disease': {
        const [doid, name, synonyms] = d.diseases.rows.at(index)!;
        return {
          entity: entity(id, name, 'disease', synonyms, parents, [], `A cancer in the Human Disease Ontology (${doid}).`),
          source: d.diseases.source,
          identifier: { source: 'Disease Ontology', id: doid },
        };
      }
      case 'cell-line': {
        const [name, synonyms, species, cancer, note] = d.cellLines.rows.at(index)!;
        const from = cancer ? `${species} ${cancer} cell line` : `${species} cell line`;
        return {
          entity: entity(id, name, 'cell-line', synonyms, parents, [], `A ${from}${note ? `; ${note}` : ''}.`),
          source: d.cellLines.source,
          species,
        };
      }
      case 'drug': {
        const [name, synonyms, drugClass, targets] = d.drugs.rows.at(index)!;
        const targetIds = targets.map((t) => this.geneBySymbol(t)).filter((t): t is string => !!t);
        const on = targets.length > 0 ? `; acts on ${targets.join(', ')}` : '';
        return {
          entity: entity(id, name, 'drug', synonyms, parents, [], `A drug: ${drugClass}${on}.`),
          source: d.drugs.source,
          targets: targetIds,
        };
      }
      case 'curated': {
        const [, name, type, synonyms, components] = d.curated.rows.at(index)!;
        const parts = components.map((c) => this.idForName(c)).filter((c): c is string => !!c);
        const what = ({ pathway: 'A signalling pathway', 'protein-family': 'A protein family', 'transcription-factor': 'A transcription factor complex', process: 'A biological process', phenotype: 'A clinical or experimental outcome' } as Record<string, string>)[type] ?? 'An entity';
        return {
          entity: entity(id, name, type as EntityType, synonyms, parents, parts, `${what}${components.length > 0 ? ` running through ${components.join(', ')}` : ''}.`),
          source: d.curated.source,
        };
      }
      case 'cell-type': {
        const [clId, name, , synonyms] = d.cellTypes.rows.at(index)!;
        const identifier = clId.replace('_', ':');
        return {
          entity: entity(id, name, 'cell-type', synonyms, parents, [], `A cell type in the Cell Ontology (${identifier}).`),
          source: d.cellTypes.source,
          identifier: { source: 'Cell Ontology', id: identifier },
        };
      }
    }
  }
}

/** The HGNC names of a gene: a binary search of the rows, sorted by entrez (only the rows it visits are parsed). */
function geneNamesOf(rows: RowList<GeneNamesRow>, entrez: number): string[] {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [at, names] = rows.at(mid)!;
    if (at === entrez) return names;
    if (at < entrez) lo = mid + 1;
    else hi = mid - 1;
  }
  return [];
}

function* rowsOf<Row>(rows: RowList<Row>): IterableIterator<Row> {
  for (let i = 0; i < rows.length; i++) yield rows.at(i)!;
}

function termAt(c: CompactLexicon, t: number): BiomedicalTerm {
  const meta = c.termMeta[t];
  const term: BiomedicalTerm = { id: c.ids.strings.at(c.termIds[t]), rule: rules[meta & 3], written: c.written.at(t), rank: (meta >> 2) & 7 };
  if ((meta >> 5) & englishWordFlag) term.englishWord = true;
  if ((meta >> 5) & needsCellsFlag) term.needsCells = true;
  if ((meta >> 5) & asWrittenFlag) term.asWritten = true;
  return term;
}

/**
 * Builds the term index from the rows: every name, symbol and synonym under its normalized key (with its Greek
 * and Roman variants), each key's terms deduplicated and sorted by preference; then the parents that name
 * other entries (family members, a cell line's cancer), resolved by that same preference.
 */
export function compactLexicon(data: LexiconData): CompactLexicon {
  // Entries by id; a later table's row wins an id two tables share, as it always has.
  const rowOf = new Map<string, [number, number]>();
  const tableIds: [TableName, (row: never) => string][] = [
    ['genes', (row: GeneRow) => geneId(row[0])], ['processes', (row: OntologyRow) => ontologyId(row[0])],
    ['diseases', (row: OntologyRow) => ontologyId(row[0])], ['cellLines', (row: CellLineRow) => cellLineId(row[0])],
    ['drugs', (row: DrugRow) => drugId(row[0])], ['curated', (row: CuratedRow) => row[0]],
    ['cellTypes', (row: CellTypeRow) => ontologyId(row[0])],
  ];
  tableIds.forEach(([table, idOf], kind) => (data[table].rows as never[]).forEach((row, index) => rowOf.set(idOf(row), [kind, index])));

  const byKey = new Map<string, { id: string; rule: CaseRule; written: string; meta: number }[]>();
  const parents = new Map<string, string[]>();
  const symbols = new Map<string, string>();
  const pendingMembers: [string, string][] = [];
  const pendingParents: [string, string][] = [];
  let maxWords = 1;
  const put = (key: string, id: string, rule: CaseRule, written: string, rank: number, flags: number): void => {
    const terms = byKey.get(key);
    const term = { id, rule, written, meta: ruleCodes[rule] | (rank << 2) | (flags << 5) };
    if (!terms) byKey.set(key, [term]);
    else if (!terms.some((t) => t.id === id && t.rule === rule && t.written === written)) terms.push(term);
  };
  const add = (term: string, id: string, rule: CaseRule | ((term: string, key: string) => CaseRule), rank: number, flags = 0): void => {
    const words = countWords(term);
    if (words > maxTermWords) return;
    const key = normalizeTerm(term);
    if (key.length < 2) return;
    if (typeof rule === 'function') rule = rule(term, key);
    put(key, id, rule, term, rank, flags);
    const greek = latinGreekVariants(key);
    if (greek.length > 0) put(greek[0], id, rule, term, rank, flags);
    const roman = romanVariant(term);
    if (roman) put(roman, id, rule, term, rank, flags);
    if (words > maxWords) maxWords = words;
  };
  // Curated names first: they are the ones cancer papers write ("JAK/STAT", "NF-κB").
  for (const [id, name, type, synonyms, , members] of data.curated.rows) {
    for (const term of [name, ...synonyms]) add(term, id, ruleForName, 0);
    // "The JAK/STAT cascade": a pathway's bare name with "cascade" is the pathway, not a narrower process an
    // ontology files under that wording (GO's "JAK-STAT cascade", receptor signalling via JAK-STAT).
    if (type === 'pathway') for (const term of synonyms) if (bareSignallingName(term)) add(`${term} cascade`, id, ruleForName, 0);
    for (const member of members) pendingMembers.push([member, id]);
  }
  for (const [name, synonyms, , cancer, , guarded] of data.cellLines.rows) {
    const id = cellLineId(name);
    // A name too short, or one the generator found to be a word or another entry's name ("SAS"), is read only
    // before "cells" / "cell line".
    for (const term of [name, ...synonyms]) add(term, id, cellLineRule(term), 0, isTiny(term) || guarded?.includes(term) ? needsCellsFlag : 0);
    if (cancer) pendingParents.push([id, cancer]);
  }
  for (const [name, synonyms] of data.drugs.rows) {
    const id = drugId(name);
    for (const term of [name, ...synonyms]) add(term, id, ruleForName, 0);
  }
  // Every disease's own name before any synonym: where the ontology lists one disease's name as another's synonym
  // ("squamous-cell carcinoma" under tongue squamous cell carcinoma, "T-cell leukemia" under T-ALL), the term names
  // the disease it is the name of.
  for (const [doid, name, , rowParents] of data.diseases.rows) {
    const id = ontologyId(doid);
    add(name, id, ruleForName, 1);
    parents.set(id, rowParents.map(ontologyId));
  }
  for (const [doid, , synonyms] of data.diseases.rows) for (const term of synonyms) add(term, ontologyId(doid), ruleForName, 1);
  // The organ's other wordings after all the ontology's own names, so that where a wording is another disease's
  // name that disease is found first.
  for (const [doid, name, synonyms] of data.diseases.rows) {
    for (const term of [name, ...synonyms]) for (const phrasing of organPhrasings(term)) add(phrasing, ontologyId(doid), ruleForName, 1);
  }
  // "Follicular thyroid cancer" for the ontology's "follicular thyroid carcinoma", under keys no name holds yet.
  const cancerWordings = new Map<string, [string, string]>();
  for (const [doid, name, synonyms] of data.diseases.rows) {
    for (const term of [name, ...synonyms]) {
      const wording = cancerWording(term);
      if (!wording) continue;
      const key = normalizeTerm(wording);
      if (byKey.has(key)) continue;
      // Two diseases whose carcinomas give one cancer wording: neither takes it.
      const seen = cancerWordings.get(key);
      cancerWordings.set(key, seen && seen[1] !== ontologyId(doid) ? ['', ''] : [wording, ontologyId(doid)]);
    }
  }
  for (const [wording, id] of cancerWordings.values()) if (id) add(wording, id, ruleForName, 1);
  // "Gastric tumours" and "tumours of the stomach" for the ontology's "stomach cancer", on the same terms.
  const tumourNames = new Map<string, [string, string]>();
  for (const [doid, name, synonyms] of data.diseases.rows) {
    for (const term of [name, ...synonyms]) {
      for (const wording of tumourWordings(term)) {
        const key = normalizeTerm(wording);
        if (byKey.has(key)) continue;
        const seen = tumourNames.get(key);
        tumourNames.set(key, seen && seen[1] !== ontologyId(doid) ? ['', ''] : [wording, ontologyId(doid)]);
      }
    }
  }
  for (const [wording, id] of tumourNames.values()) if (id) add(wording, id, ruleForName, 1);
  // "Hepatocellular tumours", "squamous cell carcinoma of the tongue" for the ontology's qualified carcinomas and
  // cancers, after the organs' own tumour wordings, on the same terms.
  const qualifiedNames = new Map<string, [string, string]>();
  for (const [doid, name, synonyms] of data.diseases.rows) {
    for (const term of [name, ...synonyms]) {
      for (const wording of qualifiedTumourWordings(term)) {
        const key = normalizeTerm(wording);
        if (byKey.has(key)) continue;
        const seen = qualifiedNames.get(key);
        qualifiedNames.set(key, seen && seen[1] !== ontologyId(doid) ? ['', ''] : [wording, ontologyId(doid)]);
      }
    }
  }
  for (const [wording, id] of qualifiedNames.values()) if (id) add(wording, id, ruleForName, 1);
  for (const [goId, name, synonyms, rowParents] of data.processes.rows) {
    const id = ontologyId(goId);
    for (const term of [name, ...synonyms]) add(term, id, ruleForName, 2);
    parents.set(id, rowParents.map(ontologyId));
  }
  for (const [entrez, symbol, name, aliases, , word] of data.genes.rows) {
    const id = geneId(entrez);
    symbols.set(symbol.toUpperCase(), id);
    add(symbol, id, word ? 'exact' : symbolRule, 3, word ? englishWordFlag : 0);
    if (name) add(name, id, 'any', 3);
    for (const alias of aliases) add(alias, id, aliasRule, 4);
  }
  // Cell types last, below every other table (rank 5): where a cell type's name is already another entry's term,
  // that entry keeps it; the Cell Ontology only adds names ("macrophage", "hepatocyte", "regulatory T cell").
  for (const [clId, name, , synonyms, , , rowParents] of data.cellTypes.rows) {
    const id = ontologyId(clId);
    for (const term of [name, ...synonyms]) add(term, id, ruleForName, 5);
    if (rowParents && rowParents.length > 0) parents.set(id, rowParents.map(ontologyId));
  }
  // HGNC's names of genes last (rank 6), and only under keys no other row holds: they add names NCBI lacks
  // ("adenomatous polyposis coli", "breast cancer 1", "programmed cell death 1 ligand 1") and take none.
  const fresh = new Map<string, string>();
  for (const [entrez, names] of data.geneNames.rows) {
    const id = geneId(entrez);
    if (!rowOf.has(id)) continue;
    const free = (k: string | undefined): boolean => !k || !byKey.has(k) || fresh.get(k) === id;
    for (const name of names) {
      const key = normalizeTerm(name);
      const variants = [key, latinGreekVariants(key)[0], romanVariant(name)];
      if (!variants.every(free)) continue;
      add(name, id, aliasRule, 6, asWrittenFlag);
      for (const k of variants) if (k) fresh.set(k, id);
    }
  }
  // Preferred first (stable: reading order within a rank).
  for (const terms of byKey.values()) terms.sort((a, b) => ((a.meta >> 2) & 7) - ((b.meta >> 2) & 7));
  // References between files are names; they resolve once every name is known, by the index's preference.
  const idForName = (name: string): string | undefined => byKey.get(normalizeTerm(name))?.[0]?.id;
  for (const [member, family] of pendingMembers) {
    const id = idForName(member);
    if (id) parents.set(id, [...(parents.get(id) ?? []), family]);
  }
  for (const [id, cancer] of pendingParents) {
    const parent = idForName(cancer);
    if (parent) parents.set(id, [parent]);
  }

  const idList = [...rowOf.keys()];
  const idAt = new Map(idList.map((id, i) => [id, i]));
  const idIndex = (id: string): number => {
    let at = idAt.get(id);
    if (at === undefined) {
      at = idList.push(id) - 1;
      idAt.set(id, at);
    }
    return at;
  };
  const keyList = [...byKey.keys()];
  const termStarts = new Int32Array(keyList.length + 1);
  const termIds: number[] = [];
  const termMeta: number[] = [];
  const written: string[] = [];
  keyList.forEach((key, k) => {
    for (const term of byKey.get(key)!) {
      termIds.push(idIndex(term.id));
      termMeta.push(term.meta);
      written.push(term.written);
    }
    termStarts[k + 1] = termIds.length;
  });
  const symbolList = [...symbols.keys()];
  const symbolIds = Int32Array.from(symbolList, (s) => idIndex(symbols.get(s)!));
  const kinds = new Uint8Array(idList.length).fill(noRow);
  const indices = new Int32Array(idList.length);
  idList.forEach((id, i) => {
    const row = rowOf.get(id);
    if (row) [kinds[i], indices[i]] = row;
  });
  return {
    tables: data as unknown as CompactTables,
    ids: PackedStringSet.build(idList),
    rowKinds: kinds,
    rowIndices: indices,
    keys: PackedStringSet.build(keyList),
    termStarts,
    termIds: Int32Array.from(termIds),
    termMeta: Uint8Array.from(termMeta),
    written: PackedStrings.pack(written),
    symbols: PackedStringSet.build(symbolList),
    symbolIds,
    // (An id outside the list has no record, so no parents to read.)
    parents: PackedStrings.pack(idList.map((id) => (parents.get(id)?.length ? JSON.stringify(parents.get(id)) : ''))),
    maxWords,
  };
}

/**
 * A compact lexicon as texts, typed arrays and numbers: what lexicon.bin holds (node/lexiconFile.ts). Each
 * packed text comes with its string ends (`<name>.ends`) and a set with its hash table (`<name>.slots`), so
 * that reading it back builds nothing; a text is a string, or its code units as the file holds them.
 */
export interface SerializedLexicon {
  texts: Record<string, Chars>;
  ints: Record<string, Int32Array>;
  bytes: Record<string, Uint8Array>;
  sources: Record<TableName, LexiconSource>;
  maxWords: number;
}

/** A filter over every prefix of the keys, read in place from their packed characters. */
function keyPrefixFilter(keys: PackedStringSet): PrefixFilter {
  const chars = keys.strings.chars;
  const filter = new PrefixFilter(chars.length);
  filter.addLines(chars, 0, chars.length);
  return filter;
}

export function serializeLexicon(c: CompactLexicon): SerializedLexicon {
  const texts: Record<string, Chars> = {};
  const ints: Record<string, Int32Array> = { termIds: c.termIds, rowIndices: c.rowIndices, symbolIds: c.symbolIds, 'keys.prefixes': c.keyPrefixes ?? keyPrefixFilter(c.keys).bits };
  const packed = (name: string, strings: PackedStrings): void => {
    texts[name] = strings.chars;
    ints[`${name}.ends`] = strings.ends;
  };
  const set = (name: string, strings: PackedStringSet): void => {
    packed(name, strings.strings);
    ints[`${name}.slots`] = strings.slots;
  };
  packed('written', c.written);
  packed('parents', c.parents);
  set('ids', c.ids);
  set('keys', c.keys);
  set('symbols', c.symbols);
  const counts = new Uint8Array(c.keys.size);
  for (let k = 0; k < counts.length; k++) {
    const count = c.termStarts[k + 1] - c.termStarts[k];
    if (count > 255) throw new Error(`lexicon: more than 255 terms under one key (${c.keys.strings.at(k)})`);
    counts[k] = count;
  }
  const sources = {} as Record<TableName, LexiconSource>;
  for (const table of tableNames) {
    const rows = c.tables[table].rows as RowList<unknown>;
    // Non-ASCII characters as JSON escapes: the rows are then one byte per character in the file and memory.
    const json = (row: unknown): string => JSON.stringify(row).replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    packed(`rows.${table}`, rows instanceof JsonRows ? rows.lines : PackedStrings.pack([...rowsOf(rows)].map(json)));
    sources[table] = c.tables[table].source;
  }
  return { texts, ints, bytes: { rowKinds: c.rowKinds, termMeta: c.termMeta, termCounts: counts }, sources, maxWords: c.maxWords };
}

export function deserializeLexicon(s: SerializedLexicon): CompactLexicon {
  // A file an older build wrote (the parents as one JSON text) would read as entries without parents.
  if (!s.ints['parents.ends']) throw new Error('lexicon index: written by an older build (no parents by entry); rebuild it (node esbuild.mjs)');
  const packed = (name: string): PackedStrings => new PackedStrings(s.texts[name], s.ints[`${name}.ends`]);
  const set = (name: string): PackedStringSet => new PackedStringSet(packed(name), s.ints[`${name}.slots`]);
  const tables = {} as Record<TableName, { source: LexiconSource; rows: RowList<unknown> }>;
  for (const table of tableNames) tables[table] = { source: s.sources[table], rows: new JsonRows(packed(`rows.${table}`)) };
  const counts = s.bytes.termCounts;
  const termStarts = new Int32Array(counts.length + 1);
  for (let k = 0; k < counts.length; k++) termStarts[k + 1] = termStarts[k] + counts[k];
  return {
    tables: tables as CompactTables,
    ids: set('ids'),
    rowKinds: s.bytes.rowKinds,
    rowIndices: s.ints.rowIndices,
    keys: set('keys'),
    termStarts,
    termIds: s.ints.termIds,
    termMeta: s.bytes.termMeta,
    written: packed('written'),
    symbols: set('symbols'),
    symbolIds: s.ints.symbolIds,
    parents: packed('parents'),
    maxWords: s.maxWords,
    ...(s.ints['keys.prefixes'] ? { keyPrefixes: s.ints['keys.prefixes'] } : {}),
  };
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

/** A pathway written as its steps alone, one word joined by slashes or hyphens ("JAK/STAT", "MAPK/ERK", "Hippo-YAP"). */
function bareSignallingName(term: string): boolean {
  return !/\s/.test(term) && /[/-]/.test(term);
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
function ruleForName(term: string, key: string): CaseRule {
  if (key.length > 5) return 'any';
  const letters = alnum(term);
  if (letters.length <= 5 && /[A-Z]/.test(letters) && letters === letters.toUpperCase()) return 'capitals';
  if (letters.length <= 5 && /[A-Z]/.test(letters.slice(1))) return 'exact';
  return 'any';
}

/** `key` is the normalized term: its length is the term's count of letters and digits (Greek spelled out). */
function symbolRule(_symbol: string, key: string): CaseRule {
  return key.length <= 6 ? 'capitals' : 'any';
}

/** Aliases are where gene normalizers go wrong: short ones must be written exactly as the source has them. */
function aliasRule(alias: string, key: string): CaseRule {
  return key.length <= 6 ? 'exact' : /[A-Z]/.test(alias) && alias === alias.toUpperCase() ? 'capitals' : 'any';
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
const asWrittenFlag = 4;
const rules: CaseRule[] = ['any', 'capitals', 'exact'];
const ruleCodes: Record<CaseRule, number> = { any: 0, capitals: 1, exact: 2 };

let bundled: BiomedicalLexicon | undefined;

/**
 * The lexicon shipped with ClaimLens (data/lexicon/), loaded once per process: in the bundle from the index
 * esbuild.mjs built (nothing to index at start-up), from sources by indexing the rows.
 */
export function bundledLexicon(): BiomedicalLexicon {
  bundled ??= new BiomedicalLexicon(prebuiltLexicon ? deserializeLexicon(prebuiltLexicon()) : bundledLexiconData());
  return bundled;
}
