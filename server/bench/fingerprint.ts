// `npx tsx server/bench/fingerprint.ts [--save=<file>] [--compare=<file>]`: one hash of what the checker makes of
// the bench's two generated 100k-word drafts (generate/drafts.ts): every diagnostic, and every sentence's result
// (its span, verdict, basis and claims), with counts. A speed-up of the full check must leave it unchanged: run it
// before a change with `--save`, after with `--compare` (exit code 1 and the first differing sentence when not).
// Quicker than identity.ts (which covers more documents and the library) so it can run after every change.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../src/core/analysis/analyzeDocument';
import { ClaimLensService } from '../src/core/service';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { generateDraft } from './generate/drafts';
import { stable } from './stableJson';

const root = path.join(__dirname, '..', '..');

const hash = (text: string) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

interface Fingerprint {
  [draft: string]: { diagnostics: number; sentences: number; claims: number; diagnosticsHash: string; sentencesHash: string; lines: string[] };
}

async function main(): Promise<void> {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const { kb } = await loadKnowledgeBase({ extra: [path.join(root, 'examples', 'references.bib')] });
  const result: Fingerprint = {};
  for (const language of ['markdown', 'latex'] as const) {
    const text = generateDraft(language).text;
    const id = `draft100k.${language === 'markdown' ? 'md' : 'tex'}`;
    const diagnostics = new ClaimLensService(kb).diagnostics({ id, languageId: language, version: 0, text });
    const sentences = analyzeDocument(language, text, kb).sentences;
    const lines = sentences.map((s) => hash(stable({ start: s.start, end: s.end, verdict: s.verdict, basis: s.basis, claims: s.claims })));
    const diagnosticLines = diagnostics.map((d) => stable(d));
    result[id] = {
      diagnostics: diagnostics.length,
      sentences: sentences.length,
      claims: sentences.reduce((n, s) => n + s.claims.length, 0),
      diagnosticsHash: hash(diagnosticLines.join('\n')),
      sentencesHash: hash(lines.join('\n')),
      lines,
    };
    const r = result[id];
    console.log(`${id}: ${r.diagnostics} diagnostics ${r.diagnosticsHash}; ${r.sentences} sentences, ${r.claims} claims ${r.sentencesHash}`);
  }
  const save = arg('save');
  if (save) fs.writeFileSync(save, JSON.stringify(result));
  const compare = arg('compare');
  if (compare) {
    const before = JSON.parse(fs.readFileSync(compare, 'utf8')) as Fingerprint;
    let same = true;
    for (const [id, now] of Object.entries(result)) {
      const old = before[id];
      if (!old || old.diagnosticsHash !== now.diagnosticsHash || old.sentencesHash !== now.sentencesHash) {
        same = false;
        const at = old ? now.lines.findIndex((line, i) => line !== old.lines[i]) : 0;
        console.log(`${id} DIFFERS from ${compare}: diagnostics ${old?.diagnostics} -> ${now.diagnostics}, sentences ${old?.sentences} -> ${now.sentences}; first differing sentence #${at}`);
      }
    }
    console.log(same ? `identical to ${compare}` : 'NOT identical');
    if (!same) process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
