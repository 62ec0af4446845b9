// The writer's own library: bibliographies in the formats reference managers export, and findings read
// from their abstracts. Abstracts here are written for these tests, one construction each.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AbstractReadingCache, readAbstract } from '../../src/core/kb/abstracts';
import { bibScanWork, scanBib } from '../../src/core/kb/bibScan';
import { buildKnowledgeBase } from '../../src/core/kb/build';
import { formatProblem } from '../../src/core/kb/problems';
import { libraryCounts, papersWithoutAbstracts } from '../../src/core/kb/summary';
import { ClaimLensService } from '../../src/core/service';
import { kbFromFiles } from './helpers';

const entitiesFile = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'entities.json'), 'utf8');
const lexicon = ['entities.json', entitiesFile] as const;

const abstract =
  'Background: IL-11 has been reported to drive tumour growth. ' +
  'We examined colorectal cancer cells. ' +
  'Knockdown of IL-11 reduced cell migration of HCT116 cells. ' +
  'IL-11 did not induce apoptosis.';

const cslItem = { id: 'roe2021own', type: 'article-journal', title: 'IL-11 in colorectal cancer', author: [{ family: 'Roe', given: 'Ann' }], issued: { 'date-parts': [[2021, 3]] }, 'container-title': 'J Test', abstract };

suite('bibliographies in other formats', () => {
  test('a CSL-JSON file (a list of items) is a bibliography, not a malformed library file', async () => {
    const { kb, problems } = await kbFromFiles([lexicon, ['refs.json', [cslItem]]]);
    assert.deepEqual(problems.map(formatProblem), []);
    const paper = kb.papers.get('roe2021own');
    assert.ok(paper);
    assert.equal(paper.origin, 'bib');
    assert.equal(paper.year, 2021);
    assert.equal(paper.month, 3);
    assert.deepEqual(paper.authors, [{ family: 'Roe', given: 'Ann' }]);
    assert.equal(paper.abstract, abstract);
  });

  test('CSL-YAML as Pandoc writes it (references:)', async () => {
    const yaml = 'references:\n- id: doe2020yaml\n  type: article-journal\n  title: A YAML paper\n  author:\n  - family: Doe\n    given: Jo\n  issued:\n    date-parts:\n    - [2020]\n';
    const { kb, problems } = await kbFromFiles([['refs.yaml', yaml]]);
    assert.deepEqual(problems.map(formatProblem), []);
    assert.equal(kb.papers.get('doe2020yaml')?.title, 'A YAML paper');
    assert.equal(kb.papers.get('doe2020yaml')?.year, 2020);
  });

  test('RIS records, keyed by their ID tag', async () => {
    const ris = 'TY  - JOUR\nID  - lee2019ris\nTI  - A RIS paper\nAU  - Lee, Kim\nPY  - 2019\nJO  - J Test\nAB  - IL-11 promoted cell migration.\nER  - \n';
    const { kb, problems } = await kbFromFiles([['refs.ris', ris]]);
    assert.deepEqual(problems.map(formatProblem), []);
    const paper = kb.papers.get('lee2019ris');
    assert.equal(paper?.title, 'A RIS paper');
    assert.equal(paper?.year, 2019);
    assert.equal(paper?.authors?.[0].family, 'Lee');
  });

  test('a CSL-JSON item without an id is named with its line; the other items load', async () => {
    const text = JSON.stringify([{ title: 'no key' }, cslItem], null, 2);
    const { kb, problems } = await kbFromFiles([['refs.json', text]]);
    assert.ok(kb.papers.has('roe2021own'));
    assert.equal(problems.length, 1);
    assert.match(formatProblem(problems[0]), /refs\.json:2:.*no "id"/);
  });

  test('the same bibliography reached twice (declared and in a folder) gives one paper per key and no duplicate warnings', async () => {
    const bib = '@article{smith2020same,\n  title = {Same},\n  year = {2020}\n}\n';
    const { kb, problems } = await kbFromFiles([['refs.bib', bib], ['/home/me/paper/refs.bib', bib], ['refs.bib', bib]]);
    assert.deepEqual(problems.map(formatProblem), []);
    assert.equal([...kb.papers.keys()].filter((k) => k === 'smith2020same').length, 1);
  });
});

suite('findings from abstracts', () => {
  test('each claim of an abstract becomes an extracted fact with its sentence, reader and qualifiers', async () => {
    const { kb } = await kbFromFiles([lexicon, ['refs.json', [cslItem]]]);
    const facts = kb.factsByPaper.get('roe2021own') ?? [];
    const lines = facts.map((f) => `${f.subject} ${f.relation} ${f.object} s${f.evidence.extracted?.sentence} ${f.evidence.kind}${f.evidence.extracted?.negated ? ' negated' : ''}`);
    // Loss of function inverts; the abstract's cancer carries to every sentence; the denial is a no-effect.
    assert.ok(lines.includes('IL11 increases CELL_MIGRATION s2 finding'), lines.join('\n'));
    assert.ok(lines.includes('IL11 no-effect APOPTOSIS s3 finding negated'), lines.join('\n'));
    const migration = facts.find((f) => f.object === 'CELL_MIGRATION')!;
    assert.ok(migration.context.includes('COLORECTAL_CANCER'), migration.context.join(','));
    assert.ok(migration.context.includes('HCT116'));
    assert.match(migration.evidence.locator, /^abstract, sentence 3: "Knockdown of IL-11 reduced cell migration/);
    assert.match(migration.evidence.extracted!.reader, /abstract-reader/);
  });

  test('"has been reported" before the paper turns to its own work is background', async () => {
    const { kb } = await kbFromFiles([lexicon, ['refs.json', [cslItem]]]);
    const growth = (kb.factsByPaper.get('roe2021own') ?? []).find((f) => f.object === 'TUMOR_GROWTH');
    assert.equal(growth?.evidence.kind, 'background');
  });

  test('curated facts are preferred: a paper with curated facts is not read again from its abstract', async () => {
    const library = {
      papers: [{ key: 'roe2021own', title: 't', authors: null, journal: null, year: null, volume: null, issue: null, pages: null, doi: null, pmid: null, summary: null, abstract }],
      facts: [{ id: 'roe-1', subject: 'IL11', relation: 'promotes', object: 'CELL_INVASION', evidence: { paper: 'roe2021own', locator: 'abstract', kind: 'finding' }, statement: 'IL-11 promotes invasion.' }],
    };
    const { kb } = await kbFromFiles([lexicon, ['lib.json', library]]);
    assert.deepEqual(kb.factsByPaper.get('roe2021own')?.map((f) => f.id), ['roe-1']);
  });

  test('readings are cached by text and reader version: an unchanged abstract is not read again', async () => {
    const cache = new AbstractReadingCache();
    const sources = [{ path: 'entities.json', text: entitiesFile }, { path: 'refs.json', text: JSON.stringify([cslItem]) }];
    const first = await buildKnowledgeBase(sources, undefined, { abstractCache: cache });
    assert.equal(cache.size, 1);
    const again = await buildKnowledgeBase(sources, undefined, { abstractCache: cache });
    assert.equal(cache.size, 1);
    assert.equal(again.kb.factsByPaper.get('roe2021own'), again.kb.factsByPaper.get('roe2021own'));
    assert.deepEqual(again.kb.facts.map((f) => f.id), first.kb.facts.map((f) => f.id));
    const changed = [sources[0], { path: 'refs.json', text: JSON.stringify([{ ...cslItem, abstract: 'IL-11 promoted angiogenesis.' }]) }];
    const third = await buildKnowledgeBase(changed, undefined, { abstractCache: cache });
    assert.equal(cache.size, 2);
    assert.deepEqual(third.kb.factsByPaper.get('roe2021own')?.map((f) => `${f.subject} ${f.relation} ${f.object}`), ['IL11 promotes ANGIOGENESIS']);
  });

  test('survival named by its bad end ("shorter", "worse") turns the association round', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.polarity} ${f.object}`);
    assert.deepEqual(read('Loss of IL-11 was associated with shorter overall survival.'), ['IL11 positive OVERALL_SURVIVAL']);
    assert.deepEqual(read('High IL-11 expression was associated with worse overall survival (OS) (p = 0.01).'), ['IL11 negative OVERALL_SURVIVAL']);
    assert.deepEqual(read('High IL-11 expression was associated with longer overall survival.'), ['IL11 positive OVERALL_SURVIVAL']);
  });

  test('"survived five years without recurrence" is a directed finding on disease-free survival, kept from an abstract', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.polarity} ${f.object}`);
    assert.deepEqual(read('Patients with SMAD4 loss or high vimentin expression survived five years without recurrence.'), ['NCBIGENE_4089 negative DISEASE_FREE_SURVIVAL', 'VIM positive DISEASE_FREE_SURVIVAL']);
  });

  test('prognosis, cancer-specific survival and bare survival are outcomes named by their bad end too', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.polarity} ${f.object}`);
    assert.deepEqual(read('High IL-11 expression was associated with a poorer prognosis.'), ['IL11 negative PROGNOSIS']);
    assert.deepEqual(read('IL-11 loss was associated with worse cancer-specific survival.'), ['IL11 positive CANCER_SPECIFIC_SURVIVAL']);
    assert.deepEqual(read('High IL-11 expression was associated with shorter survival time.'), ['IL11 negative SURVIVAL']);
  });

  test('clinical associations: every marker of the subject goes with every outcome or feature after the cue', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.polarity} ${f.object}`);
    // No verb: "showed an association with", a list of features.
    assert.deepEqual(read('High STAT3 expression showed a significant association with lymph node metastasis and angiogenesis.'), ['STAT3 positive LYMPH_NODE_METASTASIS', 'STAT3 positive ANGIOGENESIS']);
    // The marker's state decides the direction: "loss of", "negative ... expression", "inactivated".
    assert.deepEqual(read('Loss of nuclear STAT3 was associated with distant metastasis.'), ['STAT3 negative DISTANT_METASTASIS']);
    assert.deepEqual(read('STAT3 is often inactivated and associated with a poorer prognosis.'), ['STAT3 positive PROGNOSIS']);
    // Two markers coordinated before the cue; a prognostic cue goes with outcomes only.
    assert.deepEqual(read('IL-6 and STAT3 were independent prognostic factors for worse overall survival in patients with gastric cancer.'), ['IL6 negative OVERALL_SURVIVAL', 'STAT3 negative OVERALL_SURVIVAL']);
    // "adversely affected survival": the cue names the direction.
    assert.deepEqual(read('Nuclear STAT3 expression adversely affected survival in multivariate analysis.'), ['STAT3 negative SURVIVAL']);
    // A hazard ratio gives an undirected outcome its direction (above 1, worse); "HR" there is not the gene HR.
    assert.deepEqual(
      read('In multivariate analysis, STAT3 [hazard ratio (HR): 2.80, P = 0.01] and IL-6 (HR: 0.45, P = 0.03) were independently associated with overall survival (OS).'),
      ['STAT3 negative OVERALL_SURVIVAL', 'IL6 positive OVERALL_SURVIVAL'],
    );
    // "Inversely correlated" turns it round; a feature named by its low end ("fewer") too.
    assert.deepEqual(read('STAT3 was inversely correlated with apoptosis.'), ['STAT3 negative APOPTOSIS']);
    // Survival with no direction ("related to overall survival") is no finding; a denial is none either.
    assert.deepEqual(read('STAT3 levels were related to overall survival.'), []);
    assert.deepEqual(read('STAT3 was not associated with lymph node metastasis.').filter((f) => f.includes('positive')), []);
    // "A correlation between X and Y and Z"; "a negative one between".
    assert.deepEqual(read('A significant correlation was found between the expression of STAT3 and lymph node metastasis (P=0.04) and angiogenesis (P=0.03).'), ['STAT3 positive LYMPH_NODE_METASTASIS', 'STAT3 positive ANGIOGENESIS']);
    assert.deepEqual(read('A positive correlation was seen between nuclear STAT3 and MMP-9 (p < 0.001) and a negative one between cytoplasmic STAT3 and MMP-9 (p = 0.003).'), ['STAT3 positive MMP9', 'STAT3 negative MMP9']);
    // Two markers coordinated before the cue go with what follows, not with each other; with no object,
    // "X and Y were inversely correlated" relates the two.
    assert.deepEqual(read('IL-6, VEGF and STAT3 were associated with the stage.'), []);
    assert.deepEqual(read('STAT3 and MKI67 are inversely correlated (P=0.01).'), ['STAT3 negative NCBIGENE_4288']);
    // A marker that only modifies another noun ("HER2-positive cancer") is not the subject.
    assert.deepEqual(read('Resistance to trastuzumab in HER2-overexpressing breast cancer is associated with angiogenesis.').filter((f) => f.startsWith('ERBB2')), []);
  });

  test('the aim of a study is a question, not a finding; a clause that reports a result after it is one', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.relation} ${f.object}`);
    assert.deepEqual(read('This study was designed to examine whether IL-11 promotes cell migration.'), []);
    assert.deepEqual(read('We investigated whether STAT3 was associated with angiogenesis.'), []);
    assert.deepEqual(read('Western blotting was used to study the effect of IL-11, which showed that IL-11 promoted cell migration.'), ['IL11 promotes CELL_MIGRATION']);
  });

  test('expression higher or lower in tumours is an association of the gene with the disease', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.relation} ${f.polarity} ${f.object}`);
    assert.deepEqual(read('IL-11 was markedly overexpressed in gastric cancer tissues.'), ['IL11 associated-with positive GASTRIC_CANCER']);
    assert.deepEqual(read('The expression of IL-11 in colorectal cancer tissue was lower than in normal mucosa.'), ['IL11 associated-with negative COLORECTAL_CANCER']);
    assert.deepEqual(read('Most gastric cancer specimens showed over-expression of IL-11.'), ['IL11 associated-with positive GASTRIC_CANCER']);
    assert.deepEqual(read('We measured IL-11 in gastric cancer tissues.'), []);
  });

  test('binding is between molecules, and ", which may be related to X" is said of the clause, not of its last process', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.relation} ${f.object}`);
    assert.deepEqual(read('IL-11 was shown to activate EMT by directly binding the STAT3 protein.').filter((f) => f.startsWith('EMT')), []);
    assert.deepEqual(read('STAT3 loss raised cell migration and metastasis, which may be related to altered Snail levels.').filter((f) => f.includes('NCBIGENE_6615')), []);
  });

  test('a drug named as resistance or sensitivity to it is that resistance, with the drug as context', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.relation} ${f.polarity ?? ''} ${f.object} [${f.context.join(',')}]`.replace(/\s+/g, ' '));
    // "X gefitinib sensitivity": the finding is about resistance to gefitinib, its opposite, not about gefitinib.
    assert.deepEqual(read('Silencing of STAT3 restored gefitinib sensitivity in resistant cells.'), ['STAT3 increases DRUG_RESISTANCE [DRUG_GEFITINIB]']);
    // "resistance to X" after an association cue keeps its direction.
    assert.deepEqual(read('STAT3 expression was associated with resistance to gefitinib.'), ['STAT3 associated-with positive DRUG_RESISTANCE [DRUG_GEFITINIB]']);
    // Named first, as the subject of an association.
    assert.deepEqual(read('Resistance to gefitinib was associated with higher STAT3 expression.'), ['DRUG_RESISTANCE associated-with positive STAT3 [DRUG_GEFITINIB]']);
  });

  test('response to a drug is response to treatment in the drug\'s context, "poor" turning it round', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.relation} ${f.polarity ?? ''} ${f.object} [${f.context.join(',')}]`.replace(/\s+/g, ' '));
    assert.deepEqual(read('High STAT3 expression was associated with a poor response to gefitinib.'), ['STAT3 associated-with negative TREATMENT_RESPONSE [DRUG_GEFITINIB]']);
    // A drug's efficacy is the cells' sensitivity to it, the opposite of resistance.
    assert.deepEqual(read('STAT3 silencing reduced the efficacy of gefitinib.'), ['STAT3 decreases DRUG_RESISTANCE [DRUG_GEFITINIB]']);
    // The lexicon names the response itself ("therapeutic response"): the drug after it is still its context.
    assert.deepEqual(read('STAT3 silencing is required for therapeutic responses to gefitinib.'), ['STAT3 suppresses TREATMENT_RESPONSE [DRUG_GEFITINIB]']);
  });

  test('the treatment a patient cohort received is the context of every finding of the abstract', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.relation} ${f.polarity ?? ''} ${f.object} [${f.context.join(',')}]`.replace(/\s+/g, ' '));
    const cohort = 'All patients received gefitinib daily. High STAT3 expression was associated with shorter overall survival.';
    assert.deepEqual(read(cohort), ['STAT3 associated-with negative OVERALL_SURVIVAL [DRUG_GEFITINIB]']);
    // A treatment before the study is no condition of its findings.
    const pretreated = 'Patients pretreated with gefitinib were enrolled. High STAT3 expression was associated with shorter overall survival.';
    assert.deepEqual(read(pretreated), ['STAT3 associated-with negative OVERALL_SURVIVAL []']);
  });

  test('"each of the three markers" refers back to the markers the methods measured', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.relation} ${f.object}`);
    const measured = 'We measured STAT3 and vimentin by immunohistochemistry. E-cadherin was assessed by western blot. ';
    assert.deepEqual(read(measured + 'Each of the three markers alone did not correlate with overall survival.').sort(), [
      'CDH1 no-effect OVERALL_SURVIVAL',
      'STAT3 no-effect OVERALL_SURVIVAL',
      'VIM no-effect OVERALL_SURVIVAL',
    ]);
    // A count the methods do not match refers to nothing the reader can name.
    assert.deepEqual(read(measured + 'Each of the five markers alone did not correlate with overall survival.'), []);
  });

  test('"after treatment" is the cohort\'s treatment; "this agent" the drug named before it in the sentence', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.relation} ${f.object}`);
    assert.deepEqual(read('All patients received gefitinib. Significant reductions in STAT3 and vimentin expression were seen after treatment.'), [
      'DRUG_GEFITINIB decreases STAT3',
      'DRUG_GEFITINIB decreases VIM',
    ]);
    // The setting ("in the presence of gefitinib") is not what "this agent" refers to.
    assert.deepEqual(read('Parental cells lost sensitivity to trametinib in the presence of gefitinib, but resistant cells were equally sensitive to this agent.'), ['DRUG_TRAMETINIB inhibits CELL_GROWTH']);
  });

  test('a list of measured changes is no relation between the markers it lists', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract({ ...cslItemPaper(), abstract: text }, kb).map((f) => `${f.subject} ${f.relation} ${f.object}`);
    // "E-cadherin fell, and vimentin and Snail rose": two reported changes, not E-cadherin lowering vimentin.
    assert.deepEqual(read('In the knockdown cells, E-cadherin levels decreased, and the levels of vimentin and Snail increased.'), []);
    // A change with its own object still is one.
    assert.deepEqual(read('IL-6 reduced E-cadherin expression and increased vimentin.'), ['IL6 decreases CDH1', 'IL6 increases VIM']);
  });

  test('a paper without an abstract gives no facts', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    assert.deepEqual(readAbstract({ ...cslItemPaper(), abstract: undefined }, kb), []);
  });
});

function cslItemPaper() {
  return { key: 'x', title: 'x', authors: null, journal: null, year: null, volume: null, issue: null, pages: null, doi: null, pmid: null, keywords: [], summary: null };
}

suite('BibTeX recovery, entry by entry', () => {
  const broken = [
    '@article{smith2020ok,', '  title = {Fine},', '  year = {2020}', '}', '',
    '@article{doe2023broken,', '  title = {Broken},', '  year = {2021}', '',
    '@article{roe2024valid,', '  title = {Valid},', '  year = {2024}', '}', '',
  ].join('\n');

  test('one malformed entry: every valid entry stays, and the problem names the entry, its line and what is missing', async () => {
    const { kb, problems } = await kbFromFiles([['refs.bib', broken]]);
    assert.ok(kb.papers.has('smith2020ok'));
    assert.ok(kb.papers.has('roe2024valid'));
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
    assert.deepEqual(errors, ['refs.bib:6:1: error: entry doe2023broken, line 6: a closing brace is missing before @article{roe2024valid']);
  });

  test('a valid entry added in the same save as a broken edit is used; the broken entry keeps its last good version', async () => {
    const good = '@article{doe2023broken,\n  title = {Was fine},\n  year = {2021}\n}\n';
    const first = await buildKnowledgeBase([{ path: 'refs.bib', text: good }]);
    const second = await buildKnowledgeBase([{ path: 'refs.bib', text: broken }], first.goodContent);
    assert.ok(second.kb.papers.has('roe2024valid'));
    assert.equal(second.kb.papers.get('doe2023broken')?.title, 'Was fine');
    assert.ok(second.problems.some((p) => /entry doe2023broken: its last version without errors stays in use/.test(p.message)));
  });

  test('a missing comma between fields is said in words', async () => {
    const text = '@article{doe2023comma,\n  title = {Broken}\n  year = {2021}\n}\n@article{roe2024valid, title = {Valid}}\n';
    const { kb, problems } = await kbFromFiles([['refs.bib', text]]);
    assert.ok(kb.papers.has('roe2024valid'));
    assert.match(problems[0].message, /^entry doe2023comma, line 1: a comma is missing before "year ="/);
  });

  test('a file of stray "@" gives a bounded number of problems', async () => {
    // A run of "@" is one stray: one problem, at its start.
    const run = await kbFromFiles([['refs.bib', '@'.repeat(2000)]]);
    assert.equal(run.problems.length, 1);
    assert.match(run.problems[0].message, /^line 1: "…" starts no entry/);
    // Thousands of strays, each before an entry: the first 20 are listed, then a count; every entry loads.
    const { kb, problems } = await kbFromFiles([['refs.bib', Array.from({ length: 3000 }, (_, i) => `@ x @article{k${i}, title = {T}}`).join('\n')]]);
    assert.equal(kb.papers.size, 3000);
    assert.ok(problems.length <= 21, `${problems.length} problems`);
    assert.match(problems[problems.length - 1].message, /2980 more problems in this file are not listed/);
  });

  test('entry heads nested without closing ("@preamble{@preamble{..."): each is a problem, alike ones merged, then a count', async () => {
    // issue 11's fuzz: handed to the parser whole, its error recovery re-read the rest of the file at each "@".
    // Each unclosed head is one problem; the parser names a few, the rest say what is missing; alike ones are one line.
    const { problems } = await kbFromFiles([['refs.bib', '@preamble{'.repeat(1000)]]);
    assert.deepEqual(problems.map(formatProblem), [
      'refs.bib:1:1: error: line 1: a field value opens a brace that is never closed (and 5 more like it, on line 1)',
      'refs.bib:1:31: error: line 1: a closing brace is missing (and 13 more like it, on line 1)',
      'refs.bib:1:1: warning: 980 more problems in this file are not listed',
    ]);
  });

  test('a line of nested "@article{" after an @string is scanned in work linear in its length', () => {
    // issue 11's fuzz: every head looked for the line-start "@" and for its key's comma through the rest of the
    // line, so the scan read n heads times the line (53 ms for 10 kB). Characters read, for n heads and 4n heads.
    const work = (heads: number) => {
      const text = `@string{jop = {J. Oral Pathol.}}\n${'@article{'.repeat(heads)}\n@article{k2020, title = {IL-11 in {OSCC}}, journal = jop}\n`;
      bibScanWork.characters = 0;
      const scan = scanBib(text);
      // Each nested head is an unclosed entry ending where the next head starts; the last entry is whole.
      assert.equal(scan.whole, true);
      assert.equal(scan.entries.length, heads + 1);
      assert.ok(scan.entries.slice(0, heads).every((e, i) => e.unclosed && e.end === text.indexOf('@', e.start + 1)), `heads ${heads}`);
      return { characters: bibScanWork.characters, length: text.length };
    };
    const small = work(500);
    const large = work(2000);
    assert.ok(large.characters / large.length < 6, `${large.characters} characters read for ${large.length}`);
    assert.ok(large.characters / small.characters < 4.5, `${small.characters} then ${large.characters} characters read`);
  });

  test('nested unclosed heads among valid entries and @string macros: every valid entry loads with its macros', async () => {
    const text = [
      '@string{jop = {J. Oral Pathol.}}',
      '@article{first2020, title = {IL-11 in {OSCC}}, journal = jop, year = 2020}',
      '@article{'.repeat(300),
      '@article{typed2022, title = {Typed so far}',
      '@article{last2021, title = {M{\\"u}ller cells}, journal = jop, year = 2021}',
      '',
    ].join('\n');
    const { kb, problems } = await kbFromFiles([['refs.bib', text]]);
    assert.equal(kb.papers.get('first2020')?.journal, 'J. Oral Pathol.');
    assert.equal(kb.papers.get('last2021')?.title, 'Müller cells');
    assert.equal(kb.papers.get('last2021')?.journal, 'J. Oral Pathol.');
    // The entry being typed keeps what it has so far.
    assert.equal(kb.papers.get('typed2022')?.title, 'Typed so far');
    assert.deepEqual(problems.map(formatProblem), [
      'refs.bib:3:1: error: line 3: a closing brace is missing before @article{ (and 18 more like it, on line 3)',
      'refs.bib:3:136: error: line 3: the entry key runs on: a comma after the key is missing',
      'refs.bib:3:1: warning: 313 more problems in this file are not listed',
    ]);
  });

  test('stray "@" around valid entries: the entries still load, each stray is a problem on its line', async () => {
    const text = [
      '@'.repeat(500),
      '@article{before2020, title = {Before the strays}, year = {2020}}',
      'write to me@example.org @@@ @article{sameline2021, title = {On the strays\' line}, year = {2021}}',
      '@'.repeat(500) + '@article{after2022,',
      '  title = {M{\\"u}ller after the strays},',
      '  year = {2022}',
      '}',
      '',
    ].join('\n');
    const { kb, problems } = await kbFromFiles([['refs.bib', text]]);
    assert.deepEqual(['before2020', 'sameline2021', 'after2022'].filter((key) => kb.papers.has(key)), ['before2020', 'sameline2021', 'after2022']);
    assert.equal(kb.papers.get('after2022')?.title, 'Müller after the strays');
    // The three strays say the same thing: one problem, at the first, naming the others' lines.
    assert.deepEqual(problems.map((p) => [p.line, p.message]), [[0, 'line 1: "@" starts no entry (an entry is @type{key, ...}) (and 2 more like it, on lines 3, 4)']]);
  });

  test('"<" and ">" in titles and abstracts stay as written (not ¡ ¿)', async () => {
    const text = '@article{lt2020,\n  title = {IL-6 < 5 pg/ml and > 2},\n  abstract = {Levels rose (p < 0.05).}\n}\n';
    const { kb } = await kbFromFiles([['refs.bib', text]]);
    assert.equal(kb.papers.get('lt2020')?.title, 'IL-6 < 5 pg/ml and > 2');
    assert.equal(kb.papers.get('lt2020')?.abstract, 'Levels rose (p < 0.05).');
    // An entry with TeX in it is read by the BibTeX parser, whose own option turned them into "¡" and "¿".
    const tex = '@article{lt2021,\n  title = {M{\\"u}ller: IL-6 < 5 pg/ml and > 2},\n  abstract = {Levels rose in {\\"O}sterreich (p < 0.05; n > 30).}\n}\n';
    const parsed = (await kbFromFiles([['refs.bib', tex]])).kb.papers.get('lt2021');
    assert.equal(parsed?.title, 'Müller: IL-6 < 5 pg/ml and > 2');
    assert.equal(parsed?.abstract, 'Levels rose in Österreich (p < 0.05; n > 30).');
  });

  test('formatting commands in titles and abstracts become their plain text, never HTML', async () => {
    // The BibTeX parser renders \emph, \textbf, \textsc and \url as HTML; hovers would show the tags and the
    // abstract reader would read them as words.
    const tex = '@article{fmt2022,\n  title = {The \\emph{STAT3} gene and \\textbf{IL-6} in NF-$\\kappa$B signalling},\n  abstract = {Assays \\textit{in vitro} at p < 0.05 showed \\textsc{Low} levels (\\url{https://example.org/x}).}\n}\n';
    const paper = (await kbFromFiles([['refs.bib', tex]])).kb.papers.get('fmt2022');
    assert.equal(paper?.title, 'The STAT3 gene and IL-6 in NF-κB signalling');
    assert.equal(paper?.abstract, 'Assays in vitro at p < 0.05 showed Low levels (https://example.org/x).');
  });

  test('entries are located in one pass: each paper points at its own entry', async () => {
    const text = Array.from({ length: 50 }, (_, i) => `@article{k${i},\n  title = {Same title},\n  year = {2000}\n}\n`).join('');
    const { kb } = await kbFromFiles([['refs.bib', text]]);
    assert.equal(kb.papers.get('k0')?.location?.line, 0);
    assert.equal(kb.papers.get('k49')?.location?.line, 49 * 4);
  });
});

suite('BibTeX: the fast scan and the full parser agree', () => {
  const definingPreamble = '@preamble{ "\\newcommand{\\noopsort}[1]{}" }';

  test('a @preamble that defines no command is skipped by the scan (the parser spent ~300 ms per 10 kB converting it); one that does still reaches the parser', async () => {
    const entry = '@article{pre2020,\n  title = {IL-11 in {OSCC}},\n  author = {Okafor, Ada},\n  year = {2020}\n}\n';
    const inert = `@preamble{ "A. Name and B. Other {\\bf x} $y$" }\n${entry}`;
    assert.deepEqual(scanBib(inert), { entries: [{ key: 'pre2020', type: 'article', start: 48, end: 138, fields: { title: 'IL-11 in OSCC', author: [{ lastName: 'Okafor', firstName: 'Ada' }], year: '2020' } }], whole: false });
    for (const kept of [definingPreamble, '@preamble{ "x" } # y', '@preamble{ $x }', '@preamble( "parenthesised" )']) {
      assert.equal(scanBib(`${kept}\n${entry}`).whole, true, kept);
    }
    // A preamble that never closes is broken: it goes to the parser alone, and the entry after it is read by the scan.
    assert.deepEqual(
      scanBib(`@preamble{ "never closed"\n${entry}`).entries.map((e) => [e.type, e.key, Boolean(e.fields), e.unclosed ?? false]),
      [['preamble', '', false, true], ['article', 'pre2020', true, false]],
    );
    const fast = await kbFromFiles([['refs.bib', inert]]);
    const full = await kbFromFiles([['refs.bib', `${definingPreamble}\n${entry}`]]);
    assert.deepEqual(fast.problems, []);
    assert.deepEqual(fast.kb.papers.get('pre2020'), full.kb.papers.get('pre2020'));
    // The command a preamble defines still applies to the entries after it.
    const sorted = await kbFromFiles([['refs.bib', `${definingPreamble}\n@article{sort2021,\n  title = {{\\noopsort{a}}Hypoxia and {EMT}},\n  year = {2021}\n}\n`]]);
    assert.equal(sorted.kb.papers.get('sort2021')?.title, 'Hypoxia and EMT');
  });

  test('plain entries (braces, escaped %, page ranges, "and others") and TeX entries (accents, von parts) read the same', async () => {
    const text = [
      '@article{plain2020,', '  title = {{SMAD4} loss in {CRC}: 95\\% of cases},', '  author = {Yoo, Seung-Yeon and Kim Lee and others},', '  pages = {289--297},', '  year = {2020}', '}',
      '@article{tex2021,', '  title = {M{\\"u}ller cells},', '  author = {M{\\"u}ller, Hans and van Dyk, Jan},', '  year = {2021}', '}', '',
    ].join('\n');
    const fast = await kbFromFiles([['refs.bib', text]]);
    // A @preamble that defines a command makes the whole file go through the full parser.
    const full = await kbFromFiles([['refs.bib', `${definingPreamble}\n${text}`]]);
    for (const key of ['plain2020', 'tex2021']) {
      const a = fast.kb.papers.get(key)!;
      const b = full.kb.papers.get(key)!;
      assert.deepEqual([a.title, a.authors, a.authorsTruncated, a.pages, a.year], [b.title, b.authors, b.authorsTruncated, b.pages, b.year], key);
    }
    const plain = fast.kb.papers.get('plain2020')!;
    assert.equal(plain.title, 'SMAD4 loss in CRC: 95% of cases');
    assert.deepEqual(plain.authors, [{ family: 'Yoo', given: 'Seung-Yeon' }, { family: 'Lee', given: 'Kim' }]);
    assert.equal(plain.authorsTruncated, true);
    assert.equal(fast.kb.papers.get('tex2021')!.authors?.[0].family, 'Müller');
  });

  test('the scan\'s character loops (names split at any-case "and" across line breaks, dashes, runs of spaces) read as the parser does', async () => {
    const text = [
      '@article{loops2019,', '  Title = {Hypoxia---and what follows:  a  view},', '  AUTHOR = {Okafor, Ada AND Lee, Bo\n    and\tTanaka, Kenji},', '  pages = {1203--1215},', '  year = 2019', '}', '',
    ].join('\n');
    const fast = await kbFromFiles([['refs.bib', text]]);
    const full = await kbFromFiles([['refs.bib', `${definingPreamble}\n${text}`]]);
    const a = fast.kb.papers.get('loops2019')!;
    const b = full.kb.papers.get('loops2019')!;
    assert.deepEqual([a.title, a.authors, a.pages, a.year], [b.title, b.authors, b.pages, b.year]);
    assert.deepEqual(a.authors?.map((person) => person.family), ['Okafor', 'Lee', 'Tanaka']);
    assert.equal(a.pages, '1203\u20131215');
  });
});

suite('the library kit (../shared/eval/library), when present', () => {
  const kit = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'eval', 'library');
  const topics = fs.existsSync(kit) ? fs.readdirSync(kit).filter((d) => fs.existsSync(path.join(kit, d, 'refs.bib'))) : [];

  test('each topic reads the same from refs.bib and refs.json: keys, titles, years, abstracts; no errors', async function () {
    if (topics.length === 0) this.skip();
    for (const topic of topics) {
      const bib = await kbFromFiles([['refs.bib', fs.readFileSync(path.join(kit, topic, 'refs.bib'), 'utf8')]]);
      const json = await kbFromFiles([['refs.json', fs.readFileSync(path.join(kit, topic, 'refs.json'), 'utf8')]]);
      assert.deepEqual(bib.problems.filter((p) => p.severity === 'error').map(formatProblem), [], topic);
      assert.deepEqual(json.problems.filter((p) => p.severity === 'error').map(formatProblem), [], topic);
      assert.deepEqual([...bib.kb.papers.keys()].sort(), [...json.kb.papers.keys()].sort(), topic);
      for (const [key, paper] of bib.kb.papers) {
        const other = json.kb.papers.get(key)!;
        // TeX reads "--" as an en dash; CSL-JSON keeps the two hyphens as written.
        assert.equal(paper.abstract?.replace(/\u2013/g, '--'), other.abstract?.replace(/\u2013/g, '--'), `${topic} ${key} abstract`);
        assert.equal(paper.year, other.year, `${topic} ${key} year`);
        assert.ok(paper.abstract === undefined || !/[¡¿]/.test(paper.abstract), `${topic} ${key}`);
      }
    }
  });
});

suite('what the library holds', () => {
  test('"N papers, M with findings, F facts", and the papers whose claims cannot be checked', async () => {
    const bib = '@article{a1,\n  title = {No abstract},\n  year = {2020}\n}\n@article{b2,\n  title = {One},\n  abstract = {IL-11 promoted cell migration.}\n}\n';
    const { kb } = await kbFromFiles([lexicon, ['refs.bib', bib]]);
    assert.equal(libraryCounts(kb), '2 papers, 1 with findings, 1 fact');
    assert.deepEqual(papersWithoutAbstracts(kb), ['a1']);
  });
});

suite('verdicts on findings read from abstracts', () => {
  test('the message quotes the abstract sentence the verdict rests on', async () => {
    const { kb } = await kbFromFiles([lexicon, ['refs.json', [cslItem]]]);
    const service = new ClaimLensService(kb);
    const doc = { id: 'd.md', languageId: 'markdown', version: 1, text: 'IL-11 induces apoptosis in colorectal cancer [@roe2021own].\n' };
    const diagnostic = service.diagnostics(doc).find((d) => d.code === 'contradicted');
    assert.ok(diagnostic, JSON.stringify(service.diagnostics(doc).map((d) => d.message)));
    assert.match(diagnostic.message, /\nThe abstract of \[roe2021own\] reports: "IL-11 did not induce apoptosis\."/);
  });
});
