// How a sentence places a molecule in its family or class: "belongs to", "is a member of", "is one of", "is grouped
// with". One word class for the two readers that need it (issue 7, stop 44: each had written its own, and they had
// drifted apart): verify/scope.ts, where a membership with no claim read is a definition, and
// claims/memberSharedRoute.ts, where a membership whose family shares a receptor says the member signals through it.
// Each wording has an example of our own that is its test (membership.test.ts).

export interface MembershipWording {
  /** The wording as a pattern source, lower case, words apart by one space (a soft line break reads as one). */
  source: string;
  /**
   * The wording says membership whatever follows it ("belongs to", "is a member of", "is grouped with"): a definition
   * once no claim was read. Without it the wording places a molecule in a class only before a family noun ("is one of
   * the IL-6 family cytokines", "is among the gp130 cytokines", "is included in the IL-6 family"); alone it also opens
   * a claim ("is one of the main drivers of Y", "is among the genes most raised in Y", "is included in the panel").
   */
  alone: boolean;
  /**
   * A word every match of the wording holds, lower case: what a reader's prefilter looks for (scope.ts `words`, a
   * construction's `triggers`), found in the sentence's one pass (sentenceWords.ts).
   */
  word: string;
  /**
   * A sentence of our own that holds the wording and names a family: a definition for scope.ts when the wording says
   * membership alone, and read by memberSharedRoute.ts with what the family shares after it (", all of which use Y").
   */
  example: string;
}

export const membershipWordings: readonly MembershipWording[] = [
  { source: String.raw`belongs? to`, alone: true, word: 'belong', example: 'Oncostatin M belongs to the IL-6 family.' },
  { source: String.raw`(?:is|are) (?:also )?(?:a|an|one|one of the) members? of`, alone: true, word: 'member', example: 'IL-11 is one member of the IL-6 cytokine family.' },
  { source: String.raw`are (?:also )?members of`, alone: true, word: 'member', example: 'IL-11 and oncostatin M are members of the IL-6 family.' },
  { source: String.raw`(?:is|are) (?:also )?classified (?:as|in|within|into|among|with)`, alone: true, word: 'classified', example: 'Cardiotrophin-1 is classified as one of the IL-6 family cytokines.' },
  { source: String.raw`(?:is|are) (?:also )?grouped (?:in|within|into|among|with)`, alone: true, word: 'grouped', example: 'Leukemia inhibitory factor is grouped with the IL-6 family cytokines.' },
  { source: String.raw`(?:is|are) (?:also )?placed (?:in|within|into|among|with)`, alone: false, word: 'placed', example: 'IL-11 is placed in the IL-6 cytokine family.' },
  { source: String.raw`(?:is|are) (?:also )?included (?:in|within|into|among|with)`, alone: false, word: 'included', example: 'Oncostatin M is included in the gp130 cytokine family.' },
  { source: String.raw`(?:is|are) (?:also )?one of`, alone: false, word: 'one of', example: 'IL-11 is one of the IL-6 family cytokines.' },
  { source: String.raw`(?:is|are) (?:also )?among`, alone: false, word: 'among', example: 'IL-11 is among the gp130 cytokines.' },
];

/**
 * Which wordings a reader takes: `all` where what follows is read as well (memberSharedRoute.ts reads the family and
 * what its members share), `alone` where the wording has to say membership by itself (scope.ts's definition; the
 * union there turned "the loss of X is one of the main causes" into a definition, stop 44).
 */
export type MembershipReading = 'all' | 'alone';

function wordings(which: MembershipReading): readonly MembershipWording[] {
  return which === 'all' ? membershipWordings : membershipWordings.filter((w) => w.alone);
}

/** The wordings as one alternation (a pattern source with no groups of its own; case as the pattern's flags say). */
export function membershipSource(which: MembershipReading): string {
  return `(?:${wordings(which).map((w) => w.source).join('|')})`;
}

/** Their words, once each: a sentence the alternation matches holds one of them. */
export function membershipWords(which: MembershipReading): string[] {
  return [...new Set(wordings(which).map((w) => w.word))];
}
