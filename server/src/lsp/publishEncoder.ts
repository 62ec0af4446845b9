// Over stdio (`claimlens lsp --stdio`, every editor but VS Code), each publish of a thesis's diagnostics is one
// JSON text of the whole set, as LSP requires: 1,001 diagnostics are ~360 kB, 5,300 (no limit) ~2 MB, and
// JSON.stringify and the UTF-8 encoding of it took 5-11 ms of the main thread per keystroke (issue 10). After a
// one-word edit nearly every diagnostic is the same object as in the last publish (lsp/blockDiagnostics.ts keeps
// a block's placed diagnostics while it stays where it was), so each one's UTF-8 JSON is kept with it and a
// publish is those bytes put together. Only frozen diagnostics are kept (blockDiagnostics.ts freezes what it
// places): an object that can still change could not answer for its JSON later.
import { StreamMessageWriter, type Message, type NotificationMessage } from 'vscode-languageserver/node';

/** Each frozen diagnostic's JSON as UTF-8, for as long as the diagnostic lives. */
const encoded = new WeakMap<object, Buffer>();
const comma = Buffer.from(',');

/** The bytes of one JSON-RPC message: JSON.stringify's text, a publish of diagnostics from their kept JSON. */
export function encodeMessage(message: Message): Buffer {
  const params = (message as NotificationMessage).params as { diagnostics?: unknown } | undefined;
  const method = (message as NotificationMessage).method;
  if (method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics)) return Buffer.from(JSON.stringify(message), 'utf8');
  const { diagnostics, ...rest } = params as { diagnostics: unknown[] };
  // The message without its params, then the params without their diagnostics, then the list: the same JSON
  // value as JSON.stringify(message), with params and its diagnostics written last.
  const head = JSON.stringify({ ...message, params: undefined }).slice(0, -1);
  const restText = JSON.stringify(rest);
  const paramsHead = restText === '{}' ? '{' : `${restText.slice(0, -1)},`;
  const parts: Buffer[] = [Buffer.from(`${head}${head.length > 1 ? ',' : ''}"params":${paramsHead}"diagnostics":[`, 'utf8')];
  for (let index = 0; index < diagnostics.length; index++) {
    if (index > 0) parts.push(comma);
    parts.push(diagnosticJson(diagnostics[index]));
  }
  parts.push(Buffer.from(']}}'));
  return Buffer.concat(parts);
}

function diagnosticJson(diagnostic: unknown): Buffer {
  const frozen = typeof diagnostic === 'object' && diagnostic !== null && Object.isFrozen(diagnostic);
  let bytes = frozen ? encoded.get(diagnostic) : undefined;
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(diagnostic) ?? 'null', 'utf8');
    if (frozen) encoded.set(diagnostic, bytes);
  }
  return bytes;
}

/** The stdio writer with that encoding (vscode-jsonrpc's own, with the content encoder swapped). */
export function diagnosticsWriter(output: NodeJS.WritableStream): StreamMessageWriter {
  return new StreamMessageWriter(output, { charset: 'utf-8', contentTypeEncoder: { name: 'application/json', encode: (message) => Promise.resolve(encodeMessage(message)) } });
}
