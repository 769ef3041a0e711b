/** FNV-1a string hashing, shared by the stages and the store. */

export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a of a string's UTF-16 code units, as an unsigned 32-bit integer. */
export function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
