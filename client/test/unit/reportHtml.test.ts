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
