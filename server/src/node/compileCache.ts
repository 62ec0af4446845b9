// The server's word to dist/cli.js, the loader that compiles the bundle with V8's code cache (esbuild.mjs).
// The loader writes the cache, the first time the bundle runs, from the functions V8 has compiled by then: once
// the bundle's start-up code has run, and again 3 s later. A server whose first check ended sooner (the bench's
// start-up row: a first start, ended when its draft's diagnostics arrived, ~2 s on a quiet machine) left only the
// first, which lacks the code of `initialize`, the library's load and the check: every later start compiled those
// functions again before its first diagnostic (issue 10). The loader also writes the cache when the server says it
// has published its first diagnostics; without the loader (tests, the bench's bundle) the event has no listener.

/** The process event dist/cli.js listens for (esbuild.mjs `loaderSource`). */
export const firstDiagnosticsEvent = 'claimlens:first-diagnostics';

let published = false;

/** Called after each publish of a document's diagnostics; tells the loader once. */
export function diagnosticsPublished(): void {
  if (published) return;
  published = true;
  (process as NodeJS.EventEmitter).emit(firstDiagnosticsEvent);
}
