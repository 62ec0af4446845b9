// The two layers of entities a knowledge base answers for: the library (entities with findings, from
// data/entities.json and the user's files) and the lexicon of biomedicine (names without findings). A
// library entity links to its lexicon entry where one exists (IL11 is NCBI Gene 3589), by its HGNC symbol or
// by its name, so that a user's library and the bundled one meet on the same ids and the lexicon's other
// names for it ("AGIF") are recognised as the library's entity.
import type { Entity, EntityType } from '../kb/schema';
import type { BiomedicalLexicon, LexiconRecord } from './biomedical';
import { compoundEntity, isCompoundId } from './compounds';
import { cellLineEntity, isCellLineId } from './cellLines';
import { isIsoformId, isoformEntity, isoformGene } from './isoforms';
import { normalizeTerm } from './normalize';

const typeGroups: Record<EntityType, string> = {
  cytokine: 'molecule', 'growth-factor': 'molecule', receptor: 'molecule', kinase: 'molecule', 'transcription-factor': 'molecule',
  enzyme: 'molecule', protein: 'molecule', 'protein-family': 'molecule', rna: 'molecule', pathway: 'pathway',
  process: 'process', phenotype: 'process', disease: 'disease', 'cell-line': 'cell-line', 'cell-type': 'cell-type',
  drug: 'drug', chemical: 'drug', condition: 'condition', 'experimental-system': 'experimental-system',
};

export class EntityLayers {
  readonly lexicon: BiomedicalLexicon | undefined;
  readonly #library: ReadonlyMap<string, Entity>;
  #toLibrary: Map<string, string> | undefined;
  #toLexicon: Map<string, string> | undefined;
  readonly #resolved = new Map<string, Entity>();

  constructor(library: ReadonlyMap<string, Entity>, lexicon: BiomedicalLexicon | undefined) {
    this.#library = library;
    this.lexicon = lexicon;
  }

  /** The id recognition and verification use: the library entity a lexicon entry links to, or the id itself. */
  canonical(id: string): string {
    return this.#links().toLibrary.get(id) ?? id;
  }

  /** The lexicon entry of an id: itself when it is one, the linked entry for a library entity. */
  lexiconRecord(id: string): LexiconRecord | undefined {
    if (!this.lexicon) return undefined;
    const lexiconId = this.#library.has(id) ? this.#links().toLexicon.get(id) : id;
    return lexiconId ? this.lexicon.record(lexiconId) : undefined;
  }

  /** Any entity of either layer, Entity-shaped; a lexicon entry's parents and parts are given as canonical ids. */
  entity(id: string): Entity | undefined {
    // Once resolved, an id's entity is the one kept, whichever layer it came from: one look-up, not two (a
    // 100k-word draft asks ~300k times, for fewer than 200 ids; issue 10).
    let resolved = this.#resolved.get(id);
    if (resolved) return resolved;
    const own = this.#library.get(id);
    if (own) {
      // A library entity joined to an ontology node is also a kind of what the node is a kind of (renal cell
      // carcinoma under the Disease Ontology's kidney cancer, apoptosis under programmed cell death); its own
      // parents come first. A cell line's parent is the cancer it came from, which the library may have set
      // against the lexicon on purpose (HepG2 under liver cancer, not HCC): a library line with one keeps it.
      const keepsOwn = own.type === 'cell-line' && own.parents.length > 0;
      const lexiconId = this.lexicon && !keepsOwn ? this.#links().toLexicon.get(id) : undefined;
      const above = lexiconId ? this.lexicon!.record(lexiconId)?.entity.parents ?? [] : [];
      const parents = [...new Set([...own.parents, ...above.map((p) => this.canonical(p))])].filter((p) => p !== id);
      resolved = parents.length === own.parents.length ? own : { ...own, parents };
      this.#resolved.set(id, resolved);
      return resolved;
    }
    // A gene's isoform (isoforms.ts): read from its id, under the gene.
    const gene = isoformGene(id);
    if (gene !== undefined) {
      const isoform = isoformEntity(id, this.entity(this.canonical(gene)));
      if (isoform) this.#resolved.set(id, isoform);
      return isoform;
    }
    const record = this.lexicon?.record(id);
    // A compound or cell line an abstract names that no layer lists (compounds.ts, cellLines.ts): its
    // entity is read from its id, and kept like the others (issue 10: read afresh, a new object on every ask, it was
    // ~3% of a 100k-word full check's allocation).
    if (!record) {
      const read = compoundEntity(id) ?? cellLineEntity(id);
      if (read) this.#resolved.set(id, read);
      return read;
    }
    const map = (ids: string[]): string[] => [...new Set(ids.map((p) => this.canonical(p)))].filter((p) => p !== id);
    resolved = { ...record.entity, parents: map(record.entity.parents), components: map(record.entity.components) };
    this.#resolved.set(id, resolved);
    return resolved;
  }

  /**
   * The classes an ontology disease is the intersection of, where its name says so: "liver carcinoma" filed under
   * "liver cancer" is the carcinomas of the liver, so hepatocellular carcinoma (a liver cancer and a carcinoma) is one
   * though the Disease Ontology does not place it there. Only a node named "X carcinoma" whose every parent is
   * "X cancer"; as canonical ids, or undefined.
   */
  definedAs(id: string): readonly string[] | undefined {
    if (this.#library.has(id) || !this.lexicon) return undefined;
    if (!this.#definitions.has(id)) {
      const entity = this.lexicon.record(id)?.entity;
      const organ = entity?.type === 'disease' ? /^(.+) carcinoma$/.exec(entity.name)?.[1] : undefined;
      const carcinoma = organ ? (this.lexicon.lookup(normalizeTerm('carcinoma')) ?? []).find((t) => this.lexicon!.record(t.id)?.entity.type === 'disease')?.id : undefined;
      const defined = !!carcinoma && entity!.parents.length > 0 && entity!.parents.every((p) => this.lexicon!.record(p)?.entity.name === `${organ} cancer`);
      this.#definitions.set(id, defined ? [...entity!.parents, carcinoma!].map((p) => this.canonical(p)) : undefined);
    }
    return this.#definitions.get(id);
  }
  readonly #definitions = new Map<string, readonly string[] | undefined>();

  inLibrary(id: string): boolean {
    return this.#library.has(id);
  }

  has(id: string): boolean {
    if (isIsoformId(id)) return this.has(isoformGene(id)!);
    return this.#library.has(id) || (this.lexicon?.has(id) ?? false) || isCompoundId(id) || isCellLineId(id);
  }

  /** The genes a drug acts on, as canonical ids (a library drug through its lexicon entry). */
  drugTargets(id: string): string[] {
    return (this.lexiconRecord(id)?.targets ?? []).map((t) => this.canonical(t));
  }

  #links(): { toLibrary: Map<string, string>; toLexicon: Map<string, string> } {
    if (!this.#toLibrary || !this.#toLexicon) {
      const toLibrary = new Map<string, string>();
      const toLexicon = new Map<string, string>();
      const link = (lexiconId: string, libraryId: string): void => {
        if (!toLibrary.has(lexiconId) && !this.#library.has(lexiconId)) toLibrary.set(lexiconId, libraryId);
        if (!toLexicon.has(libraryId)) toLexicon.set(libraryId, lexiconId);
      };
      if (this.lexicon) {
        const lexicon = this.lexicon;
        const sameKind = (name: string, entity: Entity): string | undefined =>
          (lexicon.lookup(normalizeTerm(name)) ?? []).find((term) => typeGroups[lexicon.record(term.id)!.entity.type] === typeGroups[entity.type])?.id;
        for (const entity of this.#library.values()) {
          const bySymbol = entity.xrefs?.hgnc ? lexicon.geneBySymbol(entity.xrefs.hgnc) : undefined;
          if (bySymbol) link(bySymbol, entity.id);
          for (const name of [entity.name, entity.symbol]) {
            const match = name ? sameKind(name, entity) : undefined;
            if (match) link(match, entity.id);
          }
        }
        // Then the library's other names: an ontology node named by a synonym ("oral cavity cancer", DOID:8618, for
        // the library's oral cancer) is that entity, so the ontology's kinds of it (tongue cancer) are kinds of the
        // library's entity and its findings. A node two library entities name is left to neither.
        const bySynonym = new Map<string, string | null>();
        for (const entity of this.#library.values()) {
          for (const synonym of entity.synonyms) {
            const match = sameKind(synonym, entity);
            if (!match || this.#library.has(match) || toLibrary.has(match)) continue;
            const seen = bySynonym.get(match);
            bySynonym.set(match, seen === undefined || seen === entity.id ? entity.id : null);
          }
        }
        for (const [lexiconId, libraryId] of bySynonym) if (libraryId) link(lexiconId, libraryId);
      }
      this.#toLibrary = toLibrary;
      this.#toLexicon = toLexicon;
    }
    return { toLibrary: this.#toLibrary, toLexicon: this.#toLexicon };
  }
}

/**
 * The knowledge base's entities as a map: `get` and `has` answer for both layers, so that code asking an
 * entity's type or parents works for lexicon entries too; iteration and `size` cover the library only (the
 * entities with findings), so that listing the library stays what it was.
 */
export class LayeredEntities implements ReadonlyMap<string, Entity> {
  readonly #library: ReadonlyMap<string, Entity>;
  readonly #layers: EntityLayers;

  constructor(library: ReadonlyMap<string, Entity>, layers: EntityLayers) {
    this.#library = library;
    this.#layers = layers;
  }

  get(id: string): Entity | undefined {
    return this.#layers.entity(id);
  }

  has(id: string): boolean {
    return this.#layers.has(id);
  }

  get size(): number {
    return this.#library.size;
  }

  forEach(callback: (value: Entity, key: string, map: ReadonlyMap<string, Entity>) => void, thisArg?: unknown): void {
    this.#library.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[string, Entity]> {
    return this.#library.entries();
  }

  keys(): MapIterator<string> {
    return this.#library.keys();
  }

  values(): MapIterator<Entity> {
    return this.#library.values();
  }

  [Symbol.iterator](): MapIterator<[string, Entity]> {
    return this.#library.entries();
  }
}
