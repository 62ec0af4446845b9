import * as assert from 'node:assert/strict';
import type { Report } from '../../../server/src/core/analysis/report';
import { escapeHtml, parseReportMessage, renderReportPage } from '../../src/reportHtml';

const hostile = '<img src=x onerror="alert(1)"> & \'quoted\'';

function report(): Report {
  return {
    version: 1,
    files: [{
      path: '/work/paper<1>.md',
      sentences: [{
        range: { start: { line: 4, character: 2 }, end: { line: 4, character: 40 } },
        text: `IL-11 drives fibrosis ${hostile}.`,
        verdict: 'contradicted',
        basis: null,
        ownFinding: false,
        hedged: false,
        citations: ['smith2020'],
        citationIssue: 'mismatch',
        citationMessage: `cite ${hostile}`,
        verdictMessage: null,
        suggestedCitations: ['wu2022interleukin'],
        claims: [{
          subject: `IL-11 ${hostile}`, subjectId: 'il11', relation: 'increases', polarity: 'positive', object: 'fibrosis', objectId: 'fibrosis',
          mediators: [], context: ['<script>'], negated: false, hedged: false, verdict: 'contradicted', basis: null,
          evidence: [{ paper: 'lim2014<b>', fact: 'f1', locator: 'Fig. 1', kind: 'finding', statement: 's' }], nearest: [],
          message: `contradicted by ${hostile}`,
        }],
      }],
    }],
    summary: {
      supported: 3, contradicted: 1, unsupported: 2, 'out-of-scope': 10, sentences: 16,
      citationIssues: { missing: 1, mismatch: 1, undefined: 0 }, ownFindings: 0, suppressed: 0,
    },
  };
}

suite('report page', () => {
  const page = renderReportPage(report(), { nonce: 'abc123', subject: `paper ${hostile}`, displayPath: (p) => p.replace('/work/', '') });

  test('escapes every piece of manuscript and knowledge-base text', () => {
    assert.ok(!page.includes('<img'), 'no markup from the data');
    assert.ok(page.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;'));
    assert.ok(page.includes('&lt;script&gt;'));
    assert.ok(page.includes('lim2014&lt;b&gt;'));
    assert.ok(page.includes('data-path="/work/paper&lt;1&gt;.md"'));
  });

  test('has a strict Content-Security-Policy and nonce-tagged style and script only', () => {
    assert.match(page, /content="default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123';"/);
    assert.equal(page.match(/<script\b/g)?.length, 1);
    assert.equal(page.match(/<style\b/g)?.length, 1);
    assert.ok(page.includes('<script nonce="abc123">') && page.includes('<style nonce="abc123">'));
    assert.ok(!/\sstyle="/.test(page), 'no style attributes: the CSP would block them');
    assert.ok(!/https?:\/\//.test(page.replace(/http-equiv/g, '')), 'no remote content');
  });

  test('shows counts, a chart and a row with a link to the sentence', () => {
    assert.match(page, /<svg class="chart"/);
    assert.match(page, /class="bar contradicted"/);
    assert.match(page, /data-start="4,2" data-end="4,40">paper&lt;1&gt;\.md:5<\/a>/);
    assert.match(page, /<button id="export"/);
  });

  test('lays sentences out as wrapping cards for a narrow column, not a wide table', () => {
    assert.ok(!page.includes('<table'), 'no table: six columns scroll sideways in a side column');
    assert.match(page, /<article class="card contradicted citation-issue" data-verdict="contradicted" data-rank="0" data-citation="mismatch" data-file="\/work\/paper&lt;1&gt;\.md" data-line="4">/);
    assert.match(page, /grid-template-columns: repeat\(auto-fill, minmax\(min\(100%, 340px\), 1fr\)\)/);
    assert.match(page, /<svg class="chart" role="img" width="100%"/, 'the chart shrinks with the column');
  });

  test('filters by verdict and by file, and sorts by location, verdict or file', () => {
    const twoFiles = report();
    twoFiles.files.push({ path: '/work/b.tex', sentences: [] });
    const withTwo = renderReportPage(twoFiles, { nonce: 'n', subject: 's', displayPath: (p) => p.replace('/work/', '') });
    assert.match(withTwo, /<select id="filter-verdict"><option value="all">all verdicts<\/option><option value="supported">supported<\/option>/);
    assert.match(withTwo, /<option value="citation-issue">citation issues<\/option>/);
    assert.match(withTwo, /<select id="filter-file"><option value="all">all files<\/option><option value="\/work\/paper&lt;1&gt;\.md">paper&lt;1&gt;\.md<\/option><option value="\/work\/b\.tex">b\.tex<\/option>/);
    assert.match(withTwo, /<select id="sort"><option value="location">location<\/option><option value="verdict">/);
    assert.ok(!page.includes('id="filter-file"'), 'no file filter for a one-file report');
    assert.match(page, /1 of 1 shown/);
  });

  test('a message shows its first line in bold and its detail below; relation ids read as words', () => {
    const twoLines = report();
    twoLines.files[0].sentences[0].claims[0].message = 'IL-11 signals through STAT1: unsupported in OSCC\nThe library reports it only in cancer.';
    twoLines.files[0].sentences[0].claims[0].relation = 'signals-through';
    const shown = renderReportPage(twoLines, { nonce: 'n', subject: 's', displayPath: (p) => p });
    assert.ok(shown.includes('<b>IL-11 signals through STAT1: unsupported in OSCC</b><div class="detail">The library reports it only in cancer.</div>'));
    assert.ok(shown.includes('<i>signals through (positive)</i>'));
  });

  test('parses only well-formed messages from the page', () => {
    assert.deepEqual(parseReportMessage({ command: 'open', path: '/a.md', start: '4,2', end: '4,40' }), { command: 'open', path: '/a.md', start: { line: 4, character: 2 }, end: { line: 4, character: 40 } });
    assert.deepEqual(parseReportMessage({ command: 'export' }), { command: 'export' });
    assert.equal(parseReportMessage({ command: 'open', path: '/a.md', start: '-1,2', end: '4,40' }), undefined);
    assert.equal(parseReportMessage({ command: 'run', path: '/a.md' }), undefined);
    assert.equal(parseReportMessage('open'), undefined);
  });

  test('escapeHtml escapes the five special characters', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
