// A hash of everything a knowledge base loaded from a library folder holds (facts, derived facts, entities, papers,
// the indices by paper, entity, subject and object, in their orders), to show that a change to the load leaves
// what it loads identical: `npx tsx server/bench/kbHash.ts <folder>` (a folder firstRead.ts generated).
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { buildKnowledgeBase } from '../src/core/kb/build';
import { bundledKnowledgeBaseDir, readKnowledgeBaseSources } from '../src/node/knowledgeBaseFiles';

async function main(): Promise<void> {
  const folder = path.join(process.argv[2], 'generated');
  const built = await buildKnowledgeBase(readKnowledgeBaseSources([bundledKnowledgeBaseDir(), folder], [], { hash: true }).sources);
  const kb = built.kb;
  const parts: Record<string, ReturnType<typeof createHash>> = {};
  const put = (part: string, value: unknown): void => {
    (parts[part] ??= createHash('sha256')).update(JSON.stringify(value) + '\n');
  };
  put('problems', built.problems);
  for (const fact of kb.facts) put('facts', fact);
  for (const fact of kb.derivedFacts) put('derived', fact);
  for (const [key, paper] of kb.papers) put('papers', [key, paper]);
  const ids: string[] = [];
  for (const [id, facts] of kb.factsByEntity) {
    ids.push(id);
    put('byEntity', [id, facts.map((f) => f.id)]);
  }
  for (const [key, facts] of kb.factsByPaper) put('byPaper', [key, facts.map((f) => f.id)]);
  // What checks ask without the index by entity (entityRoles.ts) agrees with the index, for every id either knows.
  let disagree = 0;
  for (const id of new Set([...ids, ...kb.papers.keys(), ...[...kb.factsByEntity.values()].flatMap((facts) => facts.flatMap((f) => [...f.mediators, ...f.context]))])) {
    const facts = kb.factsByEntity.get(id) ?? [];
    if (kb.inStatedFacts(id) !== facts.length > 0) disagree++;
  }
  console.log(`roles disagreeing with the index: ${disagree}`);
  for (const id of ids) {
    put('entities', [id, kb.entities.get(id) ?? null]);
    put('aboutSubject', [id, kb.factsAboutSubject(id).map((f) => [f.id, f.subject, f.object])]);
    put('aboutObject', [id, kb.factsAboutObject(id).map((f) => [f.id, f.subject, f.object])]);
    put('findings', [id, kb.hasFindings(id), kb.standIns(id)]);
  }
  put('fingerprint', [kb.factCount, kb.fingerprint]);
  for (const [part, hash] of Object.entries(parts)) console.log(`${part.padEnd(12)} ${hash.digest('hex').slice(0, 16)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
