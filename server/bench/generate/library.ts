// A generated library at the size issue 10 asks for (100k papers, 1M facts, 20k entities), deterministic
// (seeded). It is built around the bundled library: the bundled entities and papers are part of it, a few of
// the generated entities are kinds of bundled ones, and a share of the generated facts are about bundled
// entities, so that a draft about IL-6-family signalling meets many candidate facts per claim, as it would in
// a large real library.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KbSource } from '../../src/core/kb/build';
import { relations } from '../../src/core/kb/schema';
import { SeededRandom } from './random';
import { surnames } from './bib';
import { repoRoot } from './paths';

export interface GeneratedLibrary {
  sources: KbSource[];
  papers: number;
  facts: number;
  entities: number;
}

export interface LibrarySize {
  papers: number;
  factsPerPaper: number;
  entities: number;
  /** Papers per generated file (a library split the way an export tool would write it). */
  papersPerFile?: number;
}

export const fullSize: LibrarySize = { papers: 100_000, factsPerPaper: 10, entities: 20_000 };

const generatedTypes = ['protein', 'kinase', 'receptor', 'transcription-factor', 'enzyme', 'rna', 'process', 'disease', 'cell-line', 'drug'] as const;
const contextTypes = new Set(['disease', 'cell-line', 'cell-type', 'condition', 'experimental-system']);
const locators = ['abstract', 'results, Fig. 1', 'results, Fig. 2B', 'results, Fig. 4', 'discussion'];

interface BundledEntity {
  id: string;
  type: string;
}

/** The generated library: the bundled files first, then one entities file and the generated papers in files. */
export function generateLibrary(size: LibrarySize = fullSize, seed = 1_000_000): GeneratedLibrary {
  const random = new SeededRandom(seed);
  const dataDir = path.join(repoRoot, 'data');
  const entitiesText = fs.readFileSync(path.join(dataDir, 'entities.json'), 'utf8');
  const bundled = (JSON.parse(entitiesText) as { entities: BundledEntity[] }).entities;
  const sources: KbSource[] = [{ path: 'entities.json', text: entitiesText }];
  for (const file of fs.readdirSync(path.join(dataDir, 'papers')).sort()) {
    sources.push({ path: `papers/${file}`, text: fs.readFileSync(path.join(dataDir, 'papers', file), 'utf8') });
  }

  // Entities: GX1 ... GXn. One in fifty is a kind of a bundled entity of a matching sort (a family member).
  const bundledFamilies = bundled.filter((e) => e.type === 'protein-family' || e.type === 'pathway');
  const generated: { id: string; type: string }[] = [];
  const entityRecords: string[] = [];
  for (let n = 1; n <= size.entities; n++) {
    const type = generatedTypes[n % generatedTypes.length];
    const id = `GX${n}`;
    const parents = n % 50 === 0 && bundledFamilies.length > 0 ? [random.pick(bundledFamilies).id] : n % 7 === 0 && n > 7 ? [`GX${n - 7}`] : [];
    generated.push({ id, type });
    entityRecords.push(JSON.stringify({ id, name: `generated ${type.replace(/-/g, ' ')} ${n}`, symbol: `GX${n}`, type, synonyms: [`GXN${n}`], parents, description: `Generated entity ${n} for the scale bench.` }));
  }
  sources.push({ path: 'generated/entities.json', text: `{"entities": [\n${entityRecords.join(',\n')}\n]}\n` });

  const all = [...bundled, ...generated];
  const actors = all.filter((e) => !contextTypes.has(e.type));
  const actorIndex = new Map(actors.map((e, i) => [e.id, i]));
  const bundledActors = bundled.filter((e) => !contextTypes.has(e.type));
  const contexts = all.filter((e) => contextTypes.has(e.type));
  const bundledContexts = bundled.filter((e) => contextTypes.has(e.type));
  /** One fact in twenty names a bundled entity, the popular ones most. */
  const actor = (): string => (random.next() < 0.05 ? bundledActors[random.skewed(bundledActors.length, 2)].id : actors[random.skewed(actors.length)].id);
  const context = (): string => (random.next() < 0.2 ? bundledContexts[random.int(bundledContexts.length)].id : contexts[random.skewed(contexts.length)].id);
  const causal = relations.filter((r) => r !== 'associated-with' && r !== 'signals-through');

  const perFile = size.papersPerFile ?? 1000;
  let facts = 0;
  for (let first = 0; first < size.papers; first += perFile) {
    const papers: string[] = [];
    const factRecords: string[] = [];
    for (let p = first; p < Math.min(size.papers, first + perFile); p++) {
      const key = `gen${p}`;
      const year = 1990 + random.int(35);
      papers.push(JSON.stringify({
        key, title: `Generated study ${p} of signalling in cancer`, authors: [{ family: surnames[p % surnames.length], given: 'A.' }], journal: 'J Gen Stud',
        year, volume: String(1 + random.int(60)), issue: null, pages: null, doi: `10.5555/gen.${p}`, pmid: null, keywords: [], summary: null,
      }));
      for (let k = 0; k < size.factsPerPaper; k++) {
        const subject = actor();
        let object = actor();
        if (object === subject) object = actors[(actorIndex.get(subject)! + 1) % actors.length].id;
        const association = random.next() < 0.1;
        const relation = association ? 'associated-with' : causal[random.int(causal.length)];
        const mediators = random.next() < 0.15 ? [actor()].filter((m) => m !== subject && m !== object) : [];
        const where = random.next() < 0.7 ? [context()] : [];
        factRecords.push(JSON.stringify({
          id: `${key}/f${k}`, subject, relation, ...(association ? { polarity: random.next() < 0.5 ? 'positive' : 'negative' } : {}), object, mediators, context: where,
          evidence: { paper: key, locator: random.pick(locators), kind: 'finding' },
          statement: `In generated study ${p}, ${subject} ${relation} ${object}.`,
        }));
        facts++;
      }
    }
    const text = `{"papers": [\n${papers.join(',\n')}\n],\n"facts": [\n${factRecords.join(',\n')}\n]}\n`;
    // One flat string, as a file read from disk is (a concatenation would be flattened on first use, in the load).
    sources.push({ path: `generated/papers-${String(first / perFile).padStart(4, '0')}.json`, text: Buffer.from(text, 'utf8').toString('utf8') });
  }
  return { sources, papers: size.papers, facts, entities: size.entities };
}
