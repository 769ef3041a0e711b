import { open, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { NewsgraphError } from '../../errors.js';

/** Input formats by file name; `.gz` is stripped first. */
export type FileFormat = 'text' | 'html' | 'jsonl';

const EXTENSIONS: Record<string, FileFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format a path's name announces, or undefined for names we don't read. */
export function formatOfPath(path: string): FileFormat | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[name.slice(dot)];
}

export const isGzipPath = (path: string): boolean => path.toLowerCase().endsWith('.gz');

/** Reads a whole file, refusing special files and anything over `maxBytes` (after gunzip for .gz). */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NewsgraphError('NG_INPUT_NOT_FOUND', `${path} does not exist`);
    throw new NewsgraphError('NG_INPUT_UNREADABLE', `${path} cannot be read (${code ?? error})`, { cause: error });
  }
  if (!info.isFile()) throw new NewsgraphError('NG_INPUT_UNREADABLE', `${path} is not a regular file`);
  const gz = isGzipPath(path);
  if (!gz && info.size > maxBytes) {
    throw new NewsgraphError('NG_INPUT_TOO_LARGE', `${path} has ${info.size} bytes, over the limit of ${maxBytes}`);
  }
  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      bytes = new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new NewsgraphError('NG_INPUT_UNREADABLE', `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`, {
      cause: error,
    });
  }
  return gz ? gunzipLimited(bytes, maxBytes, path) : bytes;
}

/** Gunzips in memory, stopping at `maxBytes` of output (a gzip bomb fails fast). */
export function gunzipLimited(bytes: Uint8Array, maxBytes: number, where: string): Uint8Array {
  try {
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: maxBytes }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new NewsgraphError('NG_INPUT_TOO_LARGE', `${where} unpacks to more than ${maxBytes} bytes`);
    }
    throw new NewsgraphError('NG_INPUT_BAD_GZIP', `${where} is not valid gzip (${(error as Error).message})`, { cause: error });
  }
}

/** Reads standard input up to `maxBytes`. */
export async function readStdin(maxBytes: number, stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw new NewsgraphError('NG_INPUT_TOO_LARGE', `standard input is over the limit of ${maxBytes} bytes`);
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
