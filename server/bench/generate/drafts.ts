// Deterministic drafts at the size of a thesis (issue 10): 100k words of Markdown or LaTeX, built from a
// seeded generator and sentence templates written for this bench (no text from ../shared). The same seed
// gives the same draft byte for byte, so that runs compare like with like. The drafts use what a real
// thesis uses: sections, paragraphs of claims with citations, abbreviations defined once and used after,
// lists, figures with captions, footnotes, math, comments and, in LaTeX, macros from the preamble.
import { SeededRandom } from './random';

/** The bench's seeded generator (random.ts) as a plain function: the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  const random = new SeededRandom(seed);
  return () => random.next();
}

const actors = ['IL-11', 'IL-6', 'STAT3', 'JAK2', 'gp130', 'MMP-13', 'ERK1/2', 'SOCS3', 'VEGF', 'TGF-β1', 'CD44', 'HIF-1α', 'Akt', 'NF-κB', 'IL-11Rα', 'MMP-9', 'Snail', 'E-cadherin'];
const processes = ['cell migration', 'invasion', 'apoptosis', 'proliferation', 'angiogenesis', 'epithelial-mesenchymal transition', 'tumour growth', 'metastasis'];
const contexts = ['OSCC', 'breast cancer', 'gastric cancer', 'colorectal cancer', 'hepatocellular carcinoma', 'glioblastoma', 'lung adenocarcinoma'];
const raisers = ['increased', 'induced', 'upregulated', 'activated', 'promoted', 'enhanced'];
const lowerers = ['reduced', 'suppressed', 'inhibited', 'downregulated', 'blocked'];
const keys = ['wu2022interleukin', 'zhong2016interleukin', 'lim2014inhibition', 'liu2022induction', 'anon2024cancer'];
const fillers = [
  'These observations extend earlier work on cytokine signalling in solid tumours.',
  'The effect was consistent across three independent experiments.',
  'Sample sizes were chosen before the study began.',
  'Each assay was repeated with a second antibody to rule out cross-reactivity.',
  'The cohort was followed for a median of four years.',
  'We return to this point in the discussion.',
  'The remaining samples were stored at minus eighty degrees until use.',
  'Statistical tests were two-sided throughout.',
];
/** Words a one-word edit puts in place of another: different lengths, so positions after the edit shift. */
export const replacementWords = ['notably', 'also', 'clearly', 'further', 'markedly', 'in turn', 'again', 'thus'];

type Pick = <T>(items: readonly T[]) => T;

function claimSentence(pick: Pick, random: () => number, cite: (keys: string[]) => string, abbreviation: string): string {
  const subject = pick(actors);
  let object = pick(actors);
  if (object === subject) object = pick(processes);
  const context = random() < 0.5 ? abbreviation : pick(contexts);
  const citation = random() < 0.6 ? cite(random() < 0.2 ? [pick(keys), pick(keys)] : [pick(keys)]) : '';
  switch (Math.floor(random() * 6)) {
    case 0:
      return `In ${context} cells, ${subject} ${pick(raisers)} ${object} expression${citation}.`;
    case 1:
      return `Knockdown of ${subject} ${pick(lowerers)} ${pick(processes)} in ${context}${citation}.`;
    case 2:
      return `${subject} ${pick(raisers)} ${pick(processes)} through ${object} in ${context} cell lines${citation}.`;
    case 3:
      return `We found that ${subject} did not alter ${object} levels in ${context}${citation}.`;
    case 4:
      return `${subject} may ${pick(['promote', 'limit', 'sustain'])} ${pick(processes)} in ${context}, although the evidence is indirect${citation}.`;
    default:
      return pick(fillers);
  }
}

export interface Draft {
  language: 'markdown' | 'latex';
  text: string;
  words: number;
}

/**
 * A draft of about `words` words. Paragraphs are unique (each carries its section and paragraph number), so
 * no cache can serve one paragraph for another, as in a real manuscript.
 */
export function generateDraft(language: 'markdown' | 'latex', words = 100_000, seed = 20261202): Draft {
  const random = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const md = language === 'markdown';
  const cite = (cited: string[]) => (md ? ` [@${cited.join('; @')}]` : `~\\cite{${cited.join(',')}}`);
  const out: string[] = [];
  if (md) out.push('---\ntitle: "A generated thesis for the ClaimLens bench"\nbibliography: references.bib\n---\n');
  else {
    out.push(
      '\\documentclass{report}\n\\usepackage{amsmath}\n\\newcommand{\\ilel}{IL-11}\n\\newcommand{\\stat}{STAT3}\n' +
        '% A generated thesis for the ClaimLens bench.\n\\begin{document}\n',
    );
  }
  let count = 0;
  let section = 0;
  const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const emit = (text: string) => {
    out.push(text);
    count += countWords(text);
  };
  while (count < words) {
    section++;
    const abbreviation = pick(['OSCC', 'HNSCC', 'CRC', 'HCC', 'GC']);
    emit(md ? `\n# Chapter ${section}: ${pick(actors)} and ${pick(processes)}\n\n` : `\n\\section{Chapter ${section}: ${pick(actors)} and ${pick(processes)}}\n\n`);
    const longForm = { OSCC: 'oral squamous cell carcinoma', HNSCC: 'head and neck squamous cell carcinoma', CRC: 'colorectal cancer', HCC: 'hepatocellular carcinoma', GC: 'gastric cancer' }[abbreviation];
    emit(`This chapter concerns ${longForm} (${abbreviation}), studied in part ${section} of the work.\n\n`);
    const paragraphs = 6 + Math.floor(random() * 6);
    for (let p = 1; p <= paragraphs && count < words; p++) {
      const sentences = [`Paragraph ${p} of part ${section} reports the next set of results.`];
      const n = 3 + Math.floor(random() * 5);
      for (let s = 0; s < n; s++) sentences.push(claimSentence(pick, random, cite, abbreviation));
      // Writers break lines inside paragraphs; the line breaks are part of what extraction maps.
      let paragraph = sentences.join(random() < 0.5 ? '\n' : ' ');
      if (!md && random() < 0.2) paragraph = paragraph.replace('IL-11 ', '\\ilel{} ').replace('STAT3 ', '\\stat{} ');
      if (random() < 0.15) paragraph += md ? ' The constant is $k_{on} = 2.4$.' : ' The constant is $k_{\\mathrm{on}} = 2.4$.';
      if (random() < 0.1) paragraph += md ? `[^n${section}x${p}]` : `\\footnote{Measured in ${pick(contexts)} samples.}`;
      emit(`${paragraph}\n\n`);
      if (md && paragraph.includes(`[^n${section}x${p}]`)) emit(`[^n${section}x${p}]: Measured in ${pick(contexts)} samples.\n\n`);
      const extra = random();
      if (extra < 0.08) {
        const items = [0, 1, 2].map(() => claimSentence(pick, random, cite, abbreviation));
        emit(md ? `${items.map((i) => `- ${i}`).join('\n')}\n\n` : `\\begin{itemize}\n${items.map((i) => `  \\item ${i}`).join('\n')}\n\\end{itemize}\n\n`);
      } else if (extra < 0.13) {
        const caption = `Figure of part ${section}: ${pick(actors)} levels in ${pick(contexts)} samples.`;
        emit(md ? `![${caption}](figures/f${section}-${p}.png)\n\n` : `\\begin{figure}\n\\centering\n\\caption{${caption}}\n\\label{fig:${section}-${p}}\n\\end{figure}\n\n`);
      } else if (extra < 0.16) {
        emit(md ? `<!-- note for part ${section}: check the antibody lot -->\n\n` : `% note for part ${section}: check the antibody lot\n\n`);
      } else if (extra < 0.18) {
        emit(md ? '$$\nv = \\frac{V_{max} [S]}{K_m + [S]}\n$$\n\n' : '\\begin{equation}\nv = \\frac{V_{\\max} [S]}{K_m + [S]}\n\\end{equation}\n\n');
      }
    }
  }
  if (!md) out.push('\\bibliographystyle{plain}\n\\bibliography{references}\n\\end{document}\n');
  return { language, text: out.join(''), words: count };
}

/**
 * The draft with disable directives (`--directives` in publishLatency.ts and incremental.ts): every 25th prose
 * paragraph with `claimlens-disable-next-line` on the line above it, and every 60th (from the 30th) between
 * `claimlens-disable` and `claimlens-enable`, each directive on its own line (which oneWordEdit never edits). The
 * plain draft stays as it is, so the bench's fingerprints do not move.
 */
export function withDisableDirectives(draft: Draft): Draft {
  const comment = (directive: string) => (draft.language === 'markdown' ? `<!-- ${directive} -->` : `% ${directive}`);
  let prose = 0;
  const paragraphs = draft.text.split('\n\n').map((paragraph) => {
    if (!/^[A-Z][a-z]/.test(paragraph)) return paragraph;
    prose++;
    if (prose % 25 === 0) return `${comment('claimlens-disable-next-line')}\n${paragraph}`;
    if (prose % 60 === 30) return `${comment('claimlens-disable')}\n${paragraph}\n${comment('claimlens-enable')}`;
    return paragraph;
  });
  return { ...draft, text: paragraphs.join('\n\n') };
}

/** Where a one-word edit goes: a word of a prose line (not markup), chosen by the seeded generator. */
export function oneWordEdit(text: string, random: () => number): { start: number; end: number; insert: string } {
  for (;;) {
    const at = Math.floor(random() * text.length);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    const line = text.slice(lineStart, lineEnd);
    // Prose lines only: not headings, comments, markup or front matter.
    if (!/^[A-Z][a-z]/.test(line) || /[\\$<>[\]@]/.test(line.slice(0, 20))) continue;
    const words = [...line.matchAll(/\b[a-z]{4,}\b/g)];
    if (words.length === 0) continue;
    const word = words[Math.floor(random() * words.length)];
    const start = lineStart + word.index!;
    return { start, end: start + word[0].length, insert: replacementWords[Math.floor(random() * replacementWords.length)] };
  }
}

/** The LSP position (line, UTF-16 character) of an offset, for an edit sent as didChange. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
