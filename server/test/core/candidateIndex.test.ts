// Verification looks facts up through indices (kb/knowledgeBase.ts: candidateFacts, subjectFactsByObject,
// answeringFactEntities) so that a million-fact library costs about what the bundled one does. The indices
// must find exactly what a scan of every fact about the subject finds: on generated libraries (fast-check,
// fixed seed: families, pathways, entities only facts name, drug phenotypes, popular subjects with more than
// the 64 facts where narrowing starts) every verification equals the one made by scanning.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { BiomedicalLexicon } from '../../src/core/entities/biomedical';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { relations, type Entity, type Fact } from '../../src/core/kb/schema';
import { firstFacts, someFactTo } from '../../src/core/verify/lookup';
import { entityLevel, verifyClaim, type ClaimToVerify } from '../../src/core/verify/verify';

/** The same library, giving every fact about the subject as the candidates of a pair (what verification scanned before). */
class ScanningKnowledgeBase extends KnowledgeBase {
  override candidateFacts(subject: string): Fact[] {
    return this.factsAboutSubject(subject);
  }
}

/** What the indices stand for, written as scans. */
const scan = {
  answeringFactEntities(kb: KnowledgeBase, id: string): Set<string> {
    const named = [...kb.facts, ...kb.derivedFacts].flatMap((f) => [f.subject, ...(f.object ? [f.object] : [])]);
    return new Set(named.filter((other) => entityLevel(kb, id, other) >= 0));
  },
  someFactTo(kb: KnowledgeBase, subject: string, object: string, test: (fact: Fact) => boolean): boolean {
    return kb.factsAboutSubject(subject).some((f) => f.object !== undefined && entityLevel(kb, object, f.object) >= 0 && test(f));
  },
};

const types = ['protein', 'kinase', 'protein-family', 'pathway', 'drug', 'disease', 'process'] as const;
/** Library entities E0..E13, the phenotype of resistance to the drug E4, and three entries of a lexicon that only facts name. */
const libraryIds = Array.from({ length: 14 }, (_, n) => `E${n}`);
const ids = [...libraryIds, 'E4_RESISTANCE', 'LX0', 'LX1', 'LX2'];

/** A lexicon of three entries: a kind of E1, a pathway with E2 as a part, and one unrelated to the library. */
const lexiconEntries = new Map([
  ['LX0', { id: 'LX0', name: 'lexicon kinase', type: 'kinase', synonyms: [], parents: ['E1'], components: [] }],
  ['LX1', { id: 'LX1', name: 'lexicon pathway', type: 'pathway', synonyms: [], parents: [], components: ['E2'] }],
  ['LX2', { id: 'LX2', name: 'lexicon protein', type: 'protein', synonyms: [], parents: [], components: [] }],
]);
const lexicon = {
  record: (id: string) => (lexiconEntries.has(id) ? { entity: lexiconEntries.get(id) } : undefined),
  has: (id: string) => lexiconEntries.has(id),
  lookup: () => undefined,
  geneBySymbol: () => undefined,
} as unknown as BiomedicalLexicon;

const entityArb = (n: number): fc.Arbitrary<Entity> =>
  fc.record({
    parents: n === 0 ? fc.constant([]) : fc.subarray(libraryIds.slice(0, n), { maxLength: Math.min(2, n) }),
    components: n === 0 ? fc.constant([]) : fc.subarray(libraryIds.slice(0, n), { maxLength: Math.min(2, n) }),
  }).map(({ parents, components }) => ({
    id: `E${n}`, name: `entity ${n}`, type: n === 4 ? 'drug' : types[n % types.length], synonyms: [], parents, components,
  }) as unknown as Entity);

/** Subjects skewed to the first few ids, so that some have well over 64 facts. */
const subjectArb = fc.oneof({ arbitrary: fc.constantFrom('E0', 'E1', 'E2'), weight: 2 }, { arbitrary: fc.constantFrom(...ids), weight: 3 });
const factArb = fc.record({
  subject: subjectArb,
  object: fc.option(fc.constantFrom(...ids), { nil: undefined, freq: 12 }),
  relation: fc.constantFrom(...relations),
  polarity: fc.constantFrom('positive', 'negative'),
  mediators: fc.subarray(ids, { maxLength: 1 }),
  context: fc.subarray(ids, { maxLength: 2 }),
});

const libraryArb = fc.record({
  entities: fc.tuple(...libraryIds.map((_, n) => entityArb(n))).map((list) => [...list, { id: 'E4_RESISTANCE', name: 'resistance', type: 'phenotype', synonyms: [], parents: [], components: [] } as unknown as Entity]),
  facts: fc.array(factArb, { minLength: 40, maxLength: 260 }),
});

const claimArb: fc.Arbitrary<ClaimToVerify> = fc.record({
  subject: fc.constantFrom(...ids),
  object: fc.constantFrom(...ids),
  relation: fc.constantFrom(...relations),
  polarity: fc.constantFrom('positive', 'negative'),
  mediators: fc.subarray(ids, { maxLength: 2 }),
  context: fc.subarray(ids, { maxLength: 2 }),
  negated: fc.boolean(),
  unknownContext: fc.boolean(),
}) as fc.Arbitrary<ClaimToVerify>;

function build(library: { entities: Entity[]; facts: ReturnType<typeof factArb.generate>['value'][] }, Kind: typeof KnowledgeBase): KnowledgeBase {
  const facts = library.facts.map((f, n) => ({
    id: `p/f${n}`, subject: f.subject, relation: f.relation, ...(f.relation === 'associated-with' ? { polarity: f.polarity } : {}),
    ...(f.object && f.object !== f.subject ? { object: f.object } : {}), mediators: f.mediators, context: f.context,
    evidence: { paper: 'p', locator: 'abstract', kind: 'finding' }, statement: `fact ${n}`,
  }) as unknown as Fact);
  return new Kind([], library.entities, facts, { fingerprint: 'test' }, lexicon);
}

suite('verification looks facts up through indices', () => {
  test('every verification equals the one made by scanning every fact about the subject', function () {
    this.timeout(30_000);
    fc.assert(
      fc.property(libraryArb, fc.array(claimArb, { minLength: 10, maxLength: 30 }), (library, claims) => {
        const indexed = build(library, KnowledgeBase);
        const scanning = build(library, ScanningKnowledgeBase);
        for (const claim of claims) assert.deepStrictEqual(verifyClaim(claim, indexed), verifyClaim(claim, scanning), JSON.stringify(claim));
      }),
      { seed: 20261202, numRuns: 100 },
    );
  });

  test('the indices list exactly what the scan finds, in the scan\'s order', () => {
    fc.assert(
      fc.property(libraryArb, fc.constantFrom(...ids), fc.constantFrom(...ids), fc.integer({ min: 0, max: 6 }), (library, subject, object, modulus) => {
        const kb = build(library, KnowledgeBase);
        assert.deepStrictEqual([...kb.answeringFactEntities(object)].sort(), [...scan.answeringFactEntities(kb, object)].sort());
        // "Does the subject do something (passing a test) to the object or a kind or part of it?"
        const tests = [(f: Fact) => f.relation === 'increases', (f: Fact) => f.context.length === 0, (f: Fact) => Number(f.id.slice(3)) % (modulus + 1) === 0];
        for (const t of tests) assert.equal(someFactTo(kb, subject, object, t), scan.someFactTo(kb, subject, object, t));
        const inContext = (f: Fact) => f.context.includes(object);
        assert.deepStrictEqual(firstFacts(kb.factsAboutSubject(subject), modulus, inContext), kb.factsAboutSubject(subject).filter(inContext).slice(0, modulus));
        const about = kb.factsAboutSubject(subject);
        // Grouped by object: each group the scan's facts with that object, in order.
        const groups = kb.subjectFactsByObject(subject);
        for (const [id, facts] of groups) assert.deepStrictEqual(facts, about.filter((f) => f.object === id));
        assert.equal([...groups.values()].reduce((n, g) => n + g.length, 0), about.filter((f) => f.object).length);
        // The candidates of a pair: a subsequence of the facts about the subject that keeps every one the comparison can use.
        const candidates = kb.candidateFacts(subject, object);
        const usable = about.filter((f) => !f.object || kb.relatedSet(object).has(f.object) || kb.relatedSet(subject).has(f.object) || kb.drugPhenotype(f.object));
        assert.deepStrictEqual(about.filter((f) => candidates.includes(f)), candidates);
        for (const fact of usable) assert.ok(candidates.includes(fact), fact.id);
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });

  test('a popular subject is narrowed, not scanned: the candidates of a pair are fewer than the facts about it', () => {
    const entities = libraryIds.map((id) => ({ id, name: id, type: 'protein', synonyms: [], parents: [], components: [] }) as unknown as Entity);
    const facts = Array.from({ length: 200 }, (_, n) => ({
      id: `p/f${n}`, subject: 'E0', relation: 'increases', object: libraryIds[1 + (n % 13)], mediators: [], context: [],
      evidence: { paper: 'p', locator: 'abstract', kind: 'finding' }, statement: `fact ${n}`,
    }) as unknown as Fact);
    const kb = new KnowledgeBase([], entities, facts, { fingerprint: 'test' }, null);
    assert.equal(kb.factsAboutSubject('E0').length, 200);
    assert.ok(kb.candidateFacts('E0', 'E5').every((f) => f.object === 'E5' || f.object === 'E0'));
    assert.equal(kb.subjectFactsByObject('E0').get('E5')?.length, facts.filter((f) => f.object === 'E5').length);
  });
});
