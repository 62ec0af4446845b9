// The bundled lexicon's term index, built at bundle time. From sources this is undefined and the index is
// built from the rows when first used; esbuild.mjs replaces this module in the bundles with the index it
// built by the same code (compactLexicon, then serializeLexicon), so that the server's start-up skips it.
import type { SerializedLexicon } from './biomedical';

export const prebuiltLexicon: (() => SerializedLexicon) | undefined = undefined;
