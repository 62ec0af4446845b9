// The shared index of the sentence words (sentenceWords.ts), built at bundle time. From sources this is undefined
// and the index is built when first needed; esbuild.mjs replaces this module in the server bundles with a reader
// of `wordIndex.bin`, which it writes beside each bundle by the same code (WordIndex.toBytes over the words the
// tables register), so that the server's start-up does not build the automaton before its first diagnostic
// (issue 10, stop 46). The index is used only for exactly the words it was built from (WordIndex.fromBytes): a
// word a table adds since is answered by an index built as from sources, so the file can only save time.
export const prebuiltWordIndex: (() => Uint8Array | undefined) | undefined = undefined;
