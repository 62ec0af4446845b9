// Stop 51 (h-assoc51): the wordings of a plain association are ONE table, vocabulary.ts associationWordings, that
// every reader of association takes its words from. These tests walk the table, so a wording added to it is checked
// in every place at once: the passive with each of its prepositions, the reduced relative and hyphen sets, the nouns
// of "a link between X and Y", and the clinical cue of abstracts. ("tied to" was added and withdrawn three times
// because each attempt had to touch every list and missed one.)
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { associationParticiples, associationWordings, descriptiveModifiers } from '../../src/core/claims/vocabulary';
import { reciprocalAssociations } from '../../src/core/claims/cues';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim).split(' [')[0]);

suite('one table of association wordings', () => {
  test('each participle opens a reduced relative and is a descriptive hyphen modifier', () => {
    for (const row of associationWordings) {
      assert.ok(associationParticiples.has(row.participle), row.participle);
      assert.ok(descriptiveModifiers.has(row.participle), row.participle);
    }
  });
  test('each noun names the association of "between X and Y"; each verb is a reciprocal one', () => {
    for (const row of associationWordings) {
      for (const noun of row.nouns) assert.ok(reciprocalAssociations.nouns.has(noun), noun);
      assert.ok(reciprocalAssociations.verbs.has(row.participle), row.participle);
    }
  });
  test('the passive with each of its prepositions reads an association, turned round by a bad end', () => {
    for (const row of associationWordings) {
      for (const preposition of row.prepositions) {
        const text = `High IL-6 expression was ${row.participle} ${preposition} shorter survival.`;
        assert.deepEqual(claimsOf(text), ['IL6 associated-with(negative) SURVIVAL'], text);
      }
    }
  });
  test('a denied passive is a denied association', () => {
    for (const row of associationWordings) {
      const text = `STAT3 activity was not ${row.participle} ${row.prepositions[0]} invasion in these tumours.`;
      assert.ok(claimsOf(text).some((c) => c.startsWith('NOT STAT3 associated-with')), `${text}: ${claimsOf(text).join('; ')}`);
    }
  });
  test('the first noun of each wording before "between X and Y" reads the pair', () => {
    for (const row of associationWordings.filter((r) => r.nouns.length > 0)) {
      const text = `A clear ${row.nouns[0]} was seen between IL-6 levels and STAT3 activity.`;
      assert.deepEqual(claimsOf(text), ['IL6 associated-with(positive) STAT3'], text);
    }
  });
  test('a reduced relative of each participle on the subject describes it, and the clause\'s own verb is the claim', () => {
    for (const row of associationWordings) {
      const text = `Cytokines ${row.participle} ${row.prepositions[0]} chronic inflammation do not rise in these tumours.`;
      assert.ok(claimsOf(text).every((c) => !c.includes('INFLAMMATION')), `${text}: ${claimsOf(text).join('; ')}`);
    }
  });
});
