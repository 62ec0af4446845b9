// Issue 7, stop 51 (h-kit51): p65 (RELA) is a subunit of NF-κB, a member of the family as the lexicon's source names
// it (NCBI Gene: "RELA proto-oncogene, NF-kB subunit"), not NF-κB itself. "NF-κB p65" had been a synonym of NF-κB, so a
// claim on p65 was answered by findings on NF-κB at large and on its other subunit p50 (NFKB1). By the member and
// family rule a finding on a member backs a claim on the family, never the reverse. Our own sentences.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { claimsOf, kbFromFiles, verdictOf } from './helpers';

const entitiesFile = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'entities.json'), 'utf8');
const entry = (key: string, abstract: string): string => `@article{${key},\n  title = {A study},\n  year = {2020},\n  abstract = {${abstract}}\n}\n`;
// A finding on p65 (RELA), one on NF-κB as a whole and one on p50 (NFKB1), each on another process.
const bib = [
  entry('doe2020p65', 'NF-κB p65 promoted the invasion of gastric cancer cells.'),
  entry('roe2021nfkb', 'NF-κB promoted the migration of gastric cancer cells.'),
  entry('poe2022p50', 'NFKB1 promoted the proliferation of gastric cancer cells.'),
].join('\n');

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60000);
  kb = (await kbFromFiles([['entities.json', entitiesFile], ['refs.bib', bib]])).kb;
});

suite('NF-κB p65 is a member of NF-κB (stop 51)', () => {
  test('"NF-κB p65" and its long forms name p65 (RELA), not the family', () => {
    assert.deepEqual(claimsOf('NF-κB p65 promoted the invasion of gastric cancer cells.', kb), ['NCBIGENE_5970 promotes CELL_INVASION [ctx GASTRIC_CANCER]']);
    assert.deepEqual(claimsOf('Nuclear factor-kappaB p65 promoted the invasion of gastric cancer cells.', kb), ['NCBIGENE_5970 promotes CELL_INVASION [ctx GASTRIC_CANCER]']);
    assert.deepEqual(claimsOf('NF-κB promoted the invasion of gastric cancer cells.', kb), ['NFKB promotes CELL_INVASION [ctx GASTRIC_CANCER]']);
  });

  test('a finding on p65 backs a claim on NF-κB, as one on a member backs its family', () => {
    assert.equal(verdictOf('NF-κB promotes the invasion of gastric cancer cells.', kb), 'supported');
    assert.equal(verdictOf('NF-κB p65 promotes the invasion of gastric cancer cells.', kb), 'supported');
  });

  test('near misses: a finding on NF-κB at large, or on p50, backs no claim on p65', () => {
    assert.notEqual(verdictOf('NF-κB p65 promotes the migration of gastric cancer cells.', kb), 'supported');
    assert.notEqual(verdictOf('NF-κB p65 promotes the proliferation of gastric cancer cells.', kb), 'supported');
    // ... while each backs the claim on NF-κB itself.
    assert.equal(verdictOf('NF-κB promotes the migration of gastric cancer cells.', kb), 'supported');
    assert.equal(verdictOf('NF-κB promotes the proliferation of gastric cancer cells.', kb), 'supported');
  });
});
