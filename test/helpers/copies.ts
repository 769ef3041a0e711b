/** Near-copies of an article as syndication and updates make them (tests of duplicate detection). */

/** The last paragraph cut. */
export function trimmed(text: string): string {
  const paragraphs = text.split('\n\n');
  return paragraphs.slice(0, Math.max(1, paragraphs.length - 1)).join('\n\n');
}

/** Line breaks every 70–80 characters, paragraphs lost. */
export const rewrapped = (text: string): string => text.replace(/\s+/g, ' ').replace(/(.{70,80}) /g, '$1\n');

/** A word in forty upper-cased, a word in fifty-three followed by an insertion. */
export function edited(text: string): string {
  const words = text.split(' ');
  return words.map((w, i) => (i % 40 === 7 ? w.toUpperCase() : i % 53 === 11 ? `${w} indeed` : w)).join(' ');
}
