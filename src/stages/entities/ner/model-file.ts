/**
 * Model file: gzip of
 *   "NGNER1\n" | u32 header length | header JSON (UTF-8) | zero padding to 4 bytes |
 *   Int32 feature keys [rows] | Int32 row starts [rows + 1] | Float32 transitions [(L+1) * L] |
 *   Int16 quantised weights [entries] | Uint8 labels [entries]
 * Rows are sparse: only labels whose quantised weight is non-zero are stored.
 * The header holds the label set, the quantisation scale, the word lexicon (word → packed info)
 * and the gazetteer phrase lists. Little-endian throughout.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { Gazetteer, type GazetteerLists } from './gazetteer.js';
import { WORD_FLAG, type WordInfo } from './features.js';
import { LEARNT_TYPES, NUM_LABELS } from './labels.js';
import { NerModel } from './model.js';
import { PackedScorer, TRANS_SIZE, type WeightTable } from './perceptron.js';
import { NewsgraphError } from '../../../errors.js';

const MAGIC = 'NGNER1\n';
const L = NUM_LABELS;

interface Header {
  format: 'newsgraph-ner/2';
  labels: readonly string[];
  /** WORD_FLAG's names in bit order: the word lists the weights were learnt with. */
  flags: readonly string[];
  rows: number;
  entries: number;
  scale: number;
  words: string[];
  wordInfo: number[];
  gazetteer: GazetteerLists;
  meta: Record<string, unknown>;
}

/** Everything needed to write a model; `meta` is free-form provenance (data, epochs, scores). */
export interface ModelParts {
  table: WeightTable;
  trans: Float32Array;
  words: WordInfo;
  gazetteer: GazetteerLists;
  meta: Record<string, unknown>;
  /** Rows whose largest absolute weight is below this are dropped (default MIN_ROW_WEIGHT). */
  minRowWeight?: number;
}

/** Rows whose largest absolute weight is below this are dropped when saving. */
export const MIN_ROW_WEIGHT = 0.05;

export function encodeModel(parts: ModelParts): Buffer {
  const { table } = parts;
  const keep: [number, number][] = [];
  let maxAbs = 0;
  for (const [key, row] of table.entries()) {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(table.weights[row * L + y]!));
    if (m >= (parts.minRowWeight ?? MIN_ROW_WEIGHT)) {
      keep.push([key, row]);
      maxAbs = Math.max(maxAbs, m);
    }
  }
  keep.sort((x, y) => x[0] - y[0]);
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const words = [...parts.words.keys()].sort();
  const keys = new Int32Array(keep.length);
  const rowStart = new Int32Array(keep.length + 1);
  const values: number[] = [];
  const labels: number[] = [];
  keep.forEach(([key, row], i) => {
    keys[i] = key;
    for (let y = 0; y < L; y++) {
      const q = Math.round(table.weights[row * L + y]! / scale);
      if (q !== 0) {
        values.push(q);
        labels.push(y);
      }
    }
    rowStart[i + 1] = values.length;
  });
  const header: Header = {
    format: 'newsgraph-ner/2',
    flags: Object.keys(WORD_FLAG),
    labels: LEARNT_TYPES,
    rows: keep.length,
    entries: values.length,
    scale,
    words,
    wordInfo: words.map((w) => parts.words.get(w)!),
    gazetteer: parts.gazetteer,
    meta: parts.meta,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const pre = MAGIC.length + 4 + headerBytes.length;
  const pad = (4 - (pre % 4)) % 4;
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBytes.length);
  const raw = Buffer.concat([
    Buffer.from(MAGIC, 'latin1'),
    len,
    headerBytes,
    Buffer.alloc(pad),
    Buffer.from(keys.buffer),
    Buffer.from(rowStart.buffer),
    Buffer.from(new Float32Array(parts.trans).buffer),
    Buffer.from(Int16Array.from(values).buffer),
    Buffer.from(Uint8Array.from(labels).buffer),
  ]);
  return gzipSync(raw, { level: 9 });
}

/** A model file this version cannot read. */
export class NerModelFormatError extends NewsgraphError {
  constructor(message: string) {
    super('NG_NER_MODEL_FORMAT', message);
  }
}

export function decodeModel(file: Uint8Array): NerModel {
  const raw = gunzipSync(file);
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new NerModelFormatError('not a newsgraph NER model file');
  const headerLength = raw.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = JSON.parse(raw.toString('utf8', at, at + headerLength)) as Header;
  if (header.format !== 'newsgraph-ner/2' || header.labels.join() !== LEARNT_TYPES.join() || header.flags?.join() !== Object.keys(WORD_FLAG).join()) {
    throw new NerModelFormatError(
      `unsupported model format ${header.format} (labels ${header.labels.join()}; word lists ${header.flags?.join() ?? 'unnamed'}): retrain it with npm run train:ner`,
    );
  }
  at += headerLength;
  at += (4 - (at % 4)) % 4;
  // Copy into aligned typed arrays (the gunzip buffer may not be 4-byte aligned).
  const body = new Uint8Array(raw.buffer, raw.byteOffset + at, raw.length - at).slice();
  const { rows, entries } = header;
  let off = 0;
  const take = (bytes: number) => {
    const part = body.buffer.slice(off, off + bytes);
    off += bytes;
    return part;
  };
  const keys = new Int32Array(take(rows * 4));
  const rowStart = new Int32Array(take((rows + 1) * 4));
  const trans = new Float32Array(take(TRANS_SIZE * 4));
  const values = new Int16Array(take(entries * 2));
  const labels = new Uint8Array(take(entries));
  if (labels.length !== entries || rowStart[rows] !== entries) throw new NerModelFormatError('truncated model file');
  const scorer = new PackedScorer(keys, rowStart, labels, values, header.scale);
  const words: WordInfo = new Map();
  header.words.forEach((w, i) => words.set(w, header.wordInfo[i]!));
  return new NerModel({ words, gazetteer: new Gazetteer(header.gazetteer) }, scorer, trans);
}
