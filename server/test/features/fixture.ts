// Fixture support for feature tests: a document with a `$0` cursor marker (as in rust-analyzer), checked
// against the core service in memory, without an editor.
import { loadKnowledgeBase } from '../../src/node/loadKnowledgeBase';
import { ClaimLensService, type DocumentSnapshot } from '../../src/core/service';

export const CURSOR = '$0';

let counter = 0;
/** Every fixture is its own document: the service caches analyses by document id and version. */
function nextId(languageId: string): string {
  counter++;
  return `file:///fixture-${counter}.${languageId === 'markdown' ? 'md' : 'tex'}`;
}

export interface Fixture {
  doc: DocumentSnapshot;
  offset: number;
}

/** Removes the cursor marker and returns the document and the cursor's offset. */
export function fixture(text: string, languageId = 'markdown'): Fixture {
  const offset = text.indexOf(CURSOR);
  if (offset < 0) throw new Error('fixture has no $0 cursor marker');
  const clean = text.slice(0, offset) + text.slice(offset + CURSOR.length);
  return { doc: { id: nextId(languageId), languageId, version: 1, text: clean }, offset };
}

/** A document without a cursor. */
export function document(text: string, languageId = 'markdown'): DocumentSnapshot {
  return { id: nextId(languageId), languageId, version: 1, text };
}

let service: Promise<ClaimLensService> | undefined;

/** A service over the bundled library, shared by the feature tests. */
export function bundledService(): Promise<ClaimLensService> {
  service ??= loadKnowledgeBase({ extra: [] }).then(({ kb }) => new ClaimLensService(kb));
  return service;
}
