import type { Message } from '../../../model/doc.js';
import { BYLINE_LINE, DEBRIS_LINE_PATTERNS, FILLER_WORDS, GLUED_BYLINE, MAX_DEBRIS_WORDS, WIDGET_WORDS } from './debris.js';

/** A title is one line of at most this many characters... */
const MAX_TITLE_CHARS = 300;
/** ...and, when it ends with a period, at most this many words (a long sentence is body text). */
const MAX_SENTENCE_TITLE_WORDS = 25;

export interface PlainArticle {
  title: string | null;
  byline: string | null;
  text: string;
  messages: Message[];
}

const words = (line: string) => line.split(/\s+/).filter(Boolean);

/** Why a line is debris (the rule's name), or undefined when it is content. */
export function debrisRule(line: string): string | undefined {
  const ws = words(line);
  if (ws.length === 0 || ws.length > MAX_DEBRIS_WORDS) return undefined;
  const bare = ws.map((w) => w.toLowerCase().replace(/^[^\p{L}\p{N}|]+|[^\p{L}\p{N}|]+$/gu, '')).filter(Boolean);
  if (bare.some((w) => WIDGET_WORDS.has(w)) && bare.every((w) => WIDGET_WORDS.has(w) || FILLER_WORDS.has(w))) return 'widget-line';
  if (DEBRIS_LINE_PATTERNS.some((re) => re.test(line.trim()))) return 'boilerplate-line';
  return undefined;
}

function isTitleLine(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS) return false;
  return !(/[.!?]["”’]?$/.test(line) && words(line).length > MAX_SENTENCE_TITLE_WORDS);
}

/**
 * A plain-text article: the first content line is the title; debris lines (widgets, banners,
 * bylines, footers) are removed by general rules and reported as messages; paragraphs are kept as
 * the input had them, with line ends normalised to "\n" and trailing spaces trimmed.
 */
export function extractPlainText(input: string): PlainArticle {
  const lines = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[ \t\u00a0]+$/, ''));
  const messages: Message[] = [];
  const note = (rule: string, line: string) =>
    messages.push({ severity: 'info', source: 'newsgraph:extract', rule, note: `removed ${JSON.stringify(line.trim())}` });

  let title: string | null = null;
  let byline: string | null = null;
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) {
      kept.push('');
      continue;
    }
    const rule = debrisRule(trimmed);
    if (rule) {
      note(rule, trimmed);
      continue;
    }
    const by = BYLINE_LINE.exec(trimmed);
    if (by) {
      byline ??= by[1]!.trim();
      note('byline-line', trimmed);
      continue;
    }
    if (title === null && kept.every((l) => l === '') && isTitleLine(trimmed)) {
      title = trimmed;
      kept.length = 0;
      continue;
    }
    kept.push(line);
  }
  let text = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const glued = GLUED_BYLINE.exec(text);
  if (glued) {
    byline ??= glued[1]!;
    note('glued-byline', glued[0]);
    text = text.slice(0, glued.index).trimEnd();
  }
  if (!text && title) {
    // A single line is a body, not a title.
    text = title;
    title = null;
  }
  return { title, byline, text, messages };
}
