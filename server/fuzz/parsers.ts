// The parsers (and the whole check) the fuzz suite drives, and how inputs for each are generated: mixtures of the markup tokens
// that matter to each parser (openers without closers, nesting, escapes, odd characters) with free text.
// Shared by the quick run in `npm test` (server/test/fuzz.test.ts) and the long run of `npm run fuzz`.
import fc from 'fast-check';
import { loadBib } from '../src/core/kb/bib';
import { loadKbJson } from '../src/core/kb/loadFile';
import { extractProse } from '../src/core/text/index';
import { clearMarkdownChunkCache } from '../src/core/text/markdownChunks';
import { splitSentences } from '../src/core/text/sentences';
import { AnalysisCache, analyzeDocument } from '../src/core/analysis/analyzeDocument';
import type { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';

const odd = ['\u0000', '\uD800', '\uDFFF', '\u202E', '\u0301', '\u00A0', '\t', '\r', '\r\n', 'é', 'α', '𝛼', '\uFEFF', '\u001b[31m'];
const prose = ['IL-11 ', 'upregulates ', 'MMP-13 ', 'in OSCC', '. ', ', ', 'et al. ', 'Fig. 2. ', 'e.g. ', 'C. Y. Wu ', 'p < 0.05. ', 'The ', '? ', '!'];

const markdownTokens = [
  ...prose, ...odd, '\n', '\n\n', '- ', '* ', '+ ', '1. ', '2) ', '> ', '>', '# ', '```\n', '~~~', '$$\n', '$', '`', '<!--', '-->', '<!-- claimlens-disable-next-line -->',
  '[@wu2022interleukin]', '[@', '@key', '[-@a]', '; @b', ']', '[', '(', ')', '[^1]', '[^1]: ', '[x]: u', '| a |', '|---|', '---\n', '***', '_', '\\', '&amp;', '&#x110000;', '    ', '<b>', '</b>',
];
const latexTokens = [
  ...prose, ...odd, '\n', '\n\n', '\\begin{foo}', '\\end{foo}', '\\begin{document}', '\\end{document}', '\\section{', '\\cite{', '\\citep[p.~3]{', '\\citet{a,b}', '}', '{', '[', ']',
  '\\x[', '%', '% claimlens-disable-next-line\n', '$', '$$', '\\(', '\\)', '\\[', '\\]', '\\emph{', '\\textbf{', '\\footnote{', '\\\\', '\\', '~', '\\newcommand{\\il}{IL-11}', '\\il{}',
  '\\begin{verbatim}', '\\end{verbatim}', '\\begin{equation}', '\\item ', '\\input{x}', '\\bibliography{refs}', '\\addbibresource{r.bib}', '&', '^', '_',
];
const bibTokens = [
  ...odd, '@', '@article{', '@book{', '@string{', '@comment{', '@preamble{', 'key', ', ', ',', 'title', 'author', 'year', ' = ', '=', '{', '}', '"', '#', '\n', 'A. Name and B. Other',
  '2020', '\\"o', '{\\\'e}', '$x$', '<b>', 'doi', '10.1000/x', '%', '(', ')', 'and', ' ',
];
const jsonTokens = [
  ...odd, '{', '}', '[', ']', ',', ':', '"papers"', '"facts"', '"entities"', '"id"', '"key"', '"subject"', '"relation"', '"object"', '"IL11"', '"upregulates"', '"x"', '1', '-1e999',
  'null', 'true', '"\\u0000"', '"\\uD800"', '//', '/*', '*/', '\n', ' ', '"evidence"', '{"paper":"wu2022interleukin","locator":"abstract"}',
];

// The whole check (entities, sentences, the claim reader, verification) on the shapes that once cost far more
// than their size (issue 11): thousands of one-word sentences ("1. 1. ...", "Ab. Ab. ..."), periods that end
// no sentence, entity names without a full stop, long paragraphs of claims, unclosed comments.
const analysisTokens = [
  ...prose, 'STAT3 ', 'OSCC ', 'gp130 ', 'JAK2 ', 'hypoxia ', 'EMT ', 'PI3K/Akt ', 'via ', 'and ', 'raised ', 'knockdown of ', 'did not ', 'It ', 'its ',
  '1. ', 'Ab. ', 'x. ', 'In OSCC cells, IL-11 raised MMP-13 expression through STAT3 (Fig. 2). ', '<!-- IL-11\n', '\n\n', '- ', '> ', '[@wu2022interleukin]', '\\cite{a}',
];

let library: Promise<KnowledgeBase> | undefined;
/** The bundled library, loaded once. */
const bundledKb = (): Promise<KnowledgeBase> => (library ??= loadKnowledgeBase({ extra: [] }).then((loaded) => loaded.kb));

/** Inputs of up to `max` tokens drawn from `tokens`, with free strings mixed in. */
function mixture(tokens: string[], max: number): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 3 }) });
  // Repetition of one piece is where nesting and unclosed constructs hide.
  const run = fc.tuple(fc.constantFrom(...tokens), fc.integer({ min: 2, max: 60 })).map(([token, n]) => token.repeat(n));
  return fc.array(fc.oneof({ weight: 8, arbitrary: piece }, { weight: 1, arbitrary: run }), { maxLength: max }).map((parts) => parts.join(''));
}

export interface FuzzedParser {
  name: string;
  inputs: (maxTokens: number) => fc.Arbitrary<string>;
  /** Runs the parser; throws only if the parser does. */
  run: (input: string) => void | Promise<void>;
}

export const parsers: FuzzedParser[] = [
  {
    name: 'markdown',
    inputs: (n) => mixture(markdownTokens, n),
    // Cold every time: the chunk cache would otherwise answer a repeated input without parsing it.
    run: (input) => {
      clearMarkdownChunkCache();
      splitAll(extractProse('markdown', input));
    },
  },
  { name: 'latex', inputs: (n) => mixture(latexTokens, n), run: (input) => void splitAll(extractProse('latex', input)) },
  { name: 'bibtex', inputs: (n) => mixture(bibTokens, n), run: async (input) => void (await loadBib('fuzz.bib', input)) },
  { name: 'kb-json', inputs: (n) => mixture(jsonTokens, n), run: (input) => void loadKbJson('fuzz.json', input) },
  {
    name: 'check',
    inputs: (n) => mixture(analysisTokens, n),
    run: async (input) => {
      const kb = await bundledKb();
      clearMarkdownChunkCache();
      analyzeDocument('markdown', input, kb, new AnalysisCache());
    },
  },
];

/** Sentence splitting is part of reading prose; every block goes through it. */
function splitAll(doc: ReturnType<typeof extractProse>): void {
  for (const block of doc.blocks) splitSentences(block.text);
}
