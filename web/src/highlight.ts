/**
 * Highlights over an article's text: entity mentions, quotes, event triggers, claims and flags.
 * They overlap and even cross ("Steve Witkoff" inside a quote; a flag over an entity), so the text
 * is cut at every span boundary into segments, each knowing which spans cover it.
 */
import type { DocJson } from '../../src/model/json.js';

export type SpanKind = 'entity' | 'quote' | 'event' | 'claim' | 'flag';
export const SPAN_KINDS: readonly SpanKind[] = ['entity', 'quote', 'event', 'claim', 'flag'];

export interface Span {
  /** Unique within the document: `entity:e4:1`, `quote:0`, `event:ev2`, … */
  key: string;
  kind: SpanKind;
  start: number;
  end: number;
  /** Index into the document's list of that kind. */
  index: number;
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Spans covering this segment, shortest first (the most specific one leads). */
  spans: Span[];
  /** Spans that start here: the segment is their entry point for the keyboard. */
  starts: Span[];
}

/** Every highlightable span of a document's body text (title mentions are left out). */
export function spansOf(doc: DocJson): Span[] {
  const spans: Span[] = [];
  const ok = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= doc.text.length && s.start < s.end;
  doc.entities.forEach((e, index) =>
    e.mentions.forEach((m, n) => {
      if (m.field !== 'title' && ok(m)) spans.push({ key: `entity:${e.id}:${n}`, kind: 'entity', start: m.start, end: m.end, index, label: `${e.name} (${e.type})` });
    }),
  );
  doc.quotes.forEach((q, index) => {
    if (ok(q)) spans.push({ key: `quote:${index}`, kind: 'quote', start: q.start, end: q.end, index, label: `${q.kind} quote${q.speaker ? ` by ${q.speaker.name}` : ', speaker unknown'}` });
  });
  doc.events.forEach((e, index) => {
    if (ok(e)) spans.push({ key: `event:${e.id}`, kind: 'event', start: e.start, end: e.end, index, label: `event ${e.event}: ${e.actor.name}${e.recipient ? ` → ${e.recipient.name}` : ''}` });
  });
  doc.claims.forEach((c, index) => {
    if (ok(c)) spans.push({ key: `claim:${index}`, kind: 'claim', start: c.start, end: c.end, index, label: `claim: ${c.value}${c.unit ? ` ${c.unit}` : ''}` });
  });
  doc.flags.forEach((f, index) => {
    if (ok(f)) spans.push({ key: `flag:${index}`, kind: 'flag', start: f.start, end: f.end, index, label: `flag (${f.kind})` });
  });
  return spans;
}

/** Cuts `text` at every boundary of `spans`; segments with no span are plain text. Offsets are UTF-16, as in the document. */
export function segment(text: string, spans: readonly Span[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const byStart = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  const open: Span[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const starts: Span[] = [];
    while (k < byStart.length && byStart[k]!.start <= start) {
      const s = byStart[k++]!;
      open.push(s);
      starts.push(s);
    }
    for (let j = open.length - 1; j >= 0; j--) if (open[j]!.end <= start) open.splice(j, 1);
    const covering = open.filter((s) => s.start <= start && s.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, text: text.slice(start, end), spans: covering, starts: starts.filter((s) => s.end > start) });
  }
  return segments;
}
