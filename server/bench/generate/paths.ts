// The repository's root, found from this file whether it runs from source (tsx, mocha) or bundled into
// out/bench/run.js, where __dirname is another depth.
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export const repoRoot = findRoot();
