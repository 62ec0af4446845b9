// Settings a sentence restricts its claim to that the reader did not read (issue 7, stop 54: a precision guard).
// scope.ts `namesUnknownContext` already finds a cell line, a tumour-bearing model, an embryo or animal organ and an
// organ before "cancer" that the lexicon lacks; these are the kinds of setting it missed on prose the checker had not
// yet seen, each a way a writer places a finding that no recognised mention covers:
//   - `fused-tumour`: a tumour's name fused with its genesis, "gliomagenesis", "lymphomagenic";
//   - `cancer-acronym`: a cancer's mixed-case short form before "cells", "PCa cells" (all capitals and names with a
//     digit are scope.ts's `namedCells`);
//   - `organ-cells`: cells named by the organ they came from, "prostate-derived cells", or an organ's adjective before
//     a kind of cancer cell, "gastric CSCs", "ovarian tumour-initiating cells";
//   - `species`: the animal a process is named in, "mouse tumorigenesis", "murine hyperplasia", and a genotype's
//     organs, "in -/- livers".
// Standing policy (the labelling guideline): a non-cancer cell or organ the lexicon has no context for names no
// context, so a kind of normal cell ("gastric epithelial cells", "hepatic stellate cells") is none of these. What the
// setting means is left to the caller: analyzeBlock.ts reads it as a context the lexicon does not know, so only a
// finding with no context covers the claim, and a finding elsewhere makes it other-context.
import { allMatches } from '../util/allMatches';
import { nonMalignantWords } from '../claims/vocabulary';
import { coveredByMention } from './scope';

export type UnreadSettingKind = 'fused-tumour' | 'cancer-acronym' | 'organ-cells' | 'species';

export interface UnreadSetting {
  kind: UnreadSettingKind;
  /** The words that name the setting, offsets in the text given. */
  start: number;
  end: number;
}

/** "gliomagenesis", "melanomagenic", "lymphomagenesis": a tumour's name fused with its genesis. */
const fusedTumour = /\b[a-z]{3,}oma(?:genesis|genic)\b/gi;

/**
 * "PCa cells", "CCa xenografts": a capital, then letters with one more capital and a small letter, before "cells", not
 * after a hyphen ("STAT3-DN cells" is a genotype); all capitals are scope.ts's `namedCells`.
 */
const cancerAcronymCells = /(?<![\w-])([A-Z](?=[A-Za-z]{1,5}\s)(?=[a-z]*[A-Z])(?=[A-Z]*[a-z])[A-Za-z]{1,5})\s+(?:cells?|xenografts?|tumou?rs)\b/g;

/** Organs and their adjectives, as a writer names where cells or tumours came from. */
const organ = String.raw`(?:prostate|prostatic|breast|mammary|gastric|stomach|hepatic|liver|pancreatic|pancreas|colonic|colorectal|colon|rectal|ovarian|ovary|renal|kidney|pulmonary|lung|bladder|cervical|oral|esophageal|oesophageal|thyroid|brain|glial|skin|bone|endometrial|testicular|nasopharyngeal)`;
/** "prostate-derived cells", "lung-derived tumour cells". */
const organDerived = new RegExp(String.raw`\b(${organ})[-‐\s]derived\s+(?:(?:tumou?r|cancer|epithelial|stem)\s+)?(?:cells?|lines?|spheroids|organoids)\b`, 'gi');
/** "gastric CSCs", "ovarian cancer stem cells", "hepatic tumour-initiating cells": an organ before a kind of cancer cell. */
const organCancerCells = new RegExp(String.raw`\b(${organ})\s+(?:CSCs?|TICs?|(?:cancer|tumou?r)[-\s](?:stem|initiating|propagating)\s+cells?|tumou?r[-\s]initiating\s+cells?)\b`, 'gi');

/** "mouse tumorigenesis", "murine fundic hyperplasia": a species before what was measured in it. */
const speciesProcess = /\b(mouse|murine|rat)\s+(?:[a-z]+\s+)?(tumou?rigenesis|carcinogenesis|hyperplasia|metastas[ie]s|fibrosis)\b/gi;
/** "in both IL-6+/+ and -/- livers": organs of a genotype, an animal's organs. */
const genotypeOrgan = /(?:[-+]\/[-+])\s+(livers?|lungs?|kidneys?|hearts?|brains?|stomachs?|intestines?|colons?|spleens?|pancreata|tissues?)\b/gi;

/**
 * The settings of `text` (a sentence, at `offset` in the block) that no mention covers, by kind. `mentions` are the
 * sentence's recognised mentions (block offsets).
 */
export function unreadSettings(text: string, offset: number, mentions: readonly { start: number; end: number }[]): UnreadSetting[] {
  // (A mention over a setting is scope.ts's test: what the lexicon read is no unread setting.)
  const covered = coveredByMention(mentions, offset);
  const found: UnreadSetting[] = [];
  const add = (kind: UnreadSettingKind, start: number, end: number) => {
    if (!covered(start, end)) found.push({ kind, start: start + offset, end: end + offset });
  };
  if (/oma/i.test(text)) for (const m of allMatches(fusedTumour, text)) add('fused-tumour', m.index ?? 0, (m.index ?? 0) + m[0].length);
  if (/cell|xenograft|tumo|CSC|TIC/.test(text)) {
    for (const m of allMatches(cancerAcronymCells, text)) add('cancer-acronym', m.index ?? 0, (m.index ?? 0) + m[1].length);
    for (const re of [organDerived, organCancerCells]) {
      for (const m of allMatches(re, text)) {
        const at = m.index ?? 0;
        if (!calledNormal(text, at)) add('organ-cells', at, at + m[1].length);
      }
    }
  }
  if (/mouse|murine|rat\b/i.test(text)) for (const m of allMatches(speciesProcess, text)) add('species', m.index ?? 0, (m.index ?? 0) + m[1].length);
  if (text.includes('/')) for (const m of allMatches(genotypeOrgan, text)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    add('species', at, at + m[1].length);
  }
  return found;
}

/** "normal prostate-derived cells", "non-tumorigenic breast-derived cells": a non-cancer setting, no context (policy). */
function calledNormal(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase().split(/[^a-z-]+/).filter(Boolean).slice(-2);
  return before.some((w) => nonMalignantWords.has(w) || w === 'normal' || w === 'healthy' || w === 'benign');
}
