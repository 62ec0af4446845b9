// The server's own watch on declared bibliographies: a file rewritten by rename (Better BibTeX's auto-export),
// edited in place, or created after it was declared is reported once per burst; other files of the folder
// and a rewrite with the same content are not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BibliographyWatcher } from '../../src/node/bibliographyWatcher';
import { resolveDeclaredBibliography } from '../../src/node/projectFiles';

suite('bibliography watcher', function () {
  this.timeout(20000);
  let folder: string;
  let watcher: BibliographyWatcher | undefined;
  const reports: string[][] = [];
  /** Resolves with the next report, or with undefined when none comes within `ms`. */
  const nextReport = (ms = 8000) =>
    new Promise<string[] | undefined>((resolve) => {
      const seen = reports.length;
      const started = Date.now();
      const poll = setInterval(() => {
        if (reports.length > seen || Date.now() - started > ms) {
          clearInterval(poll);
          resolve(reports[seen]);
        }
      }, 20);
    });

  setup(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-watch-'));
    reports.length = 0;
  });

  teardown(() => {
    watcher?.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('a rename over the file, an edit in place, and a file created later are each reported', async () => {
    const bib = path.join(folder, 'refs.bib');
    const later = path.join(folder, 'later.ris');
    fs.writeFileSync(bib, '@article{a, title={One}}\n');
    watcher = new BibliographyWatcher((files) => reports.push(files), 100);
    watcher.watch([bib, later]);

    fs.writeFileSync(path.join(folder, '.refs.bib.tmp'), '@article{a, title={Two}}\n');
    fs.renameSync(path.join(folder, '.refs.bib.tmp'), bib);
    assert.deepEqual(await nextReport(), [bib]);

    fs.writeFileSync(bib, '@article{a, title={Three, a longer title}}\n');
    assert.deepEqual(await nextReport(), [bib]);

    fs.writeFileSync(later, 'TY  - JOUR\nID  - b\nER  - \n');
    assert.deepEqual(await nextReport(), [later]);
  });

  test('another file of the folder is not reported', async () => {
    const bib = path.join(folder, 'refs.bib');
    fs.writeFileSync(bib, '@article{a, title={One}}\n');
    watcher = new BibliographyWatcher((files) => reports.push(files), 100);
    watcher.watch([bib]);
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'unrelated');
    assert.equal(await nextReport(1500), undefined);
  });

  test('a file no longer watched is not reported', async () => {
    const bib = path.join(folder, 'refs.bib');
    fs.writeFileSync(bib, '@article{a, title={One}}\n');
    watcher = new BibliographyWatcher((files) => reports.push(files), 100);
    watcher.watch([bib]);
    watcher.watch([]);
    fs.writeFileSync(bib, '@article{a, title={Two, longer}}\n');
    assert.equal(await nextReport(1500), undefined);
  });
});

suite('declared bibliography paths', () => {
  test('relative to the draft, absolute, or under the home folder (Pandoc expands ~)', () => {
    assert.equal(resolveDeclaredBibliography('/work/paper', 'refs.bib'), path.resolve('/work/paper/refs.bib'));
    assert.equal(resolveDeclaredBibliography('/work/paper', '/zotero/refs.json'), path.resolve('/zotero/refs.json'));
    assert.equal(resolveDeclaredBibliography('/work/paper', '~/Zotero/refs.bib'), path.join(os.homedir(), 'Zotero', 'refs.bib'));
    assert.equal(resolveDeclaredBibliography('/work/paper', '~refs.bib'), path.resolve('/work/paper/~refs.bib'), 'only ~/ is the home folder');
  });
});
