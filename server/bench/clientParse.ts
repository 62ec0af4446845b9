// What a client pays to read one publish of the bench's drafts with no limit (issue 10, the "same with no limit"
// rows), for the published diagnostics and for variants of the same list, each read as vscode-jsonrpc reads it:
// 64 KiB chunks from the pipe, copied into one buffer, decoded into a string, parsed. CPU time of this process,
// the variants interleaved round by round, the median and quartiles of the rounds after the first five. Stop 54:
// every byte of a publish is text the editor shows or the protocol's keys (publishFields.ts partsTable), so the
// variants say what a change to what is shown would save a client, not what a faithful encoding can.
// `npx tsx server/bench/clientParse.ts [--server=dist/cli.js] [--rounds=40] [markdown|latex]`
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { publishFields } from './publishFields';

/** The diagnostics as published, and with the parts a change to what is shown would take away. */
export function variants(diagnostics: Diagnostic[]): Record<string, Diagnostic[]> {
  const firstLine = (message: Diagnostic['message']) => (typeof message === 'string' ? message.split('\n')[0] : message);
  return {
    published: diagnostics,
    'messages without their evidence lines': diagnostics.map((d) => ({ ...d, message: firstLine(d.message) })),
    'without source': diagnostics.map(({ source: _source, ...d }) => d),
  };
}

/** Reads a message's bytes as vscode-jsonrpc's stream reader does (MessageBuffer and the JSON decoder). */
export function readAsClient(body: Buffer): unknown {
  const chunks: Buffer[] = [];
  for (let at = 0; at < body.length; at += 65536) {
    // A new buffer per read, as a stream's reads are.
    const chunk = Buffer.allocUnsafeSlow(Math.min(65536, body.length - at));
    body.copy(chunk, 0, at);
    chunks.push(chunk);
  }
  const whole = Buffer.allocUnsafe(body.length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return JSON.parse(whole.toString('utf8'));
}

export function clientCost(diagnostics: Diagnostic[], rounds: number): { variant: string; megabytes: number; median: number; p25: number; p75: number }[] {
  const bodies = Object.entries(variants(diagnostics)).map(([variant, list]) => ({
    variant,
    body: Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///thesis.md', version: 2, diagnostics: list } })),
    cpu: [] as number[],
  }));
  let kept: unknown;
  for (let round = 0; round < rounds; round++) {
    for (const entry of bodies) {
      const before = process.cpuUsage();
      kept = readAsClient(entry.body);
      const spent = process.cpuUsage(before);
      entry.cpu.push((spent.user + spent.system) / 1000);
    }
  }
  void kept;
  return bodies.map(({ variant, body, cpu }) => {
    const settled = cpu.slice(5).sort((a, b) => a - b);
    const at = (q: number) => settled[Math.floor(q * (settled.length - 1))];
    return { variant, megabytes: body.length / 1e6, median: at(0.5), p25: at(0.25), p75: at(0.75) };
  });
}

const runAlone = require.main === module && /clientParse\.[cjt]s$/.test(process.argv[1] ?? '');
if (runAlone) {
  const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const cli = path.resolve(option('server') ?? path.join(__dirname, '..', '..', 'dist', 'cli.js'));
  const rounds = Number(option('rounds') ?? 40);
  const languages = process.argv.slice(2).filter((a): a is 'markdown' | 'latex' => a === 'markdown' || a === 'latex');
  void (async () => {
    for (const language of languages.length > 0 ? languages : (['markdown', 'latex'] as const)) {
      const { diagnostics } = await publishFields(cli, language, false);
      console.log(`${language}, ${diagnostics.length} diagnostics, client CPU per publish read (${rounds} interleaved rounds):`);
      for (const row of clientCost(diagnostics, rounds)) {
        console.log(`  ${row.variant.padEnd(40)} ${row.megabytes.toFixed(2)} MB  median ${row.median.toFixed(1)} ms (quartiles ${row.p25.toFixed(1)}-${row.p75.toFixed(1)})`);
      }
    }
  })();
}
