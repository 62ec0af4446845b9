// Where an edit's latency goes with no limit on diagnostics (issue 10, the "same with no limit" row): from the
// didChange to the publish's first byte (the server: worker and main thread), from its first to its last byte
// (the pipe: a 64 KiB pipe moves a 1.9 MB publish in ~30 rounds of the server writing and the client reading),
// and from the last byte to the parsed notification (the client: vscode-jsonrpc copies the body into one buffer,
// decodes it into a string and parses it). With each part, the page faults per edit of the server's main thread,
// of its other threads (the analysis worker, V8's helpers) and of the client: on this machine a fresh 4 KiB page
// costs ~40-70 us (a micro-VM; a bare Linux ~1 us), so a publish read twice into fresh memory (~2 faults per KB)
// and a new text of the document in the worker per edit (its UTF-16 copy, ~350 faults for the 100k-word
// Markdown draft; stop 51: the worker keeps the text in pieces, core/text/sourceText.ts) are most of the CPU. `npx tsx server/bench/publishLatency.ts [--servers=a/dist/cli.js,dist/cli.js]
// [--rounds=N] [--edits=N] [--limit=N] [--directives] [markdown|latex]`; several servers are run in turn, N rounds, for
// A/B pairs; `--directives`: the draft with disable directives (generate/drafts.ts withDisableDirectives).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidChangeTextDocumentNotification, PublishDiagnosticsNotification } from 'vscode-languageserver-protocol/node';
import { generateDraft, oneWordEdit, positionAt, seededRandom, withDisableDirectives } from './generate/drafts';
import { startLspSession } from './lspSession';
import { percentile } from './table';

const publishMethod = Buffer.from(PublishDiagnosticsNotification.method);

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Minor page faults of a process, or of one of its threads (tid), from /proc (NaN off Linux). */
function minorFaults(pid: number, tid?: number): number {
  try {
    const stat = fs.readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
    // After the command: state is field 3, minflt field 10.
    return Number(stat.replace(/^.*\) /, '').split(' ')[7]);
  } catch {
    return Number.NaN;
  }
}

/** CPU ms (user + system) of a process, or of one of its threads (tid), from /proc (NaN off Linux). */
function cpuMs(pid: number, tid?: number): number {
  try {
    const stat = fs.readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
    // After the command: utime is field 14, stime field 15, in clock ticks (100 per second on Linux).
    const fields = stat.replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

export interface PublishLatency {
  published: number;
  /** didChange to the publish's first byte, first to last byte, last byte to the parsed notification, and all of it (ms per edit). */
  toFirstByte: number[];
  transfer: number[];
  parse: number[];
  total: number[];
  /** Page faults per edit. */
  faults: { main: number; otherThreads: number; client: number };
  /** Server CPU ms per edit: all its threads, and its main thread. */
  serverCpu: { all: number; main: number };
  bytesPerEdit: number;
}

export async function publishLatency(cli: string, language: 'markdown' | 'latex', edits = 60, maxPerDocument = 0, directives = false): Promise<PublishLatency> {
  const draft = directives ? withDisableDirectives(generateDraft(language)) : generateDraft(language);
  let firstByte = 0;
  let lastByte = 0;
  const onChunk = (chunk: Buffer) => {
    const at = now();
    // The publish's own first byte (a status notification goes before it).
    if (firstByte === 0 && chunk.includes(publishMethod)) firstByte = at;
    lastByte = at;
  };
  const session = await startLspSession(cli, language, { settings: { diagnostics: { maxPerDocument } }, onChunk, workspacePrefix: 'claimlens-latency-' });
  const { server, connection } = session;
  const result: PublishLatency = { published: 0, toFirstByte: [], transfer: [], parse: [], total: [], faults: { main: 0, otherThreads: 0, client: 0 }, serverCpu: { all: 0, main: 0 }, bytesPerEdit: 0 };
  try {
    let text = draft.text;
    await session.open(text);
    const random = seededRandom(7);
    // The first edits wait for the worker to take over the document (lsp/server.ts): not counted.
    const skip = 3;
    let bytes = 0;
    for (let version = 2; version <= edits + skip + 1; version++) {
      const edit = oneWordEdit(text, random);
      const from = positionAt(text, edit.start);
      const to = positionAt(text, edit.end);
      text = text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
      text.charCodeAt(0);
      const next = session.publishedAt(version);
      const main0 = minorFaults(server.pid!, server.pid!);
      const all0 = minorFaults(server.pid!);
      const client0 = minorFaults(process.pid);
      const cpu0 = cpuMs(server.pid!);
      const cpuMain0 = cpuMs(server.pid!, server.pid!);
      const received0 = session.received();
      firstByte = 0;
      const start = now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: session.uri, version }, contentChanges: [{ range: { start: from, end: to }, text: edit.insert }] });
      await next;
      const end = now();
      if (version <= skip + 1) continue;
      const main = minorFaults(server.pid!, server.pid!) - main0;
      result.faults.main += main;
      result.faults.otherThreads += minorFaults(server.pid!) - all0 - main;
      result.faults.client += minorFaults(process.pid) - client0;
      result.serverCpu.all += cpuMs(server.pid!) - cpu0;
      result.serverCpu.main += cpuMs(server.pid!, server.pid!) - cpuMain0;
      bytes += session.received() - received0;
      result.toFirstByte.push(firstByte - start);
      result.transfer.push(lastByte - firstByte);
      result.parse.push(end - lastByte);
      result.total.push(end - start);
    }
    result.published = session.published();
    result.faults = { main: result.faults.main / edits, otherThreads: result.faults.otherThreads / edits, client: result.faults.client / edits };
    result.serverCpu = { all: result.serverCpu.all / edits, main: result.serverCpu.main / edits };
    result.bytesPerEdit = bytes / edits;
    return result;
  } finally {
    session.close();
  }
}

export function latencyLine(cli: string, language: string, r: PublishLatency): string {
  const p = (values: number[]) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 95).toFixed(1)}`;
  // The slowest edits by version (the first measured is 5): which of them set the p95 (the first edits after the
  // full check run the edit path's code before V8 has optimized it for it; with --edits=100, version 104 edits
  // an abbreviation's definition and re-reads every block that uses it, an edit the bench's row, 3-102, leaves out).
  const slowest = r.total.map((ms, i) => ({ ms, version: i + 5 })).sort((a, b) => b.ms - a.ms).slice(0, 6).map(({ ms, version }) => `v${version} ${ms.toFixed(0)}`).join(', ');
  return `${cli} ${language}, ${r.published} diagnostics, ${(r.bytesPerEdit / 1e6).toFixed(2)} MB per edit: p50 / p95 ms total ${p(r.total)} = to first byte ${p(r.toFirstByte)} + first to last byte ${p(r.transfer)} + last byte to parsed ${p(r.parse)}; page faults per edit: server main thread ${r.faults.main.toFixed(0)}, its other threads ${r.faults.otherThreads.toFixed(0)}, client ${r.faults.client.toFixed(0)}; server CPU ms per edit ${r.serverCpu.all.toFixed(1)} (main thread ${r.serverCpu.main.toFixed(1)}); slowest edits ms: ${slowest}`;
}

const runAlone = require.main === module && /publishLatency\.[cjt]s$/.test(process.argv[1] ?? '');
if (runAlone) {
  const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const servers = (option('servers') ?? path.join(__dirname, '..', '..', 'dist', 'cli.js')).split(',').map((cli) => path.resolve(cli));
  const languages = process.argv.slice(2).filter((a): a is 'markdown' | 'latex' => a === 'markdown' || a === 'latex');
  void (async () => {
    for (let round = 0; round < Number(option('rounds') ?? 1); round++) {
      for (const language of languages.length > 0 ? languages : (['markdown'] as const)) {
        for (const cli of servers) console.log(latencyLine(cli, language, await publishLatency(cli, language, Number(option('edits') ?? 60), Number(option('limit') ?? 0), process.argv.includes('--directives'))));
      }
    }
  })();
}
