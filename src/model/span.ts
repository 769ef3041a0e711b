import type { Mention, Offsets } from './doc.js';

/** A mention of text[start, end), or undefined when the range does not fit the text. */
export function span(text: string, start: number, end: number): Mention | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    return undefined;
  }
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: Offsets, b: Offsets): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Offsets, inner: Offsets): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Line and column (both 1-based) of an offset, for messages shown to people. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
