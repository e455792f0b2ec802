import * as fs from 'node:fs';

/**
 * Reading a file someone named: only a regular file, and only after its size is checked. A FIFO
 * would block the read (and, opened normally, the open) forever; /dev/zero never ends; a 1 GB
 * file must be refused before it is read, not after. The file is opened non-blocking and checked
 * with fstat on the descriptor that is then read, so what is checked is what is read.
 */

export class FileRefused extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** errno code when the system refused (ENOENT, EACCES, ...). */
    readonly code?: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const MB = 1024 * 1024;

function describeSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function describeLimit(bytes: number): string {
  return bytes % MB === 0 ? `${bytes / MB} MB` : describeSize(bytes);
}

/** `what` names the kind of file in the message: "a document", "a pack". */
export function readRegularFile(file: string, maxBytes: number, what = 'a file'): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileRefused(file, `cannot read (${code ?? 'error'})`, code);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new FileRefused(file, 'is a folder, not a file', 'EISDIR');
    if (!stat.isFile()) throw new FileRefused(file, 'not a regular file (a device, pipe or socket is never read)');
    if (stat.size > maxBytes) throw new FileRefused(file, `${describeSize(stat.size)} is over the ${describeLimit(maxBytes)} limit for ${what}`);
    // Read no more than the limit even if the file grows meanwhile.
    const buf = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let n = 0;
    while (n < buf.length) {
      const r = fs.readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
    }
    if (n > maxBytes) throw new FileRefused(file, `it grew over the ${describeLimit(maxBytes)} limit for ${what} while being read`);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** The same, as UTF-8 text. */
export function readRegularTextFile(file: string, maxBytes: number, what = 'a file'): string {
  return readRegularFile(file, maxBytes, what).toString('utf8');
}

/**
 * A file named on a command line or in a setting, as text; the error is one line for a person:
 * "cannot read FILE: ENOENT", or "FILE: not a regular file (…)", "FILE: 3.1 MB is over …".
 */
export function readNamedTextFile(file: string, maxBytes: number, what = 'a file'): string {
  try {
    return readRegularTextFile(file, maxBytes, what);
  } catch (e) {
    if (e instanceof FileRefused) throw new Error(e.code ? `cannot read ${file}: ${e.code}` : e.message);
    throw e;
  }
}
