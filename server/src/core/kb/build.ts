// Builds a KnowledgeBase from the text of its files. Nothing here touches the file system: callers pass
// file contents (the CLI and the server read them; tests write them inline).
//
// Bad input never loses good data. A file with errors contributes its valid records, or, when a previous
// load of the same file was valid, that previous version is kept whole. Records that point to unknown
// entities or papers are dropped and reported; everything else loads.
import { loadBib } from './bib';
import { KnowledgeBase, type PaperRecord } from './knowledgeBase';
import { loadKbJson, recordLocations, type KbFileContent } from './loadFile';
import type { KbProblem } from './problems';
import type { Entity, Fact } from './schema';

export interface KbSource {
  /** The path shown in problems; also decides the format (.bib / .bibtex are BibTeX, the rest JSON). */
  path: string;
  text: string;
}

export interface KbBuildResult {
  kb: KnowledgeBase;
  problems: KbProblem[];
  /** The content used for each file, to pass back as `lastGood` on the next load. */
  goodContent: Map<string, KbFileContent>;
}

export function isBibPath(path: string): boolean {
  return /\.(bib|bibtex)$/i.test(path);
}

export async function buildKnowledgeBase(sources: readonly KbSource[], lastGood?: ReadonlyMap<string, KbFileContent>): Promise<KbBuildResult> {
  const at = (record: object, file: string) => ({ file, ...(recordLocations.get(record) ?? { line: 0, character: 0 }) });
  const problems: KbProblem[] = [];
  const goodContent = new Map<string, KbFileContent>();
  const papers = new Map<string, PaperRecord>();
  const entities = new Map<string, Entity>();
  const entityFile = new Map<string, string>();
  /** The entity records as read, whose positions recordLocations knows (integrity fixes copy them). */
  const entityRecords = new Map<string, Entity>();
  const facts = new Map<string, Fact>();
  const factFile = new Map<string, string>();

  for (const source of sources) {
    let content: KbFileContent;
    let fileProblems: KbProblem[];
    if (isBibPath(source.path)) {
      const loaded = await loadBib(source.path, source.text);
      content = { papers: loaded.papers, entities: [], facts: [] };
      fileProblems = loaded.problems;
    } else {
      const loaded = loadKbJson(source.path, source.text);
      content = loaded.content;
      fileProblems = loaded.problems;
    }
    problems.push(...fileProblems);
    const previous = lastGood?.get(source.path);
    if (fileProblems.some((p) => p.severity === 'error') && previous) {
      problems.push({
        file: source.path, line: 0, character: 0, path: '', severity: 'warning',
        message: 'this file has errors; the last version without errors stays in use until they are fixed',
      });
      content = previous;
    }
    goodContent.set(source.path, content);
    const origin = isBibPath(source.path) ? 'bib' : 'library';
    for (const paper of content.papers) {
      const existing = papers.get(paper.key);
      // A library record (with a summary and facts) wins over a bare .bib entry for the same key; the .bib
      // entry's place is kept, since the writer's own bibliography is where go-to-definition should lead.
      if (existing && !(existing.origin === 'bib' && origin === 'library')) {
        if (existing.origin === origin) {
          problems.push(problemAt(source.path, paper, `papers.${paper.key}`, `duplicate paper key ${paper.key} (also in ${existing.file}); the first is used`, 'warning'));
        } else if (origin === 'bib') {
          existing.bibLocation ??= at(paper, source.path);
        }
        continue;
      }
      const bibLocation = existing?.origin === 'bib' ? existing.location : undefined;
      papers.set(paper.key, { ...paper, origin, file: source.path, location: at(paper, source.path), bibLocation });
    }
    // Entities and facts merge the same way: the first record with an id wins, later ones are reported.
    const addFirst = <T extends { id: string }>(records: readonly T[], into: Map<string, T>, files: Map<string, string>, kind: 'entity' | 'fact'): void => {
      for (const record of records) {
        if (into.has(record.id)) {
          const section = kind === 'entity' ? 'entities' : 'facts';
          problems.push(problemAt(source.path, record, `${section}.${record.id}`, `duplicate ${kind} id ${record.id} (also in ${files.get(record.id)}); the first is used`, 'warning'));
          continue;
        }
        into.set(record.id, record);
        files.set(record.id, source.path);
      }
    };
    addFirst(content.entities, entities, entityFile, 'entity');
    for (const entity of content.entities) if (!entityRecords.has(entity.id)) entityRecords.set(entity.id, entity);
    addFirst(content.facts, facts, factFile, 'fact');
  }

  // Referential integrity: drop what points nowhere, and say so.
  for (const [id, entity] of entities) {
    const unknown = [...entity.parents, ...entity.components].filter((ref) => !entities.has(ref));
    if (unknown.length > 0) {
      problems.push(problemAt(entityFile.get(id)!, entity, `entities.${id}`, `refers to unknown entities ${unknown.join(', ')}; those links are ignored`));
      entities.set(id, {
        ...entity,
        parents: entity.parents.filter((ref) => entities.has(ref)),
        components: entity.components.filter((ref) => entities.has(ref)),
      });
    }
  }
  for (const id of findHierarchyCycles(entities)) {
    problems.push(problemAt(entityFile.get(id)!, entities.get(id)!, `entities.${id}`, `${id} is its own ancestor; its parents are ignored`));
    entities.set(id, { ...entities.get(id)!, parents: [] });
  }
  const validFacts: Fact[] = [];
  for (const [id, fact] of facts) {
    const refs = [fact.subject, ...(fact.object ? [fact.object] : []), ...fact.mediators, ...fact.context];
    const unknown = refs.filter((ref) => !entities.has(ref));
    const paper = papers.get(fact.evidence.paper);
    if (unknown.length > 0) {
      problems.push(problemAt(factFile.get(id)!, fact, `facts.${id}`, `refers to unknown entities ${[...new Set(unknown)].join(', ')}; the fact is not loaded`));
    } else if (!paper) {
      problems.push(problemAt(factFile.get(id)!, fact, `facts.${id}`, `cites unknown paper ${fact.evidence.paper}; the fact is not loaded`));
    } else {
      validFacts.push(fact);
    }
  }

  const factLocations = new Map(validFacts.map((fact) => [fact.id, at(fact, factFile.get(fact.id)!)]));
  const entityLocations = new Map([...entities.values()].map((entity) => [entity.id, at(entityRecords.get(entity.id) ?? entity, entityFile.get(entity.id)!)]));
  const kb = new KnowledgeBase([...papers.values()], [...entities.values()], validFacts, { facts: factLocations, entities: entityLocations });
  return { kb, problems, goodContent };
}

/** Integrity problems point at the record they are about (or the top of the file for .bib records). */
function problemAt(file: string, record: object, path: string, message: string, severity: KbProblem['severity'] = 'error'): KbProblem {
  const at = recordLocations.get(record) ?? { line: 0, character: 0 };
  return { file, line: at.line, character: at.character, path, message, severity };
}

function findHierarchyCycles(entities: ReadonlyMap<string, Entity>): string[] {
  const inCycle: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): boolean => {
    const current = state.get(id);
    if (current === 'visiting') return true;
    if (current === 'done') return false;
    state.set(id, 'visiting');
    let cyclic = false;
    for (const parent of entities.get(id)?.parents ?? []) cyclic = visit(parent) || cyclic;
    state.set(id, 'done');
    if (cyclic) inCycle.push(id);
    return false;
  };
  for (const id of entities.keys()) visit(id);
  return inCycle;
}
