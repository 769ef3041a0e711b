import { NewsgraphError } from '../../errors.js';

export interface Decoded {
  text: string;
  /** WHATWG encoding label used, e.g. "utf-8", "windows-1252". */
  encoding: string;
}

/**
 * Bytes to text. Honours a BOM, then the charset of `contentType`; anything else must be UTF-8.
 * Throws NG_INPUT_ENCODING for bytes that are not valid in the chosen encoding.
 */
export function decodeBytes(bytes: Uint8Array, hints: { contentType?: string; html?: boolean } = {}): Decoded {
  const declared = /charset=["']?([\w-]+)/i.exec(hints.contentType ?? '')?.[1]?.toLowerCase();
  const encoding = sniffBom(bytes) ?? declared ?? 'utf-8';
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch (error) {
    throw new NewsgraphError('NG_INPUT_ENCODING', `bytes are not valid ${encoding}`, { cause: error });
  }
}

function sniffBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}
