// Sentences that assert no finding: aims, methods, questions, history, definitions, background on a disease.
// The reader marks them with a reason so that verification can call them out of scope, and so that a
// sentence naming library entities without any readable claim can be told apart from one that states a
// finding the reader could not parse. Each rule is data with an example that is its own test
// (server/test/core/nonClaims.test.ts).

export type NonClaimReason = 'aim' | 'question' | 'future-work' | 'method' | 'history' | 'definition' | 'background';

export interface NonClaimRule {
  reason: NonClaimReason;
  pattern: RegExp;
  /**
   * A strong rule says the sentence asserts nothing whatever it contains ("We aimed to test whether X raises Y"):
   * the reader drops its claims. A weak rule applies only when the reader found no claim ("IL-6 levels were
   * measured by ELISA" states a method; "cells were incubated with IL-6, which raised MMP-13" also reports one).
   */
  strong: boolean;
  example: string;
}

const studyVerbs = '(?:examine|investigate|determine|assess|evaluate|explore|clarify|elucidate|test|study|characteri[sz]e|identify|define|address|compare|analy[sz]e)';
const measuredList = 'measured|assessed|evaluated|examined|analy[sz]ed|determined|quantified|detected|estimated|scored|investigated';
const measuredVerbs = `(?:${measuredList})`;

export const nonClaimRules: NonClaimRule[] = [
  {
    reason: 'aim',
    pattern: new RegExp(`\\b(?:we|this\\s+(?:study|work|trial|report)|the\\s+(?:present|current)\\s+(?:study|work))\\s+(?:was\\s+|were\\s+|is\\s+)?(?:aim(?:s|ed)?|sought|seeks?|set\\s+out|designed|intend(?:s|ed)?|undert(?:ook|aken))\\s+(?:\\w+\\s+)?to\\b`, 'i'),
    strong: true,
    example: 'We set out to test how IL-11 acts on MMP-13 in OSCC.',
  },
  {
    reason: 'aim',
    pattern: /\b(?:aim|aims|objective|objectives|purpose|goal)\s+(?:of\s+(?:this|the\s+present|our)\s+\w+\s+)?(?:was|were|is|are)\s+to\b/i,
    strong: true,
    example: 'The goal of this project was to define the role of IL-6 in HCC progression.',
  },
  {
    reason: 'aim',
    pattern: new RegExp(`^\\s*to\\s+(?:further\\s+)?${studyVerbs}\\b`, 'i'),
    strong: true,
    example: 'To examine how STAT3 affects invasion in breast cancer cells.',
  },
  {
    reason: 'future-work',
    pattern: /\b(?:further|future|additional|more)\s+(?:studies|work|research|investigations?|experiments|trials)\s+(?:\w+\s+)?(?:are|is|will\s+be|would\s+be)\s+(?:needed|required|warranted|necessary)\b/i,
    strong: true,
    example: 'More studies are needed to see whether IL-11 drives EMT in HCC.',
  },
  {
    reason: 'question',
    pattern: /\?\s*$/,
    strong: true,
    example: 'Does IL-6 drive sorafenib resistance in HCC?',
  },
  {
    reason: 'background',
    pattern: /\b(?:lacks?|lacking|there\s+(?:is|are)\s+no|without)\s+(?:any\s+)?(?:effective|curative|approved)\s+(?:therap|treatment|drug|option)/i,
    strong: true,
    example: 'Metastatic OSCC still lacks effective therapies.',
  },
  {
    reason: 'method',
    pattern: new RegExp(`\\b(?:was|were)\\s+(?:carried\\s+out|performed|conducted|done|purchased|obtained|${measuredVerbs})\\s+(?:by|using|with\\s+(?:an?\\s+)?(?:assay|kit|antibod)|on\\s+\\d|in\\s+\\d|from\\s+(?:fresh|\\d|patients|the))`, 'i'),
    strong: false,
    example: 'IL-11 levels in plasma were quantified by an immunoassay.',
  },
  {
    reason: 'method',
    pattern: new RegExp(`^\\s*(?:using|with|by\\s+means\\s+of)\\s+[^,]{3,80},\\s+we\\s+(?:have\\s+)?(?:${measuredList}|assessed|compared|scored)\\b`, 'i'),
    strong: false,
    example: 'Using tissue arrays, we scored STAT3 staining in 80 OSCC samples.',
  },
  {
    reason: 'method',
    pattern: new RegExp(`\\b(?:in\\s+this\\s+study,?\\s+)?we\\s+(?:have\\s+)?(?:${measuredList}|profiled|compared)\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:expression|levels?|incidence|presence|status|distribution|amounts?)\\s+of\\b`, 'i'),
    strong: false,
    example: 'We measured the expression of IL-11 and gp130 in OSCC tissues.',
  },
  {
    reason: 'method',
    pattern: /\b(?:were|was)\s+(?:given|administered|randomi[sz]ed|enrolled|recruited)\b|\b(?:were|was)\s+(?:incubated|cultured|transfected|seeded|stained|injected)\s+(?:with|in|into|to|for|at|on)\b/i,
    strong: false,
    example: 'HCC cells were incubated with sorafenib for two days.',
  },
  {
    reason: 'history',
    pattern: /\b(?:first|originally|initially)\s+(?:isolated|described|identified|discovered|cloned|characteri[sz]ed|reported|purified)\b|\b(?:approved|licensed)\s+(?:by\s+the\s+\w+\s+)?for\b.*\b(?:19|20)\d\d\b/i,
    strong: false,
    example: 'IL-11 was first cloned from a stromal cell line.',
  },
  {
    reason: 'definition',
    pattern: /\b(?:also\s+)?(?:known|termed|called|referred\s+to)\s+as\b|\bis\s+defined\s+as\b|\b(?:is|are)\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:member|members|subunit|subunits|type|class|kind|family)\s+of\b/i,
    strong: false,
    example: 'IL-11 is a member of the IL-6 family of cytokines.',
  },
  {
    reason: 'background',
    // The sentence's own subject is ranked ("HCC is the third most common ..."), not an appositive aside.
    pattern: /^[^,;()]{1,80}?\b(?:is|are|was|remains?|ranks?)\s+(?:now\s+|still\s+)?(?:the|one\s+of\s+the)\s+(?:most|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:\w+\s+)?(?:common|frequent|prevalent|leading|deadliest|lethal)\b/i,
    strong: true,
    example: 'HCC is the third most common cause of cancer death.',
  },
];

/** The first rule a sentence matches, strong rules first; weak rules only when the reader found no claim. */
export function nonClaimReason(sentence: string, hasClaims: boolean): { reason: NonClaimReason; strong: boolean } | undefined {
  for (const rule of nonClaimRules) if (rule.strong && rule.pattern.test(sentence)) return { reason: rule.reason, strong: true };
  if (hasClaims) return undefined;
  for (const rule of nonClaimRules) if (!rule.strong && rule.pattern.test(sentence)) return { reason: rule.reason, strong: false };
  return undefined;
}
