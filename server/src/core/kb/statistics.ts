// Statistics in brackets after a finding: "(HR 1.45; 95% CI 1.06-1.99; p = .022)", "[odds ratio (OR): 2.1,
// P = 0.03]". They qualify the finding and name no entity ("HR" and "OR" are gene symbols too), and a bracket
// between two coordinated outcomes hid the second from the reader ("worse A (HR ...) and B (HR ...)"). The
// abstract reader reads the text with such brackets blanked out (same length, so offsets hold); quotes keep them.

/** Words that make a bracket a statistics bracket, each with an example. */
const statisticWords: readonly { pattern: RegExp; example: string }[] = [
  { pattern: /\b(?:hazard|odds|risk)\s+ratios?\b|\brelative\s+risk\b/i, example: '(hazard ratio 1.9)' },
  // A ratio's symbol followed by its value: "HR 1.27", "OR: 2.1", "RR = 0.8", "HR, 1.45".
  { pattern: /\b(?:a?HR|a?OR|RR|IRR)\s*[:=,]?\s*\d/, example: '(HR, 1.45)' },
  { pattern: /\b95\s*%\s*(?:C\.?\s?I\.?|confidence)/i, example: '(95% CI 1.1-2.0)' },
  { pattern: /(?:^|[\s;,(\[])p\s*[=<>≤≥]\s*0?\.\d/i, example: '(p = .022)' },
];

/** Whether a bracket's content is statistics (and nothing else a reader needs). */
export function isStatistics(content: string): boolean {
  return /\d/.test(content) && statisticWords.some((w) => w.pattern.test(content));
}

const opening: Record<string, string> = { '(': ')', '[': ']' };

/** The text with every outermost statistics bracket replaced by spaces. */
export function blankStatistics(text: string): string {
  if (!/[([]/.test(text)) return text;
  let out = '';
  let copied = 0;
  const stack: { char: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') stack.push({ char: c, at: i });
    else if ((c === ')' || c === ']') && stack.length > 0) {
      const top = stack[stack.length - 1];
      if (opening[top.char] !== c) {
        // Mismatched brackets: give up on nesting here, as a reader would.
        stack.length = 0;
        continue;
      }
      stack.pop();
      if (stack.length === 0 && isStatistics(text.slice(top.at + 1, i))) {
        out += text.slice(copied, top.at) + ' '.repeat(i + 1 - top.at);
        copied = i + 1;
      }
    } else if (c === '.' && stack.length > 0 && /\s/.test(text[i + 1] ?? '') && /[A-Z]/.test(text[i + 2] ?? '')) {
      // An unclosed bracket does not run on into the next sentence.
      stack.length = 0;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
