// Over stdio (`claimlens lsp --stdio`, every editor but VS Code), each publish of a thesis's diagnostics is one
// JSON text of the whole set, as LSP requires: 1,001 diagnostics are ~360 kB, 5,300 (no limit) ~2 MB, and
// JSON.stringify and the UTF-8 encoding of it took 5-11 ms of the main thread per keystroke (issue 10). After a
// one-word edit nearly every diagnostic is the same object as in the last publish (lsp/blockDiagnostics.ts keeps
// a block's placed diagnostics while it stays where it was), so a publish copies the runs of them that were
// written one after the other last time from the last publish's bytes, and writes only the others. Only frozen
// diagnostics are taken over (blockDiagnostics.ts freezes what it places): an object that can still change
// could not answer for its JSON later.
import { StreamMessageWriter, type Message, type NotificationMessage } from 'vscode-languageserver/node';

const comma = Buffer.from(',');

/**
 * Per document, the last publish's bytes, its diagnostics in order and where each one's JSON lies in them.
 * After an edit the diagnostics before and after it are the same objects in the same order, so the next
 * publish copies those runs in a few pieces: putting 5,500 kept pieces together one by one was 4 ms of the
 * main thread per keystroke with no limit on diagnostics (issue 10). The new list is matched against the
 * last one by walking both in order (a few steps ahead at most, past what the edit removed), not through a
 * Map of every diagnostic built again on every keystroke.
 */
const lastPublish = new Map<string, { bytes: Buffer; diagnostics: readonly unknown[]; starts: Int32Array; ends: Int32Array }>();

/** How far past the walk's place a diagnostic is looked for in the last publish (an edit removes a few). */
const lookAhead = 64;

/** The bytes of one JSON-RPC message: JSON.stringify's text, a publish of diagnostics from their kept JSON. */
export function encodeMessage(message: Message): Buffer {
  const params = (message as NotificationMessage).params as { diagnostics?: unknown; uri?: unknown } | undefined;
  const method = (message as NotificationMessage).method;
  if (method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics)) return Buffer.from(JSON.stringify(message), 'utf8');
  const { diagnostics, ...rest } = params as { diagnostics: unknown[] };
  // The message without its params, then the params without their diagnostics, then the list: the same JSON
  // value as JSON.stringify(message), with params and its diagnostics written last.
  const head = asciiJson(JSON.stringify({ ...message, params: undefined })).slice(0, -1);
  const restText = asciiJson(JSON.stringify(rest));
  const paramsHead = restText === '{}' ? '{' : `${restText.slice(0, -1)},`;
  // All of it ASCII (asciiJson), so 'latin1' writes the same bytes as 'utf8' without looking for wide characters.
  const parts: Buffer[] = [Buffer.from(`${head}${head.length > 1 ? ',' : ''}"params":${paramsHead}"diagnostics":[`, 'latin1')];
  const uri = typeof params.uri === 'string' ? params.uri : undefined;
  const previous = uri === undefined ? undefined : lastPublish.get(uri);
  // A copy of the list: the walk of the next publish must see these diagnostics, whatever the caller does with its array.
  // Where each one lies in the bytes: in arrays made at their size (grown by push, they were most of the garbage
  // this made per publish: ~0.4 MB for 5,600 diagnostics; issue 10). A publish is far below 2 GiB.
  const next = { diagnostics: diagnostics.slice(), starts: new Int32Array(diagnostics.length), ends: new Int32Array(diagnostics.length) };
  let offset = parts[0].length;
  // A run of diagnostics that follow each other in the last publish too: copied as one piece of its bytes.
  let run: { from: number; to: number } | undefined;
  const endRun = () => {
    if (run && previous) {
      parts.push(previous.bytes.subarray(previous.starts[run.from], previous.ends[run.to]));
      offset += previous.ends[run.to] - previous.starts[run.from];
    }
    run = undefined;
  };
  // Where the walk is in the last publish: the place after the last diagnostic found there.
  let walk = 0;
  for (let index = 0; index < diagnostics.length; index++) {
    const diagnostic = diagnostics[index];
    const frozen = typeof diagnostic === 'object' && diagnostic !== null && Object.isFrozen(diagnostic);
    let before: number | undefined;
    if (frozen && previous) {
      const end = Math.min(previous.diagnostics.length, walk + lookAhead);
      for (let k = walk; k < end; k++) {
        if (previous.diagnostics[k] === diagnostic) {
          before = k;
          walk = k + 1;
          break;
        }
      }
    }
    if (run && before !== undefined && before === run.to + 1) {
      // The comma between them is in the last publish's bytes too.
      run.to = before;
    } else {
      endRun();
      if (index > 0) {
        parts.push(comma);
        offset += 1;
      }
      if (before !== undefined) run = { from: before, to: before };
      else {
        const bytes = diagnosticJson(diagnostic);
        parts.push(bytes);
        next.starts[index] = offset;
        next.ends[index] = offset + bytes.length;
        offset += bytes.length;
        continue;
      }
    }
    // Where this one lies in the bytes being written: as far into the run as it is in the last publish.
    const start = offset + previous!.starts[before] - previous!.starts[run!.from];
    next.starts[index] = start;
    next.ends[index] = start + previous!.ends[before] - previous!.starts[before];
  }
  endRun();
  parts.push(Buffer.from(']}}'));
  const bytes = Buffer.concat(parts);
  if (uri !== undefined) {
    if (diagnostics.length === 0) lastPublish.delete(uri);
    else lastPublish.set(uri, { bytes, ...next });
  }
  return bytes;
}

function diagnosticJson(diagnostic: unknown): Buffer {
  return Buffer.from(asciiJson(JSON.stringify(diagnostic) ?? 'null'), 'latin1');
}

/**
 * JSON text in ASCII: every character past it written as a \uXXXX escape (a surrogate pair as two), which
 * JSON.parse reads back as the same string. One Greek letter in a thesis's 5,300 diagnostics (2,600 "α" in
 * 1.7 MB) made the client decode the whole publish as UTF-8 into a two-byte string, and parse that: decoding
 * was 6.3 ms and decoding and parsing 17 ms a publish, against 1.8 and 12 ms in ASCII, for 0.6% more bytes
 * (issue 10). Pure ASCII text is returned as it is.
 */
export function asciiJson(json: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(json) ? json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

/** The stdio writer with that encoding (vscode-jsonrpc's own, with the content encoder swapped). */
export function diagnosticsWriter(output: NodeJS.WritableStream): StreamMessageWriter {
  return new StreamMessageWriter(output, { charset: 'utf-8', contentTypeEncoder: { name: 'application/json', encode: (message) => Promise.resolve(encodeMessage(message)) } });
}
