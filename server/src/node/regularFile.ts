// Reading a file the user's folders name, and nothing else. A name can lead to what is not a file: a named
// pipe blocks the reading thread until some writer opens it (for ever, in a server), and a device such as
// /dev/zero or /dev/urandom never ends (a process read one into 4 GB of memory). A repository can hold a
// symbolic link "refs.bib -> /dev/zero", so a cloned workspace, a --kb folder or a draft's declared
// bibliography could name one. The file is opened without blocking and its descriptor's own stat decides,
// so that what is read is what was checked.
import * as fs from 'node:fs';

/** The code of the error thrown for a device, pipe or socket (reasonOf in knowledgeBaseFiles.ts words it). */
export const notRegularCode = 'ENOTREGULAR';

// Windows has no O_NONBLOCK (and no named pipes among files); 0 leaves the flags as they are.
const flags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function refused(file: string, stat: fs.Stats): Error | undefined {
  if (stat.isDirectory()) return Object.assign(new Error(`EISDIR: a folder: ${file}`), { code: 'EISDIR' });
  if (!stat.isFile()) return Object.assign(new Error(`not a regular file: ${file}`), { code: notRegularCode });
  return undefined;
}

/** The bytes of a regular file; throws (with a code) for a folder, a device, a pipe or a socket, before reading any. */
export function readRegularFile(file: string): Buffer {
  const handle = fs.openSync(file, flags);
  try {
    const error = refused(file, fs.fstatSync(handle));
    if (error) throw error;
    return fs.readFileSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** The same, off the thread: for the server's main thread. */
export async function readRegularFileAsync(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, flags);
  try {
    const error = refused(file, await handle.stat());
    if (error) throw error;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The first `length` bytes of a regular file (or all of a shorter one), under the same rule. */
export function readRegularFileStart(file: string, length: number): Buffer {
  const handle = fs.openSync(file, flags);
  try {
    const error = refused(file, fs.fstatSync(handle));
    if (error) throw error;
    const bytes = Buffer.alloc(length);
    return bytes.subarray(0, fs.readSync(handle, bytes, 0, length, 0));
  } finally {
    fs.closeSync(handle);
  }
}
