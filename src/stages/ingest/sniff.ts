/** Share of bytes that are control characters (other than tab, CR, LF, FF) above which input is binary. */
const MAX_CONTROL_SHARE = 0.02;
/** How many leading bytes the binary check reads. */
const SNIFF_BYTES = 8192;

/** True for bytes that are not text in any encoding we read: NULs outside UTF-16, or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let nul = 0;
  let control = 0;
  let evenNul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      nul++;
      if (i % 2 === 0) evenNul++;
    } else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  // UTF-16 without BOM: NULs in every other byte of ASCII-range text.
  const utf16 = nul > n / 4 && (evenNul > 0.9 * nul || evenNul < 0.1 * nul);
  if (nul > 0 && !utf16) return true;
  return control / n > MAX_CONTROL_SHARE;
}

/** Guesses whether text is an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  return /<(?:head|body|p|div|article|meta|title)[\s>]/.test(head);
}
