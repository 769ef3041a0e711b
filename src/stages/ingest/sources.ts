import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { NewsgraphError } from '../../errors.js';
import { createDoc } from '../../model/create.js';
import type { Doc } from '../../model/doc.js';
import { formatOfPath, isGzipPath } from './read.js';
import { parseRecord } from './records.js';

/** One input found by expanding the command line: a document to analyse, or why an input failed. */
export type Item = { doc: Doc } | { error: NewsgraphError; where: string };

export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

/**
 * Expands paths, directories (recursively, sorted, hidden entries skipped), JSON Lines files (a
 * document per line), URLs and "-" (stdin) into documents not yet read. Files are read later, by
 * the ingest stage, so one bad file never stops the others.
 */
export async function* expandInputs(args: readonly string[], maxBytes: number): AsyncGenerator<Item> {
  for (const arg of args) {
    if (arg === '-') yield { doc: createDoc({ kind: 'stdin', location: '-' }) };
    else if (isUrl(arg)) yield { doc: createDoc({ kind: 'url', location: arg }) };
    else yield* expandPath(arg, maxBytes, true);
  }
}

async function* expandPath(path: string, maxBytes: number, named: boolean): AsyncGenerator<Item> {
  let info;
  try {
    info = await stat(path);
  } catch {
    yield { error: new NewsgraphError('NG_INPUT_NOT_FOUND', `${path} does not exist`), where: path };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    } catch (error) {
      yield { error: new NewsgraphError('NG_INPUT_UNREADABLE', `${path} cannot be listed`, { cause: error }), where: path };
      return;
    }
    for (const name of names) yield* expandPath(join(path, name), maxBytes, false);
    return;
  }
  const format = formatOfPath(path);
  if (format === 'jsonl') {
    yield* readJsonl(path, maxBytes);
  } else if (format || named) {
    // A file named on the command line is read whatever its extension; in directories only known ones.
    yield { doc: createDoc({ kind: 'file', location: path }) };
  }
}

/**
 * Lines of a byte stream as bytes, so that each line is decoded (and may fail) on its own. A line
 * longer than `maxBytes` is not kept in memory: it comes out as `null`.
 */
async function* byteLines(stream: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Buffer | null> {
  let rest: Buffer = Buffer.alloc(0);
  let skipping = false;
  for await (const chunk of stream) {
    const data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let from = 0;
    let nl: number;
    while ((nl = data.indexOf(10, from)) >= 0) {
      yield skipping || nl - from > maxBytes ? null : data.subarray(from, nl);
      skipping = false;
      from = nl + 1;
    }
    rest = Buffer.from(data.subarray(from));
    if (rest.length > maxBytes) {
      skipping = true;
      rest = Buffer.alloc(0);
    }
  }
  if (skipping) yield null;
  else if (rest.length) yield rest;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Streams a JSON Lines file (optionally gzipped); a bad line is an error item, the rest go on. */
async function* readJsonl(path: string, maxBytes: number): AsyncGenerator<Item> {
  const file = createReadStream(path);
  const input = isGzipPath(path) ? file.pipe(createGunzip()) : file;
  file.on('error', (error) => input.destroy(error));
  let n = 0;
  try {
    for await (const bytes of byteLines(input, maxBytes)) {
      n++;
      const where = `${path}:${n}`;
      if (bytes === null) {
        yield { error: new NewsgraphError('NG_INPUT_TOO_LARGE', `${where}: line is over the limit of ${maxBytes} bytes`), where };
        continue;
      }
      let line: string;
      try {
        line = utf8.decode(bytes);
      } catch {
        yield { error: new NewsgraphError('NG_INPUT_ENCODING', `${where}: line is not valid UTF-8`), where };
        continue;
      }
      if (!line.trim()) continue;
      try {
        const raw = parseRecord(line, where);
        yield { doc: createDoc({ kind: 'record', location: path, line: n }, { raw }) };
      } catch (error) {
        yield { error: error as NewsgraphError, where };
      }
    }
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    const code = failure.syscall ? 'NG_INPUT_UNREADABLE' : 'NG_INPUT_BAD_GZIP';
    yield { error: new NewsgraphError(code, `${path} could not be read to the end (${failure.message})`), where: path };
  }
}
