// Path arithmetic for the project model, without the platform's path module: the model works on
// '/'-separated absolute paths, which the layers around it produce (and Windows accepts).

export function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? (slash === 0 ? '/' : '.') : path.slice(0, slash);
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** `relative` resolved against the folder `base`, with `.` and `..` removed. */
export function resolvePath(base: string, relative: string): string {
  const rel = toSlashes(relative.trim());
  const joined = isAbsolute(rel) ? rel : `${toSlashes(base)}/${rel}`;
  const drive = /^[A-Za-z]:/.exec(joined)?.[0] ?? '';
  const parts: string[] = [];
  for (const part of joined.slice(drive.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `${drive}/${parts.join('/')}`;
}

/** LaTeX reads `\input{intro}` as intro.tex; a name with another extension is tried as given first. */
export function texCandidates(path: string): string[] {
  if (/\.tex$/i.test(path)) return [path];
  return /\.[A-Za-z0-9]{1,8}$/.test(path.slice(path.lastIndexOf('/') + 1)) ? [path, `${path}.tex`] : [`${path}.tex`, path];
}
