/**
 * Bytes → text. The order follows the WHATWG encoding sniffing algorithm, with two pragmatic
 * deviations that fix common mislabelled pages (both documented below):
 *
 * 1. A byte order mark (UTF-8, UTF-16LE/BE) wins.
 * 2. UTF-16 without a BOM is recognised by its NUL-byte pattern (ASCII text in UTF-16 has a NUL
 *    in every other byte).
 * 3. Binary data (NULs, control bytes, known file signatures) is refused with NG_INPUT_BINARY.
 * 4. The charset of the HTTP `contentType`, then (for HTML) `<meta charset>` /
 *    `<meta http-equiv="content-type">` / an XML declaration's encoding in the first bytes. A single-byte label on bytes that are
 *    valid, non-ASCII UTF-8 is taken to be a mislabel (true Latin-1 text is almost never valid
 *    UTF-8); a declared multi-byte encoding that does not decode falls through to detection.
 * 5. Detection: valid UTF-8 → utf-8; otherwise the best single-byte code page (windows-1252 —
 *    WHATWG reads iso-8859-1 as windows-1252 —, windows-1250, windows-1251, koi8-r, windows-1253)
 *    by simple letter statistics.
 *
 * Throws NG_INPUT_ENCODING when the bytes cannot be decoded in the encoding they must be in (a
 * UTF-16 BOM or NUL pattern with malformed surrogates or an odd length, or a UTF-8 BOM followed
 * by invalid UTF-8); NG_INPUT_BINARY for binary data.
 */
import { isUtf8 } from 'node:buffer';
import { NewsgraphError } from '../../errors.js';

export interface Decoded {
  text: string;
  /** WHATWG encoding name used, e.g. "utf-8", "windows-1252". */
  encoding: string;
}

export interface DecodeHints {
  /** HTTP Content-Type header value, e.g. "text/html; charset=iso-8859-1". */
  contentType?: string;
  /** The bytes are HTML: look for a `<meta>` charset declaration. */
  html?: boolean;
}

/** Bytes of the start of the input looked at for `<meta charset>` (WHATWG prescans 1024; pages often put it later). */
const MAX_META_PRESCAN_BYTES = 4096;
/** Bytes sampled for the binary and UTF-16 tests. */
const MAX_SNIFF_BYTES = 8192;
/** In UTF-16 text, at least this share of the code units of the sample have a NUL high byte (ASCII-heavy markup/text). */
const MIN_UTF16_NUL_SHARE = 0.3;
/** ... and at most this share of the other-parity bytes are NUL. */
const MAX_UTF16_OTHER_NUL_SHARE = 0.05;
/** Share of control bytes (other than tab, LF, FF, CR, ESC) above which the input is binary; text has ~0. */
const MAX_TEXT_CONTROL_SHARE = 0.05;
/** Share of words that are runs of high (≥ 0x80) bytes above which a non-Latin code page (Cyrillic, Greek) is tried. */
const MIN_NON_LATIN_WORD_SHARE = 0.2;

/** File signatures of common binary formats. */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP / docx / epub
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // PE "MZ"
  [0x52, 0x49, 0x46, 0x46], // RIFF (webp, wav, avi)
  [0x00, 0x00, 0x01, 0x00], // ICO
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

function sniffBom(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** UTF-16 without a BOM: NUL bytes on one parity only. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, MAX_SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  if (oddNul >= units * MIN_UTF16_NUL_SHARE && evenNul <= units * MAX_UTF16_OTHER_NUL_SHARE) return 'utf-16le';
  if (evenNul >= units * MIN_UTF16_NUL_SHARE && oddNul <= units * MAX_UTF16_OTHER_NUL_SHARE) return 'utf-16be';
  return undefined;
}

/**
 * Binary data, not text: a known file signature, or NUL / control bytes in the first bytes
 * (UTF-16 text, which has NULs, is recognised first and is not binary).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (sniffBom(bytes)) return false;
  if (BINARY_SIGNATURES.some((sig) => startsWith(bytes, sig))) return true;
  if (sniffUtf16(bytes)) return false;
  const n = Math.min(bytes.length, MAX_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true; // a NUL never occurs in single-byte or UTF-8 text
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
    else if (b === 0x7f) control++;
  }
  return control > n * MAX_TEXT_CONTROL_SHARE;
}

/** A label → its WHATWG encoding name, or undefined if unsupported. */
export function normaliseLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    const name = new TextDecoder(label.trim()).encoding;
    // WHATWG: a <meta> or header declaring UTF-16 on ASCII-compatible bytes means UTF-8
    if (name === 'utf-16le' || name === 'utf-16be') return 'utf-8';
    if (name === 'x-user-defined') return 'windows-1252';
    return name;
  } catch {
    return undefined;
  }
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return normaliseLabel(m?.[1]);
}

/**
 * `<meta charset=…>` or `<meta http-equiv=content-type content="…; charset=…">` near the start,
 * or an XML declaration's `encoding` (feeds and XHTML).
 */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, MAX_META_PRESCAN_BYTES));
  const xml = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  if (xml) {
    const name = normaliseLabel(xml[1]);
    if (name) return name;
  }
  const re = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/gi;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) {
    const name = normaliseLabel(m[1]);
    if (name) return name;
  }
  return undefined;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function latin1(bytes: Uint8Array): string {
  return asBuffer(bytes).toString('latin1');
}

const SINGLE_BYTE = new Set([
  'windows-1252', 'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1257', 'iso-8859-2',
  'iso-8859-5', 'iso-8859-7', 'iso-8859-15', 'koi8-r', 'koi8-u', 'macintosh', 'ibm866', 'windows-874',
]);

/**
 * windows-1252 bytes 0x80–0x9F (WHATWG index-windows-1252); the other bytes are Latin-1. Node 20's
 * TextDecoder('windows-1252') decodes these as C1 controls (true ISO-8859-1), so we map them here.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1_RANGE = /[\u0080-\u009f]/g;

export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1(bytes)
    .replace(C1_RANGE, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

/** Decodes strictly (undefined when the bytes are invalid); windows-1252 decodes every byte. */
function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // fast path (simdutf validation); Buffer#toString does not strip a BOM, the callers skip it
  if (encoding === 'utf-8') return isUtf8(bytes) ? asBuffer(bytes).toString('utf8') : undefined;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeLenient(bytes: Uint8Array, encoding: string): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** Letters that are most frequent in running text of each candidate's languages. */
const FREQUENT_LETTERS: Record<string, RegExp> = {
  'windows-1250': /[ąęłńśźżćčěřšžůóĄĘŁŃŚŹŻĆČŘŠŽ]/g,
  'windows-1251': /[оеаинтсрвлкмдп]/g,
  'koi8-r': /[оеаинтсрвлкмдп]/g,
  'windows-1253': /[αοιετνσςρπκμυλ]/g,
};
/** Characters that windows-1252 shows where windows-1250 has Polish/Czech letters (ą ł ż ś ź ň…). */
const CENTRAL_EUROPEAN_IN_1252 = /\p{L}[¹³¿¾¥ŸŒœ]|[¹³¿¾¥ŸŒœ]\p{L}/gu;
/** Minimum of those tell-tales before windows-1250 is chosen over windows-1252. */
const MIN_CENTRAL_EUROPEAN_HITS = 3;

/** Best single-byte code page for bytes that are not UTF-8. */
export function detectSingleByte(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 1 << 16);
  let words = 0;
  let highWords = 0;
  let inWord = false;
  let high = 0;
  let len = 0;
  for (let i = 0; i <= sample.length; i++) {
    const b = i < sample.length ? sample[i]! : 0x20;
    const letter = b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
    if (letter) {
      inWord = true;
      len++;
      if (b >= 0x80) high++;
    } else if (inWord) {
      words++;
      if (len >= 2 && high * 2 > len) highWords++;
      inWord = false;
      high = 0;
      len = 0;
    }
  }
  if (words > 0 && highWords >= words * MIN_NON_LATIN_WORD_SHARE) {
    let best = 'windows-1252';
    let bestScore = -1;
    for (const [enc, re] of Object.entries(FREQUENT_LETTERS)) {
      const text = decodeLenient(sample, enc);
      const score = (text.match(re) ?? []).length;
      if (score > bestScore) {
        bestScore = score;
        best = enc;
      }
    }
    return best;
  }
  const western = decodeWindows1252(sample);
  if ((western.match(CENTRAL_EUROPEAN_IN_1252) ?? []).length >= MIN_CENTRAL_EUROPEAN_HITS) return 'windows-1250';
  return 'windows-1252';
}

function fail(encoding: string, cause?: unknown): never {
  throw new NewsgraphError('NG_INPUT_ENCODING', `bytes are not valid ${encoding}`, { cause });
}

export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };
  const bom = sniffBom(bytes);
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.skip), bom.encoding);
    return text === undefined ? fail(bom.encoding) : { text, encoding: bom.encoding };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16);
    return text === undefined ? fail(utf16) : { text, encoding: utf16 };
  }
  if (looksBinary(bytes)) throw new NewsgraphError('NG_INPUT_BINARY', 'the input looks like binary data');

  const declared = charsetFromContentType(hints.contentType) ?? (hints.html ? charsetFromMeta(bytes) : undefined);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (declared) {
    if (SINGLE_BYTE.has(declared)) {
      // mislabel: real single-byte text with non-ASCII bytes is almost never valid UTF-8
      if (utf8 !== undefined && hasHighBytes(bytes)) return { text: utf8, encoding: 'utf-8' };
      return { text: decodeLenient(bytes, declared), encoding: declared };
    }
    const text = declared === 'utf-8' ? utf8 : tryDecode(bytes, declared);
    if (text !== undefined) return { text, encoding: declared };
    // declared multi-byte encoding that does not decode: fall through to detection
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const encoding = detectSingleByte(bytes);
  // a code page byte without a character (rare) becomes U+FFFD rather than failing the page
  return { text: tryDecode(bytes, encoding) ?? decodeLenient(bytes, encoding), encoding };
}
