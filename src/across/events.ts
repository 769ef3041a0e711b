import type { DocJson } from '../model/json.js';
import type { Event } from '../model/doc.js';
import { resolveDates } from './dates.js';

/** Reports of one event more than this many days apart are different events. */
export const MAX_EVENT_DAYS_APART = 3;

/** One report of an event: the event as coded in one article, with the day it happened. */
export interface EventMention {
  article: string;
  event: Event;
  /** ISO day the event happened: a date its sentence gives, else the article's publication day. */
  date: string | null;
}

/** One real-world event and every report of it. */
export interface StoryEvent {
  id: string;
  actor: string;
  recipient: string | null;
  event: Event['event'];
  date: string | null;
  mentions: EventMention[];
}

/** Who an actor is across articles: the KB id when linked, else the actor code, else the name. */
function identity(doc: DocJson, ref: Event['actor'] | null): string | null {
  if (!ref) return null;
  const entity = ref.entity ? doc.entities.find((e) => e.id === ref.entity) : undefined;
  return entity?.kb ?? ref.code ?? ref.name.toLowerCase();
}

/** The day an event happened, from its sentence's date words, else the publication day. */
export function eventDate(doc: DocJson, event: Event): string | null {
  if (!doc.published) return null;
  const sentence = doc.sentences.find((s) => s.start <= event.start && event.start < s.end);
  const text = sentence ? doc.text.slice(sentence.start, sentence.end) : '';
  const dates = resolveDates(text, doc.published).filter((d) => d.precision === 'day');
  return dates[0]?.date ?? doc.published.slice(0, 10);
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * Merges the asserted events of many articles (those `keep` accepts) into story events: same
 * actor, recipient and PLOVER category, dates within MAX_EVENT_DAYS_APART (undated reports join
 * the nearest). Negated, hypothetical, future and demanded events are not merged into what happened.
 */
export function mergeEvents(docs: readonly DocJson[], keep: (doc: DocJson, event: Event) => boolean = () => true): StoryEvent[] {
  const groups = new Map<string, StoryEvent[]>();
  const out: StoryEvent[] = [];
  for (const doc of docs) {
    for (const event of doc.events) {
      if (event.negated || event.modality !== 'asserted' || !keep(doc, event)) continue;
      const actor = identity(doc, event.actor)!;
      const recipient = identity(doc, event.recipient);
      const key = `${actor}|${recipient ?? ''}|${event.event}`;
      const date = eventDate(doc, event);
      const mention: EventMention = { article: doc.id, event, date };
      const candidates = groups.get(key) ?? [];
      const match = candidates.find((s) => !s.date || !date || days(s.date, date) <= MAX_EVENT_DAYS_APART);
      if (match) {
        match.mentions.push(mention);
        if (!match.date && date) match.date = date;
        continue;
      }
      const story: StoryEvent = { id: `se${out.length + 1}`, actor, recipient, event: event.event, date, mentions: [mention] };
      candidates.push(story);
      groups.set(key, candidates);
      out.push(story);
    }
  }
  return out;
}

/** Story events in time order (undated last). */
export function timeline(events: readonly StoryEvent[]): StoryEvent[] {
  return [...events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** True when the event's actor or recipient is the entity a user named (name, alias or KB id). */
export function involves(doc: DocJson, event: Event, name: string): boolean {
  const wanted = name.toLowerCase();
  return [event.actor, event.recipient].some((ref) => {
    if (!ref) return false;
    const entity = ref.entity ? doc.entities.find((e) => e.id === ref.entity) : undefined;
    const names = [ref.name, ...(entity ? [entity.name, ...entity.aliases, entity.kb ?? ''] : [])];
    return names.some((n) => n.toLowerCase() === wanted);
  });
}
