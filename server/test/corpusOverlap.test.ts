// The project's labelled corpora are our own or found by us; the shared evaluation sets (../shared/eval: the real
// sentences, the library kit's abstracts and claims, dev-claims) are for measuring only and must not enter the
// project. The fresh sets (corpus/fresh-*.jsonl) were found by searching published pages, which the shared real set
// also paraphrases, and 15 of their first rows turned out to be the same published sentences (stop 25): removed,
// and this test keeps it so. Skips without ../shared.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const RUN = 10;

function runsOf(text: string): string[] {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(/\s+/);
  const runs: string[] = [];
  for (let i = 0; i + RUN <= words.length; i++) runs.push(words.slice(i, i + RUN).join(' '));
  return runs;
}

function jsonl(file: string): Record<string, unknown>[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Every text of the shared evaluation sets. */
function sharedTexts(root: string): string[] {
  const texts: string[] = [];
  const real = path.join(root, 'real');
  if (fs.existsSync(real)) for (const f of fs.readdirSync(real).filter((f) => f.endsWith('.jsonl'))) texts.push(...jsonl(path.join(real, f)).map((r) => String(r.sentence ?? '')));
  const library = path.join(root, 'library');
  if (fs.existsSync(library)) {
    for (const topic of fs.readdirSync(library).filter((d) => fs.statSync(path.join(library, d)).isDirectory())) {
      const sentences = path.join(library, topic, 'sentences.jsonl');
      if (fs.existsSync(sentences)) for (const r of jsonl(sentences)) texts.push(...((r.sentences as string[] | undefined) ?? []));
      const claims = path.join(library, topic, 'claims.jsonl');
      if (fs.existsSync(claims)) texts.push(...jsonl(claims).map((r) => String(r.text ?? '')));
    }
  }
  const devClaims = path.join(root, 'dev-claims.jsonl');
  if (fs.existsSync(devClaims)) texts.push(...jsonl(devClaims).map((r) => String(r.text ?? r.sentence ?? '')));
  return texts;
}

suite('corpora stay apart from the shared evaluation sets', () => {
  test(`no row of server/test/corpus shares a run of ${RUN} words with ../shared/eval`, function () {
    const shared = path.join(__dirname, '..', '..', '..', 'shared', 'eval');
    if (!fs.existsSync(shared)) this.skip();
    const sharedRuns = new Set(sharedTexts(shared).flatMap(runsOf));
    assert.ok(sharedRuns.size > 1000, `${sharedRuns.size} runs read from ${shared}`);
    const corpus = path.join(__dirname, 'corpus');
    const shared_ = fs.readdirSync(corpus).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) =>
      jsonl(path.join(corpus, f)).filter((row) => runsOf(String(row.text ?? '')).some((run) => sharedRuns.has(run))).map((row) => `${f} ${String(row.id)}`),
    );
    assert.deepEqual(shared_, []);
  });
});
