// The words of the status bar item and of the notice about papers without abstracts (plain functions, tested
// without an editor).
import type { StatusParams } from '../../server/src/protocol';

/** The item's text: "6 papers, 5 with findings, 155 facts", the same words as `claimlens kb`. */
export function libraryText(status: Pick<StatusParams, 'papers' | 'papersWithFacts' | 'facts'>): string {
  return `${plural(status.papers, 'paper')}, ${status.papersWithFacts} with findings, ${plural(status.facts, 'fact')}`;
}

/** "ClaimLens: 2 papers have no abstract, so claims citing them cannot be checked: a2020, b2021." */
export function withoutAbstractsNotice(status: Pick<StatusParams, 'withoutAbstracts' | 'withoutAbstractsExamples'>): string {
  const count = status.withoutAbstracts;
  const named = status.withoutAbstractsExamples.join(', ') + (count > status.withoutAbstractsExamples.length ? ` and ${count - status.withoutAbstractsExamples.length} more` : '');
  return count === 1
    ? `ClaimLens: 1 paper has no abstract, so claims citing it cannot be checked: ${named}.`
    : `ClaimLens: ${count} papers have no abstract, so claims citing them cannot be checked: ${named}.`;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
