// What a person sees: installs the packaged .vsix into code-server, opens the examples in headless Chromium
// and checks the squiggles, the Problems panel, hover cards, the completion list and the report, through the
// page only (mouse, keyboard, DOM). One screenshot per step goes to .e2e/screenshots/.
//
//   node scripts/e2e/ui.js [path/to/claimlens.vsix]      (default: ./claimlens.vsix, built by `npm run package`)
//   E2E_UI_ONLY='latex' node scripts/e2e/ui.js             (only the steps whose name matches)
//   E2E_TIMEOUT_MS=60000 node scripts/e2e/ui.js            (longer waits per page action, on a loaded machine)
//
// Each step is reported as one test. A failing step gets a "-FAILED" screenshot and the run goes on with the
// next step where that makes sense, so one broken feature does not hide the state of the others.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib');

const VSIX = path.resolve(process.argv[2] || path.join(lib.PROJECT, 'claimlens.vsix'));
const STAT1_SENTENCE = 'IL-11 signals via STAT1 in OSCC.';
const NEW_SENTENCE = 'IL-11 raises MMP-13 expression in OSCC cells';
const ANCHOR = 'Our data indicate that IL-11 activates STAT1 in OSCC cells.'; // the new sentence goes on the line after it
const PAPERS = ['wu2022interleukin', 'zhong2016interleukin', 'lim2014inhibition', 'liu2022induction'];

/** Line number (1-based, as Ctrl+G takes it) of the line whose trimmed text is `text` in a workspace file. */
function lineNumber(dirs, file, text) {
  const index = fs.readFileSync(path.join(dirs.workspace, file), 'utf8').split('\n').findIndex((line) => line.trim() === text);
  if (index < 0) throw new Error(`"${text}" is not a line of ${file}`);
  return index + 1;
}

class Workbench {
  constructor(page) {
    this.page = page;
    // One editor group: its editor widget shows whichever tab is active.
    this.editor = page.locator('.editor-instance .monaco-editor').first();
  }

  /** Runs a command from the palette, by its title as the palette shows it. */
  async command(title) {
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Opens a workspace file with Quick Open (Ctrl+P), as a person would, and waits for its text. */
  async open(file, someLineText) {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(file);
    // Enter right after typing can still pick the previous first row (a recent file), so wait until the
    // focused row is the file. (A click on the row timed out on a loaded machine while the list re-rendered.)
    await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: file }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tab.active', { hasText: file }).waitFor();
    await this.line(someLineText).waitFor();
  }

  /** Moves the cursor to a line (Ctrl+G), which also scrolls it into view: the editor renders visible lines only. */
  async goToLine(number) {
    // Ctrl+G works wherever the focus is and leaves it in the editor. (No click into the text to focus it:
    // widgets such as sticky scroll lie over the lines and catch the click.)
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${number}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** The rendered line holding `text` (Monaco renders spaces as no-break spaces; hasText normalizes them). */
  line(text) {
    return this.editor.locator('.view-line', { hasText: text }).first();
  }

  /** Waits for a squiggle of the given kind whose vertical extent lies within the line showing `text`. */
  async squiggleOn(text, kind = 'warning') {
    const box = await this.line(text).boundingBox();
    if (!box) throw new Error(`line "${text}" is not rendered`);
    return lib.waitFor(async () => {
      for (const squiggle of await this.editor.locator(`.squiggly-${kind}`).all()) {
        const s = await squiggle.boundingBox();
        if (s && s.y >= box.y - 1 && s.y + s.height <= box.y + box.height + 1) return s;
      }
      return undefined;
    }, 20000, `a .squiggly-${kind} on the line "${text}"`);
  }

  /** Screen centre of `word` inside the rendered line holding `lineText`, for real mouse hovering. */
  async centreOf(lineText, word) {
    const point = await this.line(lineText).evaluate((line, needle) => {
      // The line is split into token spans; find the text node holding the word and measure a DOM range on it.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(needle);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
      }
      return null;
    }, word);
    if (!point) throw new Error(`"${word}" not found in one text node of the line "${lineText}"`);
    return point;
  }

  /** Hovers the mouse over a word (approaching from the left, as a hand would) and returns the hover card. */
  async hover(lineText, word, expected) {
    await this.page.mouse.move(0, 0); // away first, so that a card from an earlier hover closes
    await this.page.keyboard.press('Escape');
    const { x, y } = await this.centreOf(lineText, word);
    await this.page.mouse.move(x - 30, y);
    await this.page.mouse.move(x, y, { steps: 5 });
    const card = this.page.locator('.monaco-hover-content', { hasText: expected }).first();
    await card.waitFor({ timeout: 15000 });
    return (await card.innerText()).trim();
  }

  /** Types on a new line after the line holding `anchor` (line `number`). */
  async typeNewLineAfter(number, text) {
    await this.goToLine(number);
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text, { delay: 15 });
  }

  /** The rows of the visible completion list, top first. */
  async completionRows() {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    await widget.waitFor({ timeout: 15000 });
    await widget.locator('.monaco-list-row').first().waitFor();
    const rows = await widget.locator('.monaco-list-row').evaluateAll((nodes) => nodes
      .map((node) => ({ index: Number(node.getAttribute('data-index')), label: node.querySelector('.label-name')?.textContent ?? node.textContent }))
      .sort((a, b) => a.index - b.index));
    return rows.map((row) => row.label.trim());
  }

  /** Hides the bottom panel (Problems) so that the editor gets the whole height. */
  async hidePanel() {
    if (await this.page.locator('.part.panel').isVisible()) {
      await this.page.keyboard.press('Control+J'); // View: Toggle Panel Visibility
      await this.page.locator('.part.panel').waitFor({ state: 'hidden' });
    }
  }

  async revertActiveFile() {
    await this.page.keyboard.press('Escape');
    await this.command('File: Revert File');
  }
}

// Module scope, so that a run that ends early still reports the steps it got through.
const shots = [];
const passed = [];
const failed = [];

async function main() {
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package first`);
  const dirs = lib.freshRun('ui');
  // Screenshots of an earlier run would pass for this one's.
  for (const old of fs.readdirSync(lib.SCREENSHOTS)) if (/^(\d\d-|manuscript-).*\.png$/.test(old)) fs.rmSync(path.join(lib.SCREENSHOTS, old));
  const shot = async (page, name) => {
    const file = path.join(lib.SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
    return file;
  };

  lib.installVsix(dirs, VSIX);
  lib.log(`installed ${path.relative(lib.PROJECT, VSIX)}`);
  const server = await lib.startCodeServer(dirs);
  lib.log(`code-server listening on port ${server.port}`);
  let browser;
  try {
    browser = await lib.launchBrowser(dirs);
    const page = browser.pages()[0] ?? (await browser.newPage());
    // E2E_TIMEOUT_MS: more room per page action on a loaded machine (load averages of 16 on two cores were seen).
    page.setDefaultTimeout(Number(process.env.E2E_TIMEOUT_MS || 20000));
    // Only errors from the page: the workbench logs a lot of routine information.
    lib.forwardConsole(page, { prefix: 'page', filter: (text) => /claimlens/i.test(text) });
    const bench = new Workbench(page);

    /** Runs one step; `required` steps end the run when they fail (nothing after them can work). */
    // E2E_UI_ONLY=<regex> runs only the matching steps (and the required ones), for working on one of them.
    const only = process.env.E2E_UI_ONLY ? new RegExp(process.env.E2E_UI_ONLY, 'i') : undefined;
    const step = async (name, screenshot, action, { required = false } = {}) => {
      if (only && !required && !only.test(name)) return;
      const started = Date.now();
      try {
        const detail = await action();
        const file = await shot(page, screenshot);
        passed.push(name);
        lib.log(`PASS ${name} (${Date.now() - started} ms)${detail ? `: ${detail}` : ''}\n         screenshot ${path.relative(lib.PROJECT, file)}`);
      } catch (error) {
        const file = await shot(page, `${screenshot}-FAILED`).catch(() => undefined);
        failed.push({ title: name, error: String(error.stack ?? error) });
        lib.log(`FAIL ${name} (${Date.now() - started} ms): ${String(error.message ?? error).split('\n')[0]}${file ? `\n         screenshot ${path.relative(lib.PROJECT, file)}` : ''}`);
        await page.keyboard.press('Escape').catch(() => undefined);
        if (required) throw new Error(`required step failed: ${name}`);
      }
    };

    await step('workbench loads with the workspace', '01-workbench', async () => {
      // A loaded machine (load average 12 on two cores was seen) took longer than 20 s to the load event: wait
      // for the document, then for the workbench itself.
      await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 120000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 120000 });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'manuscript.md' }).waitFor({ timeout: 120000 });
    }, { required: true });

    await step('Markdown draft: warning squiggle on "IL-11 signals via STAT1 in OSCC."', '02-markdown-squiggle', async () => {
      await bench.open('manuscript.md', 'Oral squamous cell carcinoma');
      await bench.goToLine(lineNumber(dirs, 'manuscript.md', STAT1_SENTENCE));
      await bench.squiggleOn(STAT1_SENTENCE);
      // The language indicator in the status bar: the document really is Markdown to the editor.
      await page.locator('.statusbar-item', { hasText: 'Markdown' }).first().waitFor();
    }, { required: true });

    // examples/references.bib holds hartmann2021example without an abstract: the once-per-session notice names it,
    // and its button lists it. Dealt with here so that the toast does not cover what later steps look at.
    await step('a notice names the paper without an abstract; "List Them" lists it', '18-no-abstract-notice', async () => {
      const toast = page.locator('.notification-toast', { hasText: /no abstract/ }).first();
      await toast.waitFor({ timeout: 30000 });
      const text = (await toast.innerText()).replace(/\s+/g, ' ').trim();
      if (!text.includes('hartmann2021example')) throw new Error(`the notice does not name hartmann2021example: ${text}`);
      await toast.locator('.monaco-button', { hasText: 'List Them' }).click();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'hartmann2021example' }).first().waitFor({ timeout: 20000 });
      await shot(page, '18-no-abstract-list');
      await page.keyboard.press('Escape');
      return text;
    });

    // The Problems panel: the entry for the sentence's line with ClaimLens's message, code and position.
    const problemsEntry = async (file, lineText) => {
      const ln = lineNumber(dirs, file, lineText);
      await bench.open(file, 'Oral squamous cell carcinoma'); // already open in a full run; steps can run alone
      if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
      // Narrow the panel to the draft with a glob in its filter box: the list is virtual, and one file's
      // entries (with their related-information rows) can push the other file's out of the rendered rows.
      await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill(`**/${file}`);
      // The tree lists a row per file, then that file's problems; the rows after the file's own row are its entries.
      const row = await lib.waitFor(async () => {
        const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((nodes) => nodes
          .map((node) => ({ index: Number(node.getAttribute('data-index')), text: node.innerText.replace(/\s+/g, ' ').trim(), label: node.getAttribute('aria-label') ?? '' }))
          .sort((a, b) => a.index - b.index));
        let current = '';
        for (const r of rows) {
          if (/^manuscript\.(md|tex)\b/.test(r.text)) { current = r.text.split(' ')[0]; continue; }
          if (current === file && r.text.includes(`[Ln ${ln}, Col`) && r.text.includes('unsupported-other-context')) return r;
        }
        return undefined;
      }, 20000, `a Problems entry for ${file} line ${ln}`);
      for (const part of ['STAT1', 'OSCC', 'PI3K/Akt', 'AP-1', 'claimlens']) {
        if (!row.text.includes(part)) throw new Error(`the entry does not mention ${part}: ${row.text}`);
      }
      return row.text;
    };

    await step('Markdown draft: Problems panel entry with its message', '03-markdown-problems', () => problemsEntry('manuscript.md', STAT1_SENTENCE));

    await step('LaTeX draft: opens as LaTeX, warning squiggle on the same sentence', '04-latex-squiggle', async () => {
      await bench.open('manuscript.tex', 'Oral squamous cell carcinoma');
      await page.locator('.statusbar-item', { hasText: 'LaTeX' }).first().waitFor();
      await bench.goToLine(lineNumber(dirs, 'manuscript.tex', STAT1_SENTENCE));
      await bench.squiggleOn(STAT1_SENTENCE);
    });

    await step('LaTeX draft: Problems panel entry with its message', '05-latex-problems', () => problemsEntry('manuscript.tex', STAT1_SENTENCE));

    // Hovers: close the panel first so the editor has its full height.
    await step('hover card on "IL-11" names interleukin-11', '06-hover-il11', async () => {
      await bench.hidePanel();
      await bench.open('manuscript.md', 'Oral squamous cell carcinoma');
      await bench.goToLine(1);
      const text = await bench.hover('In anaplastic thyroid carcinoma', 'IL-11', 'interleukin-11');
      return text.split('\n')[0];
    });

    await step('hover card on the citation key wu2022interleukin (Markdown) shows the reference', '07-hover-citation-markdown', async () => {
      // Markdown wraps long lines, so the rendered line is found by the key itself (cited once in the draft).
      const text = await bench.hover('wu2022interleukin', 'wu2022interleukin', 'J Cell Physiol');
      return text.split('\n').find((line) => line.includes('J Cell Physiol'));
    });

    await step('hover card on the citation key wu2022interleukin (LaTeX) shows the reference', '08-hover-citation-latex', async () => {
      await bench.open('manuscript.tex', 'Oral squamous cell carcinoma');
      await bench.goToLine(1);
      const text = await bench.hover('wu2022interleukin', 'wu2022interleukin', 'J Cell Physiol');
      return text.split('\n').find((line) => line.includes('J Cell Physiol'));
    });

    // Completion: type a sentence about IL-11 and MMP-13 in OSCC on a new line, pause until ClaimLens has
    // checked it (its citation-missing note appears as a squiggle), then type the citation opener.
    const completion = async (file, opener) => {
      await page.mouse.move(0, 0);
      await bench.open(file, 'Oral squamous cell carcinoma');
      await bench.typeNewLineAfter(lineNumber(dirs, file, ANCHOR), NEW_SENTENCE);
      await bench.squiggleOn(NEW_SENTENCE, 'info').catch(() => lib.sleep(1000)); // the pause, however it shows
      await page.keyboard.type(opener, { delay: 15 });
      const labels = await bench.completionRows();
      for (const paper of PAPERS) if (!labels.includes(paper)) throw new Error(`${paper} is not in the list: ${labels.join(', ')}`);
      if (labels[0] !== 'wu2022interleukin') {
        // Tell a stale ranking from a wrong one: once the server has checked the line with the opener in it,
        // ask again (Ctrl+Space) and report that order too.
        await shot(page, `${file.replace('.', '-')}-completion-as-typed`);
        await page.keyboard.press('Escape');
        await lib.sleep(1500);
        await page.keyboard.press('Control+Space');
        const again = await bench.completionRows().catch(() => []);
        throw new Error(`first item is ${labels[0]}, not wu2022interleukin: ${labels.join(', ')}; `
          + `asked again 1.5 s later (Ctrl+Space): ${again.join(', ')}`);
      }
      return labels.join(', ');
    };

    await step('LaTeX draft: completion after \\cite{ lists the papers, wu2022interleukin first', '09-latex-cite-completion',
      () => completion('manuscript.tex', '~\\cite{'));
    await bench.revertActiveFile().catch(() => undefined);

    await step('Markdown draft: completion after [@ lists the papers, wu2022interleukin first', '10-markdown-cite-completion',
      () => completion('manuscript.md', ' [@'));
    await bench.revertActiveFile().catch(() => undefined);

    await step('"ClaimLens: Check Claims in Active Document" opens the report', '11-check-claims-report', async () => {
      await bench.open('manuscript.md', 'Oral squamous cell carcinoma');
      await bench.command('ClaimLens: Check Claims in Active Document');
      await page.locator('.tab', { hasText: 'ClaimLens report' }).waitFor();
      // The report is a webview: an iframe (with a nested one) whose document Playwright reads as a frame.
      const text = await lib.waitFor(async () => {
        for (const frame of page.frames()) {
          const body = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
          if (/contradicted/i.test(body) && /supported/i.test(body)) return body;
        }
        return undefined;
      }, 20000, 'a webview frame showing the report with "contradicted"');
      return text.replace(/\s+/g, ' ').slice(0, 120);
    });

    // The report opens beside the draft, in a column about half the window wide: the default width. Cards must
    // wrap in it (no horizontal scrollbar), and the filters and sorting must work.
    const reportFrame = () => lib.waitFor(async () => {
      for (const frame of page.frames()) {
        if (await frame.locator('#cards').count().catch(() => 0)) return frame;
      }
      return undefined;
    }, 20000, 'the report webview frame');

    await step('the report at the default width: cards without a horizontal scrollbar, filtered to contradicted', '12-report-default-width', async () => {
      const frame = await reportFrame();
      const layout = await frame.evaluate(() => {
        const root = document.scrollingElement;
        const cards = [...document.querySelectorAll('article.card')];
        return {
          width: window.innerWidth,
          overflow: root.scrollWidth - root.clientWidth,
          cards: cards.length,
          widest: Math.max(...cards.map((card) => card.getBoundingClientRect().right)),
          table: document.querySelectorAll('table').length,
        };
      });
      if (layout.table) throw new Error('the report still has a table');
      if (layout.cards === 0) throw new Error('no cards in the report');
      if (layout.overflow > 1 || layout.widest > layout.width + 1) throw new Error(`horizontal overflow in a ${layout.width}px column: ${JSON.stringify(layout)}`);
      await frame.locator('#filter-verdict').selectOption('contradicted');
      const shown = await frame.evaluate(() => [...document.querySelectorAll('article.card')].filter((card) => !card.hidden).map((card) => card.dataset.verdict));
      if (shown.length === 0 || shown.some((verdict) => verdict !== 'contradicted')) throw new Error(`filtered to contradicted, shown: ${shown.join(', ')}`);
      const counter = await frame.locator('#shown').innerText();
      return `${layout.width}px column, ${layout.cards} cards, no overflow; filtered: ${counter}`;
    });

    await step('the report sorted by verdict puts contradicted claims first', '13-report-sorted', async () => {
      const frame = await reportFrame();
      await frame.locator('#filter-verdict').selectOption('all');
      await frame.locator('#sort').selectOption('verdict');
      const order = await frame.evaluate(() => [...document.querySelectorAll('article.card')].filter((card) => !card.hidden).map((card) => Number(card.dataset.rank)));
      if (order.some((rank, index) => index > 0 && rank < order[index - 1])) throw new Error(`not sorted by verdict: ${order.join(',')}`);
      return `ranks ${order.slice(0, 12).join(',')}…`;
    });

    await step('hovering an own finding shows its hint', '14-own-finding-hover', async () => {
      // 'IL-11' is on a rendered line wherever the editor is scrolled; the draft is open from earlier steps.
      await bench.open('manuscript.md', 'IL-11');
      await bench.goToLine(lineNumber(dirs, 'manuscript.md', ANCHOR));
      // The sentence wraps in the narrowed editor: its first visual line holds "indicate".
      const text = await bench.hover('Our data indicate', 'indicate', 'own finding');
      return text.split('\n').find((line) => /own finding/.test(line));
    });

    await step('the status bar names the library as the README says', '15-status-bar', async () => {
      const item = page.locator('.statusbar-item', { hasText: /ClaimLens: \d+ papers?, \d+ with findings, \d+ facts?/ }).first();
      await item.waitFor({ timeout: 20000 });
      return (await item.innerText()).trim();
    });

    // Disabled for Markdown through the workspace's settings file, as a user writes it.
    await step('"[markdown]": {"claimlens.enabled": false} turns ClaimLens off in Markdown: no squiggles, hover or status item', '16-markdown-disabled', async () => {
      fs.mkdirSync(path.join(dirs.workspace, '.vscode'), { recursive: true });
      fs.writeFileSync(path.join(dirs.workspace, '.vscode/settings.json'), `${JSON.stringify({ '[markdown]': { 'claimlens.enabled': false } }, null, 2)}\n`);
      await bench.open('manuscript.md', 'IL-11');
      await bench.goToLine(lineNumber(dirs, 'manuscript.md', STAT1_SENTENCE));
      await lib.waitFor(async () => (await bench.editor.locator('.squiggly-warning, .squiggly-error, .squiggly-info').count()) === 0, 20000, 'the Markdown squiggles to go');
      await lib.waitFor(async () => (await page.locator('.statusbar-item', { hasText: 'ClaimLens' }).count()) === 0, 10000, 'the ClaimLens status item to hide');
      await page.mouse.move(0, 0);
      const { x, y } = await bench.centreOf(STAT1_SENTENCE, 'STAT1');
      await page.mouse.move(x - 30, y);
      await page.mouse.move(x, y, { steps: 5 });
      await lib.sleep(2000); // a hover card would be up by now (editor.hover.delay is 150 ms)
      const cards = await page.locator('.monaco-hover-content').allInnerTexts();
      if (cards.some((text) => /claimlens|signal transducer|STAT1 \(/i.test(text))) throw new Error(`a ClaimLens hover in Markdown: ${cards.join(' | ')}`);
      return 'no squiggle, no status item, no hover card';
    });

    await step('with Markdown disabled, LaTeX keeps its squiggles and status item', '17-latex-still-on', async () => {
      await bench.open('manuscript.tex', 'IL-11');
      await bench.goToLine(lineNumber(dirs, 'manuscript.tex', STAT1_SENTENCE));
      await bench.squiggleOn(STAT1_SENTENCE);
      const item = page.locator('.statusbar-item', { hasText: 'ClaimLens' }).first();
      await item.waitFor({ timeout: 10000 });
      return (await item.innerText()).trim();
    });
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    await server.stop();
    if (failed.length) {
      lib.printExtensionHostLogs(dirs);
      console.log(`  code-server log: ${path.relative(lib.PROJECT, server.logFile)}`);
    }
  }
}

main().catch((error) => {
  // A required step that failed is already counted; anything else (no vsix, code-server did not start) is one more.
  if (!String(error.message).startsWith('required step failed')) {
    console.error(error);
    failed.push({ title: 'ui.js', error: String(error.stack ?? error) });
  }
}).finally(() => {
  lib.writeResults('ui', passed, failed, { screenshots: shots });
  console.log(`ui: ${passed.length} passed, ${failed.length} failed`);
  process.exitCode = failed.length === 0 && passed.length > 0 ? 0 : 1;
});
