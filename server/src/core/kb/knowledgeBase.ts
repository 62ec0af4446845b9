// The loaded knowledge base: papers, entities and facts with the indices the engine needs. It is built once
// per load (see build.ts) and never changes afterwards, so every index can be computed eagerly.
import { columnGroups, FactGroupsBuilder, groupsOf, JoinedFactGroups, KeySlots, type FactGroups } from './factGroups';
import { DerivedFactList, deriveFacts, ruleSetsSubject, ruleSwapsRoles, standInsOf, treatmentKinds, type DerivationColumns, type DerivedFact, type StandIn } from './inference';
import { bundledLexicon, type BiomedicalLexicon } from '../entities/biomedical';
import { EntityLayers, LayeredEntities } from '../entities/layers';
import { factArray, type FactList } from './factList';
import { entityRoles, mediatorInFacts, namedInFacts } from './entityRoles';
import { copyColumns, indexColumns, listEntries, type FactColumns } from './librarySnapshot';
import { relations, type Entity, type Fact, type Paper } from './schema';

/** Where a record is written: a file and a zero-based line and column. */
export interface RecordLocation {
  file: string;
  line: number;
  character: number;
}

/** A paper as the checker knows it: from a library JSON file (with facts) or only from a .bib file. */
export interface PaperRecord extends Paper {
  origin: 'library' | 'bib';
  file: string;
  /** Where the record (or the .bib entry) starts, for go-to-definition. */
  location?: RecordLocation;
  /** The writer's own .bib entry for the key, when the library also holds the paper. */
  bibLocation?: RecordLocation;
}

export class KnowledgeBase {
  readonly papers: ReadonlyMap<string, PaperRecord>;
  /**
   * Entities: `get` and `has` answer for the library and the lexicon of biomedicine (a lexicon entry is an
   * Entity too, with type and parents); iterating and `size` cover the library only. See entities/layers.ts.
   */
  readonly entities: ReadonlyMap<string, Entity>;
  /** The two layers: canonical ids, lexicon records and identifiers, drug targets. */
  readonly layers: EntityLayers;
  /** The stated facts (then those read from abstracts), fact n made when asked for (factList.ts). */
  readonly factList: FactList;
  #factArray: readonly Fact[] | undefined;
  #factsById: Map<string, Fact> | undefined;
  readonly factsByPaper: ReadonlyMap<string, readonly Fact[]>;
  /**
   * Facts in which an entity takes part in any role: subject, object, mediator or context. Grouped on first use
   * (#byEntity): the load does not need it, and for a million generated facts it is ~2.9M entries.
   */
  get factsByEntity(): ReadonlyMap<string, readonly Fact[]> {
    return this.#byEntity;
  }
  /** A short fingerprint of the content, used to key caches of analysis results. */
  readonly fingerprint: string;
  /** Where each fact and entity is written, so that editors can open it. */
  readonly factLocations: ReadonlyMap<string, RecordLocation>;
  readonly entityLocations: ReadonlyMap<string, RecordLocation>;

  readonly #ancestors = new Map<string, ReadonlySet<string>>();
  readonly #parts = new Map<string, ReadonlySet<string>>();
  readonly #related = new Map<string, readonly string[]>();
  readonly #relatedSets = new Map<string, ReadonlySet<string>>();
  readonly #matchingFactEntities = new Map<string, ReadonlySet<string>>();
  readonly #subjectFactsByObject = new Map<string, ReadonlyMap<string, readonly Fact[]>>();
  /** Every entity a stated or implied fact names as subject or object (library or lexicon). */
  readonly #factEntities = new Set<string>();
  /** Stated facts, then derived ones, by subject and by object. */
  #factsBySubject: ReadonlyMap<string, readonly Fact[]>;
  readonly #factsByObject: ReadonlyMap<string, readonly Fact[]>;
  readonly #aboutSubject = new Map<string, Fact[]>();
  readonly #aboutObject = new Map<string, Fact[]>();
  readonly #candidates = new Map<string, Fact[]>();
  readonly #drugPhenotypes = new Map<string, { drug: string; kind: string } | undefined>();
  readonly #standIns = new Map<string, StandIn[]>();
  /** The library's own entities by id (the first layer of `entities`). */
  readonly #library: ReadonlyMap<string, Entity>;
  /**
   * While the derived facts are found: the stated facts by subject as positions, with each fact's relation and
   * object, so a drug's findings that can name its targets (it inhibits an object) are made, not all its findings.
   */
  #deriving: { bySubject: FactGroups; relations: Uint8Array; objects: Int32Array } | undefined;
  readonly #hasFindings = new Map<string, boolean>();
  #byEntityGroups: FactGroups | undefined;
  /** How the index by entity is made when first asked for (the constructor keeps what it needs). */
  #makeByEntity: (() => FactGroups) | undefined;

  /** Each entity slot's part in the stated facts (entityRoles.ts): what checks ask of the index by entity, without it. */
  #entityRoles!: Uint8Array;
  #entitySlots!: KeySlots;

  get #byEntity(): FactGroups {
    if (!this.#byEntityGroups) {
      this.#byEntityGroups = this.#makeByEntity!();
      this.#makeByEntity = undefined;
    }
    return this.#byEntityGroups;
  }
  /** Facts the stated ones imply (inference.ts), as their recipes: each made when a check first reads it. */
  readonly #derivedList: DerivedFactList;
  #derivedArray: readonly DerivedFact[] | undefined;
  /** How each derived fact was made, when the caller asked (`recordDerivations`: a library snapshot stores them). */
  readonly derivations: DerivationColumns | undefined;

  constructor(
    /** The papers, or a map of them by key (build.ts has one: not made twice for a hundred thousand papers). */
    papers: readonly PaperRecord[] | ReadonlyMap<string, PaperRecord>,
    entities: Entity[],
    /** The facts: an array, or a list that makes each when asked for (build.ts: a million facts read as columns). */
    facts: Fact[] | FactList,
    /**
     * Where facts and entities are written, and the content's fingerprint when the caller knows it (build.ts does);
     * `columns`: the first facts as numbers (from a snapshot, librarySnapshot.ts): indexed without a lookup per fact.
     */
    locations: { facts?: ReadonlyMap<string, RecordLocation>; entities?: ReadonlyMap<string, RecordLocation>; fingerprint?: string; columns?: FactColumns; recordDerivations?: boolean } = {},
    /** The lexicon of biomedicine; the bundled one unless a caller passes its own or null for none. */
    lexicon: BiomedicalLexicon | null = bundledLexicon(),
  ) {
    this.factLocations = locations.facts ?? new Map();
    this.entityLocations = locations.entities ?? new Map();
    this.papers = isPaperList(papers) ? new Map(papers.map((paper) => [paper.key, paper])) : papers;
    const library = (this.#library = new Map(entities.map((entity) => [entity.id, entity])));
    this.layers = new EntityLayers(library, lexicon ?? undefined);
    this.entities = new LayeredEntities(library, this.layers);
    this.factList = facts;
    // One pass writes each fact's keys as positions (factGroups.ts); a key's facts become an array when asked for.
    const columns = locations.columns && locations.columns.count <= facts.length ? locations.columns : undefined;
    const paperSlots = columns?.paperNumbers ? KeySlots.over(columns.paperNumbers, columns.paperKeys) : new KeySlots(columns?.paperKeys);
    // One slot per entity id serves the three entity indices: one lookup per id a fact names.
    const entitySlots = new KeySlots(columns?.entityKeys);
    // Columns that are every fact's (no fact read from an abstract after them) serve as they are, the entities'
    // and papers' numbers being their slots (KeySlots made from the columns' keys): each fact's subject, object,
    // relation, mediators and paper, where copies of them were 17 MB of typed arrays made at once (stop 38).
    const whole = columns !== undefined && columns.count === facts.length ? columns : undefined;
    /** Each fact's subject and object as slots (FactNumbers): deriving reads the facts by number, not by id. */
    const subjectSlots = whole ? whole.subjects.subarray(0, facts.length) : new Int32Array(facts.length);
    const objectSlots = whole ? whole.objects.subarray(0, facts.length) : new Int32Array(facts.length);
    // Each fact's relation and mediators as numbers too: inference reads these, and no fact object (inference.ts).
    const relationCodes = whole ? whole.relations.subarray(0, facts.length) : new Uint8Array(facts.length);
    const mediatorLists = whole ? whole.mediators.subarray(0, facts.length) : new Int32Array(facts.length);
    /** Each fact's paper as a slot: the index by paper, as those by subject and object, is grouped from its column (factGroups.ts columnGroups). */
    const paperColumn = whole ? whole.papers.subarray(0, facts.length) : new Int32Array(facts.length);
    const lists: Int32Array[] = columns ? [...columns.lists] : [noSlots];
    // A snapshot's own indices serve when its facts are all the facts (none read from abstracts joined them).
    const stored = columns?.indices && columns.count === facts.length ? columns.indices : undefined;
    const fromColumns = stored ? facts.length : columns?.count ?? 0;
    if (columns && !stored && !whole) copyColumns(columns, { subjects: subjectSlots, objects: objectSlots, papers: paperColumn });
    /** The entries of facts after the columns (subject, object, mediators, context), slots found now, grouped later. */
    const late: number[] = [];
    if (columns && !whole) {
      relationCodes.set(columns.relations.subarray(0, fromColumns));
      mediatorLists.set(columns.mediators.subarray(0, fromColumns));
    }
    for (let n = fromColumns; n < facts.length; n++) {
      const fact = facts.at(n)!;
      relationCodes[n] = relationIndex.get(fact.relation)!;
      paperColumn[n] = paperSlots.slot(fact.evidence.paper);
      const subject = entitySlots.slot(fact.subject);
      subjectSlots[n] = subject;
      late.push(subject, n);
      if (fact.object) {
        const object = entitySlots.slot(fact.object);
        objectSlots[n] = object;
        if (fact.object !== fact.subject) late.push(object, n);
      } else {
        objectSlots[n] = -1;
      }
      // Each entity once per fact, in the order subject, object, mediators, context.
      const others = fact.mediators.length + fact.context.length;
      for (let i = 0; i < others; i++) {
        const id = i < fact.mediators.length ? fact.mediators[i] : fact.context[i - fact.mediators.length];
        if (id === fact.subject || id === fact.object) continue;
        let seen = false;
        for (let j = 0; j < i && !seen; j++) seen = (j < fact.mediators.length ? fact.mediators[j] : fact.context[j - fact.mediators.length]) === id;
        if (!seen) late.push(entitySlots.slot(id), n);
      }
      // Every mediator has its slot by now (above): its list as slots.
      if (fact.mediators.length === 0) mediatorLists[n] = 0;
      else {
        mediatorLists[n] = lists.length;
        lists.push(Int32Array.from(fact.mediators, (id) => entitySlots.slot(id)));
      }
    }
    const grouped = (column: Int32Array, slots: KeySlots, arrays: keyof NonNullable<typeof stored>): FactGroups => (stored ? groupsOf(facts, slots, stored[arrays]) : columnGroups(facts, slots, column));
    this.factsByPaper = grouped(paperColumn, paperSlots, 'byPaper');
    // The index by entity, made when first read (hover, completion, factsSetIn; no step of the load or of a check
    // reads it: they ask entityRoles below): the same entries in the same order as when the constructor made it
    // (the columns', then the later facts' found above).
    this.#makeByEntity = () => {
      if (stored) return groupsOf(facts, entitySlots, stored.byEntity);
      const byEntity = new FactGroupsBuilder(entitySlots, 2 * facts.length + (columns ? listEntries(columns) : 0));
      if (columns) indexColumns(columns, byEntity);
      for (let i = 0; i < late.length; i += 2) byEntity.addSlot(late[i], late[i + 1]);
      return byEntity.groups(facts);
    };
    this.#entitySlots = entitySlots;
    this.#entityRoles = entityRoles(entitySlots.keys.length, columns, late, lists, mediatorLists, fromColumns, facts.length);
    const statedBySubject = grouped(subjectSlots, entitySlots, 'bySubject');
    const statedByObject = grouped(objectSlots, entitySlots, 'byObject');
    // While the derived facts are found, standIns reads the stated facts alone (as it always has).
    this.#factsBySubject = statedBySubject;
    this.#deriving = { bySubject: statedBySubject, relations: relationCodes, objects: objectSlots };
    // A snapshot's derivations serve with its indices (the same facts, so the same implications): made again, not derived.
    const derivations = stored && columns?.derived ? columns.derived : deriveFacts({ ids: entitySlots.keys, subjects: subjectSlots, objects: objectSlots, relations: relationCodes, mediators: mediatorLists, lists }, (id) => this.standIns(id), (id) => this.entities.has(id), (id) => entitySlots.slot(id));
    this.derivations = locations.recordDerivations ? derivations : undefined;
    const derived = (this.#derivedList = new DerivedFactList(facts, derivations));
    // Grouped as the stated facts are (factGroups.ts), over the same entity slots, from the recipes: a derived
    // fact's subject and object are the rule's entity or the stated fact's, so no derived fact is made to index it.
    this.#deriving = undefined;
    const derivedBySubjectBuilder = new FactGroupsBuilder(entitySlots, derived.length);
    const derivedByObjectBuilder = new FactGroupsBuilder(entitySlots, derived.length);
    const derivedKeys = derivations.entityKeys;
    // The rule's entity as a slot: the derivation's own numbers when they are the slots' (derived here), else looked up once each.
    const entitySlotOf = derivedKeys === entitySlots.keys ? undefined : Int32Array.from(derivedKeys, (id) => entitySlots.slot(id));
    indexDerivations(derivations, entitySlotOf, subjectSlots, objectSlots, derivedBySubjectBuilder, derivedByObjectBuilder);
    const derivedBySubject = derivedBySubjectBuilder.groups(derived);
    const derivedByObject = derivedByObjectBuilder.groups(derived);
    this.#factsBySubject = new JoinedFactGroups(statedBySubject, derivedBySubject);
    this.#factsByObject = new JoinedFactGroups(statedByObject, derivedByObject);
    for (const id of this.#factsBySubject.keys()) this.#factEntities.add(id);
    for (const id of this.#factsByObject.keys()) this.#factEntities.add(id);
    this.fingerprint = locations.fingerprint ?? fingerprintOf([...this.papers.values()], entities, factArray(facts));
  }

  /**
   * The facts as an array: every fact made, on first use (a million objects for a large library read as columns;
   * nothing on the checking path asks: it reads the indices; `factCount` is how many).
   */
  get facts(): readonly Fact[] {
    return (this.#factArray ??= factArray(this.factList));
  }

  /** The derived facts as an array: every one made, on first use (nothing on the checking path asks: it reads the indices). */
  get derivedFacts(): readonly DerivedFact[] {
    if (!this.#derivedArray) {
      const out = new Array<DerivedFact>(this.#derivedList.length);
      for (let n = 0; n < out.length; n++) out[n] = this.#derivedList.at(n)!;
      this.#derivedArray = out;
    }
    return this.#derivedArray;
  }

  get factCount(): number {
    return this.factList.length;
  }

  /** Facts by id, made on first use (nothing on the checking path asks; a million-entry map is not free). */
  get factsById(): ReadonlyMap<string, Fact> {
    this.#factsById ??= new Map(this.facts.map((fact) => [fact.id, fact]));
    return this.#factsById;
  }

  /**
   * The facts set in an entity: those whose context names it or a kind of it (what the library reports in HCC, in
   * HepG2 cells), in the order of `facts`. Found through the index by entity, so only those facts are made (a
   * million-fact library read as columns makes none of the others).
   */
  factsSetIn(entityId: string): Fact[] {
    const positions: number[] = [];
    for (const id of this.#byEntity.keys()) if (this.isA(id, entityId)) for (const n of this.#byEntity.positionsOf(id)) positions.push(n);
    positions.sort((a, b) => a - b);
    const found: Fact[] = [];
    for (let i = 0; i < positions.length; i++) {
      if (i > 0 && positions[i] === positions[i - 1]) continue;
      const fact = this.factList.at(positions[i])!;
      if (fact.context.some((c) => this.isA(c, entityId))) found.push(fact);
    }
    return found;
  }

  /** Whether a stated fact names the entity, in any role (factsByEntity has facts for it), without the index by entity. */
  inStatedFacts(id: string): boolean {
    return this.#roleOf(id, namedInFacts);
  }

  #roleOf(id: string, role: number): boolean {
    const slot = this.#entitySlots.slotOf.get(id);
    return slot !== undefined && slot < this.#entityRoles.length && (this.#entityRoles[slot] & role) !== 0;
  }

  /** The entity itself and everything it is a kind of, transitively (MMP13 -> MMP13, MMPS). */
  ancestors(id: string): ReadonlySet<string> {
    // The cached set first: the callback below, made on every call, was the verifier's largest allocation
    // (isA runs for every context entity of every fact near every claim).
    return this.#ancestors.get(id) ?? closure(id, this.#ancestors, (current) => this.entities.get(current)?.parents ?? []);
  }

  /** True when `id` is `ancestor` or a kind of it. */
  isA(id: string, ancestor: string): boolean {
    return this.ancestors(id).has(ancestor);
  }

  /** The entity and its components, transitively (the PI3K/Akt/GSK3β pathway -> PI3K, Akt, GSK3β). */
  parts(id: string): ReadonlySet<string> {
    // The cached set first, as in ancestors: no callback made for a set already known.
    return this.#parts.get(id) ?? closure(id, this.#parts, (current) => this.entities.get(current)?.components ?? []);
  }

  /**
   * The entities a claim about `id` can be answered by: itself, its kinds (AKT1 for Akt), and the pathways it
   * is part of or that are part of it (PI3K/Akt for Akt and back). Verification only looks at facts about these.
   */
  related(id: string): readonly string[] {
    let cached = this.#related.get(id);
    if (!cached) {
      const related = new Set<string>();
      for (const other of this.entities.keys()) {
        if (this.answers(id, other)) related.add(other);
      }
      // And the kinds of it among the lexicon's entries that facts name (a gene a user's abstracts name, which no
      // library record holds): without them a claim on NF-κB found no finding on its member p65 (RELA), against the
      // family rule (issue 7, stop 51). Only kinds: a pathway's parts so reached put claims on a part in scope.
      for (const other of this.#factEntities) if (!related.has(other) && this.isA(other, id)) related.add(other);
      related.add(id);
      cached = [...related];
      this.#related.set(id, cached);
    }
    return cached;
  }

  /** `related(id)` as a set (shared, not to be changed). */
  relatedSet(id: string): ReadonlySet<string> {
    let cached = this.#relatedSets.get(id);
    if (!cached) {
      cached = new Set(this.related(id));
      this.#relatedSets.set(id, cached);
    }
    return cached;
  }

  /**
   * Whether a finding about `other` speaks to a claim about `id`: the same entity, a kind of it, or a part of
   * the same pathway (the rule of `related`, and of verification's entity level).
   */
  answers(id: string, other: string): boolean {
    return other === id || this.isA(other, id) || this.parts(id).has(other) || this.parts(other).has(id);
  }

  /**
   * The entities that facts name as subject or object (library entities and lexicon entries alike) for which
   * `answers(id, entity)` holds. Unlike `related`, which lists library entities and only the kinds of `id` among the others, this is exact for any
   * fact, so a lookup through it finds what a scan of the facts would. Shared, not to be changed.
   */
  answeringFactEntities(id: string): ReadonlySet<string> {
    let cached = this.#matchingFactEntities.get(id);
    if (!cached) {
      const found = new Set<string>();
      for (const other of this.#factEntities) if (this.answers(id, other)) found.add(other);
      cached = found;
      this.#matchingFactEntities.set(id, cached);
    }
    return cached;
  }

  /**
   * factsAboutSubject(subject), grouped by the fact's object (facts without an object are left out), each
   * group in factsAboutSubject's order. Lets verification ask "what does the subject do to X" without
   * scanning every fact about a popular subject. Computed once per subject; shared, not to be changed.
   */
  subjectFactsByObject(subject: string): ReadonlyMap<string, readonly Fact[]> {
    let cached = this.#subjectFactsByObject.get(subject);
    if (!cached) {
      const groups = new Map<string, Fact[]>();
      for (const fact of this.factsAboutSubject(subject)) if (fact.object) push(groups, fact.object, fact);
      cached = groups;
      this.#subjectFactsByObject.set(subject, cached);
    }
    return cached;
  }

  /**
   * Facts whose subject is `id` or related to it (see related). Computed once per id and shared: callers
   * must not change the array (in a million-fact library, copying it per claim was most of a check).
   */
  factsAboutSubject(id: string): Fact[] {
    return this.#about(id, this.#factsBySubject, this.#aboutSubject);
  }

  /** Facts whose object is `id` or related to it (shared like factsAboutSubject). */
  factsAboutObject(id: string): Fact[] {
    return this.#about(id, this.#factsByObject, this.#aboutObject);
  }

  /**
   * The facts about `subject` (as factsAboutSubject, in the same order) that a claim "subject -> object" can
   * be compared with: those whose object is related to the claim's object or subject, that have no object,
   * or whose object is a drug phenotype. Verification needs no others, and with a million facts a popular
   * subject has thousands. Computed once per pair; shared, not to be changed.
   */
  candidateFacts(subject: string, object: string): Fact[] {
    const all = this.factsAboutSubject(subject);
    // A short list is scanned as cheaply as it is filtered.
    if (all.length <= 64) return all;
    const key = `${subject}\u0000${object}`;
    let facts = this.#candidates.get(key);
    if (!facts) {
      const objects = new Set([...this.related(object), ...this.related(subject)]);
      facts = all.filter((fact) => fact.object === undefined || objects.has(fact.object) || this.drugPhenotype(fact.object) !== undefined);
      this.#candidates.set(key, facts);
    }
    return facts;
  }

  #about(id: string, index: ReadonlyMap<string, readonly Fact[]>, cache: Map<string, Fact[]>): Fact[] {
    let facts = cache.get(id);
    if (!facts) {
      const related = this.related(id);
      // One entity with no relatives: its own list, not a copy.
      facts = related.length === 1 ? ((index.get(related[0]) as Fact[] | undefined) ?? []) : related.flatMap((other) => index.get(other) ?? []);
      cache.set(id, facts);
    }
    return facts;
  }

  /** What an entity stands for in claims and findings: a drug for the loss of its targets, CoCl2 for hypoxia. */
  standIns(id: string): StandIn[] {
    let cached = this.#standIns.get(id);
    if (!cached) {
      // The lexicon of biomedicine (issue 6) gives drugs their targets; until it is merged, or for a drug it
      // lacks, the library's own findings that the drug inhibits a target do.
      const layers = (this as unknown as { layers?: { drugTargets?(drug: string): string[] } }).layers;
      // A library entity as it is written: what standInsOf reads of it (its id, type, targets, mimics) is what the
      // layers' entity has, which only adds the lexicon's parents. Deriving asks this of every subject (20k for the
      // 1M-fact library), and a check of a draft about a few hundred: those are resolved through the layers when
      // asked, not the 20k at load (stop 37). Targets are only a drug's (inference.ts drugTargets): the lexicon is
      // asked for a drug's alone.
      const entity = this.#library.get(id) ?? this.entities.get(id);
      const listed = entity?.type === 'drug' ? layers?.drugTargets?.(id) ?? [] : [];
      // Only a drug's targets are read from its findings (inference.ts drugTargets): other entities' findings
      // are not made into an array for nothing (deriving asks this of every fact's subject).
      cached = standInsOf(entity, entity?.type === 'drug' ? this.#drugFindings(id) : [], listed);
      this.#standIns.set(id, cached);
    }
    return cached;
  }

  /**
   * The findings about a drug that drugTargets reads (inference.ts drugTargets: those where it inhibits an
   * object), in fact order: while deriving, only those are made as objects (a million-fact library's drugs have
   * tens of thousands of findings); afterwards all its findings, as they are kept.
   */
  #drugFindings(id: string): readonly Fact[] {
    const deriving = this.#deriving;
    if (!deriving) return this.#factsBySubject.get(id) ?? [];
    const positions = deriving.bySubject.positionsOf(id);
    const found: Fact[] = [];
    for (let i = 0; i < positions.length; i++) {
      const n = positions[i];
      if (deriving.relations[n] === inhibitsIndex && deriving.objects[n] >= 0) found.push(this.factList.at(n)!);
    }
    return found;
  }

  /**
   * Whether the library has findings on an entity: it (or a kind or part of it, or what it stands for) is the
   * subject, object or a mediator of a fact. Being only a fact's context (a cancer, a cell line) is not
   * enough. Decided from facts, never from the lexicon, which names many entities the library knows nothing of.
   */
  hasFindings(id: string): boolean {
    let known = this.#hasFindings.get(id);
    if (known === undefined) {
      const about = (other: string): boolean =>
        (this.#factsBySubject.get(other)?.length ?? 0) > 0 ||
        (this.#factsByObject.get(other)?.length ?? 0) > 0 ||
        this.#roleOf(other, mediatorInFacts);
      known = this.related(id).some(about) || this.standIns(id).some((s) => this.related(s.id).some(about));
      this.#hasFindings.set(id, known);
    }
    return known;
  }

  /**
   * Resistance or sensitivity to one drug ("SORAFENIB_RESISTANCE"): the drug and the kind of phenotype. The
   * drug is part of the context: resistance to gefitinib is not resistance to sorafenib.
   */
  drugPhenotype(id: string): { drug: string; kind: string } | undefined {
    // Asked for every candidate fact's object: answered once per entity.
    if (this.#drugPhenotypes.has(id)) return this.#drugPhenotypes.get(id);
    const match = /^(.+)_(RESISTANCE|SENSITIVITY)$/.exec(id);
    const phenotype = match && this.entities.get(match[1])?.type === 'drug' ? { drug: match[1], kind: match[2] } : undefined;
    this.#drugPhenotypes.set(id, phenotype);
    return phenotype;
  }

  /**
   * Resistance or sensitivity to one treatment: a drug's phenotype (drugPhenotype), or a kind of drug resistance or
   * sensitivity the lexicon files under the general one, each its own treatment ("chemoresistance" is resistance to
   * chemotherapy). The treatment is part of the context as the drug is: a finding on sorafenib resistance reports a
   * claim on chemoresistance elsewhere (verify.ts otherTreatment). The general phenotypes (DRUG_RESISTANCE) name none.
   */
  treatmentPhenotype(id: string): { treatment: string; kind: string } | undefined {
    const phenotype = this.drugPhenotype(id);
    if (phenotype) return { treatment: phenotype.drug, kind: phenotype.kind };
    for (const [general, kind] of treatmentKinds) if (id !== general && this.isA(id, general)) return { treatment: id, kind };
    return undefined;
  }

  /** The name scientists write: the symbol when there is one ("IL-11"), else the name. */
  label(id: string): string {
    const entity = this.entities.get(id);
    return entity ? (entity.symbol ?? entity.name) : id;
  }

  /** True for an entity of the library (as opposed to one known only from the lexicon of biomedicine). */
  inLibrary(id: string): boolean {
    return this.layers.inLibrary(id);
  }

  /** Papers whose facts the library holds (as opposed to keys known only from a .bib). */
  hasFactsFor(paperKey: string): boolean {
    return (this.factsByPaper.get(paperKey)?.length ?? 0) > 0;
  }

  static empty(): KnowledgeBase {
    return new KnowledgeBase([], [], []);
  }
}

const noSlots = new Int32Array(0);
const inhibitsIndex = relations.indexOf('inhibits');
/** Relations by name, as their index in schema.ts `relations`. */
const relationIndex = new Map<string, number>(relations.map((relation, i) => [relation, i]));

/**
 * The derived facts indexed by subject and object from their recipes (a rule's entity, or the stated fact's).
 * A function of its own: a loop over a hundred thousand derivations inside the knowledge base's constructor had
 * the whole constructor compiled for it, and compiled again for the code after it (measured at stop 35).
 */
function indexDerivations(derivations: DerivationColumns, entitySlotOf: Int32Array | undefined, subjectSlots: Int32Array, objectSlots: Int32Array, bySubject: FactGroupsBuilder, byObject: FactGroupsBuilder): void {
  const { positions, rules, entities } = derivations;
  for (let n = 0; n < positions.length; n++) {
    const entity = entitySlotOf ? entitySlotOf[entities[n]] : entities[n];
    const position = positions[n];
    if (ruleSwapsRoles[rules[n]]) {
      // The stated fact turned round (marker-of-process): its object the subject, its subject the object.
      bySubject.addSlot(entity, n);
      byObject.addSlot(subjectSlots[position], n);
    } else if (ruleSetsSubject[rules[n]]) {
      bySubject.addSlot(entity, n);
      if (objectSlots[position] >= 0) byObject.addSlot(objectSlots[position], n);
    } else {
      bySubject.addSlot(subjectSlots[position], n);
      byObject.addSlot(entity, n);
    }
  }
}

/** The reflexive, transitive closure of `next` from `id`, memoized in `cache`. Cycles are harmless. */
function closure(id: string, cache: Map<string, ReadonlySet<string>>, next: (id: string) => readonly string[]): ReadonlySet<string> {
  let cached = cache.get(id);
  if (!cached) {
    const result = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (result.has(current)) continue;
      result.add(current);
      stack.push(...next(current));
    }
    cached = result;
    cache.set(id, cached);
  }
  return cached;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** FNV-1a over the serialized content: cheap, stable, and good enough to tell two loads apart. */
function fingerprintOf(papers: PaperRecord[], entities: Entity[], facts: readonly Fact[]): string {
  const text = JSON.stringify([papers, entities, facts]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function isPaperList(papers: readonly PaperRecord[] | ReadonlyMap<string, PaperRecord>): papers is readonly PaperRecord[] {
  return Array.isArray(papers);
}
