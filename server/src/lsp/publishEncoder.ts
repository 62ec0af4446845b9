// Over stdio (`claimlens lsp --stdio`, every editor, VS Code included: client.ts), each publish of a thesis's diagnostics is one
// JSON text of the whole set, as LSP requires: 1,001 diagnostics are ~360 kB, 5,300 (no limit) ~2 MB, and
// JSON.stringify and the UTF-8 encoding of it took 5-11 ms of the main thread per keystroke (issue 10). After a
// one-word edit nearly every diagnostic is the same object as in the last publish (lsp/blockDiagnostics.ts keeps
// a block's placed diagnostics while it stays where it was), so a publish copies the runs of them that were
// written one after the other last time from the last publish's bytes, and writes only the others. Only frozen
// diagnostics are taken over (blockDiagnostics.ts freezes what it places): an object that can still change
// could not answer for its JSON later.
//
// The pieces are written to stdout as they are (one writev), not put together into one buffer first: copying
// ~1.9 MB into a new buffer per keystroke was 2 ms of the main thread (concat and its page faults, half of the
// encoding; issue 10). Tried and left: dropping fields from each diagnostic (none is empty; source, code,
// severity and message are all shown by the editor, and relatedInformation is sent only to clients that show
// it), and skipping a publish whose bytes equal the last one (the editor would keep ranges it moved itself).
import { AbstractMessageWriter, type Message, type MessageWriter, type NotificationMessage } from 'vscode-languageserver/node';

/**
 * Per document, the last publish's bytes, its diagnostics in order and where each one's JSON lies in them.
 * After an edit the diagnostics before and after it are the same objects in the same order, so the next
 * publish copies those runs in a few pieces: putting 5,500 kept pieces together one by one was 4 ms of the
 * main thread per keystroke with no limit on diagnostics (issue 10). The new list is matched against the
 * last one by walking both in order (a few steps ahead at most, past what the edit removed), not through a
 * Map of every diagnostic built again on every keystroke.
 */
const lastPublish = new Map<string, { pieces: Pieces; diagnostics: readonly unknown[]; starts: Int32Array; ends: Int32Array }>();

/** A message's bytes as pieces in order, with where each piece ends (counted from the first byte). */
export interface Pieces {
  parts: Buffer[];
  ends: number[];
  length: number;
}

/**
 * Past this many pieces a kept publish is put together into one buffer: each publish copies its runs out of
 * the last one's pieces, so without it their number would grow by a few with every keystroke.
 */
const maxPieces = 256;

/** How far past the walk's place a diagnostic is looked for in the last publish (an edit removes a few). */
const lookAhead = 64;

/** The bytes of one JSON-RPC message: JSON.stringify's text, a publish of diagnostics from their kept JSON. */
export function encodeMessage(message: Message): Buffer {
  const { parts, length } = encodePieces(message);
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
}

/** The bytes of one JSON-RPC message as pieces, which encodeMessage puts together (and the stdio writer does not). */
export function encodePieces(message: Message): Pieces {
  const params = (message as NotificationMessage).params as { diagnostics?: unknown; uri?: unknown } | undefined;
  const method = (message as NotificationMessage).method;
  if (method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics)) return whole(Buffer.from(JSON.stringify(message), 'utf8'));
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
  // What is written between the runs (new diagnostics and commas), as text until a run or the end: one buffer
  // for diagnostics written one after the other, not one each (a block moved by a line added above it is
  // written again whole, and 5,900 buffers and the pieces' compaction they forced were most of that publish's
  // main-thread time; issue 10). Their JSON is ASCII (asciiJson): a character is a byte.
  let fresh: string[] = [];
  const flush = () => {
    if (fresh.length === 0) return;
    parts.push(Buffer.from(fresh.length === 1 ? fresh[0] : fresh.join(''), 'latin1'));
    fresh = [];
  };
  const endRun = () => {
    flush();
    if (run && previous) {
      copyRange(previous.pieces, previous.starts[run.from], previous.ends[run.to], parts);
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
        fresh.push(',');
        offset += 1;
      }
      if (before !== undefined) run = { from: before, to: before };
      else {
        const json = diagnosticJson(diagnostic, frozen);
        fresh.push(json);
        next.starts[index] = offset;
        next.ends[index] = offset + json.length;
        offset += json.length;
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
  offset += 3;
  let pieces: Pieces;
  if (parts.length > maxPieces) pieces = whole(Buffer.concat(parts, offset));
  else {
    const ends: number[] = new Array(parts.length);
    let end = 0;
    for (let index = 0; index < parts.length; index++) ends[index] = end += parts[index].length;
    pieces = { parts, ends, length: offset };
  }
  if (uri !== undefined) {
    if (diagnostics.length === 0) lastPublish.delete(uri);
    else lastPublish.set(uri, { pieces, ...next });
  }
  return pieces;
}

function whole(bytes: Buffer): Pieces {
  return { parts: [bytes], ends: [bytes.length], length: bytes.length };
}

/** Pushes the bytes from `start` to `end` of a message written as pieces, as views of those pieces. */
function copyRange(pieces: Pieces, start: number, end: number, out: Buffer[]): void {
  // The first piece that ends after `start`.
  let low = 0;
  let high = pieces.ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pieces.ends[middle] > start) high = middle;
    else low = middle + 1;
  }
  for (let index = low; index < pieces.parts.length && start < end; index++) {
    const pieceStart = pieces.ends[index] - pieces.parts[index].length;
    const to = Math.min(end, pieces.ends[index]);
    out.push(pieces.parts[index].subarray(start - pieceStart, to - pieceStart));
    start = to;
  }
}

/**
 * Diagnostics placed from one diagnostic of a block (lsp/blockDiagnostics.ts), which differ only in their range:
 * a block moved by an edit above it (a line added or removed) is placed again as new objects, and writing each
 * of them whole again was 18 ms of the main thread for the 5,900 diagnostics of a thesis with no limit (issue
 * 10, stop 54), against 0.3 ms for a publish whose diagnostics stayed where they were. Their text after the
 * range is written once per block diagnostic and kept (a slice of its first JSON text: about the publish's
 * bytes again, 1.9 MB for that thesis), and a moved one is its new range's JSON before that text.
 */
const placedFrom = new WeakMap<object, object>();
const afterRange = new WeakMap<object, string>();

/**
 * Declares that a frozen diagnostic has the same fields as every other declared with `source`, except its range
 * (written first): those fields must not change while `source` lives.
 */
export function placedDiagnostic(diagnostic: object, source: object): void {
  placedFrom.set(diagnostic, source);
}

/** A diagnostic's JSON text, in ASCII. */
function diagnosticJson(diagnostic: unknown, frozen: boolean): string {
  const source = frozen ? placedFrom.get(diagnostic as object) : undefined;
  if (!source) return asciiJson(JSON.stringify(diagnostic) ?? 'null');
  const head = `{"range":${asciiJson(JSON.stringify((diagnostic as { range?: unknown }).range))}`;
  const rest = afterRange.get(source);
  if (rest !== undefined) return head + rest;
  const text = asciiJson(JSON.stringify(diagnostic));
  // (Only for a diagnostic written with its range first, as blockDiagnostics.ts makes them.)
  if (text.startsWith(head)) afterRange.set(source, text.slice(head.length));
  return text;
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

/**
 * The stdio writer with that encoding: a message's header and pieces go out corked, as one writev, in the
 * order write is called (everything is written before write returns, so messages never interleave).
 */
export function diagnosticsWriter(output: NodeJS.WritableStream): MessageWriter {
  return new PiecesWriter(output);
}

class PiecesWriter extends AbstractMessageWriter implements MessageWriter {
  #errors = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let pieces: Pieces;
    try {
      pieces = encodePieces(message);
    } catch (error) {
      this.fireError(error as Error, message, ++this.#errors);
      return Promise.reject(error);
    }
    const output = this.output as NodeJS.WritableStream & { cork?: () => void; uncork?: () => void };
    return new Promise((resolve, reject) => {
      output.cork?.();
      output.write(`Content-Length: ${pieces.length}\r\n\r\n`, 'ascii');
      const last = pieces.parts.length - 1;
      for (let index = 0; index < last; index++) output.write(pieces.parts[index]);
      output.write(pieces.parts[last], (error?: Error | null) => {
        if (!error) return resolve();
        this.fireError(error, message, ++this.#errors);
        reject(error);
      });
      output.uncork?.();
    });
  }

  end(): void {
    this.output.end();
  }
}
