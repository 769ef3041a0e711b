import type { Event, PloverCategory } from '../../model/doc.js';

/** Rule prefix of a future event already arranged ("is scheduled to visit"): it counts as the act. */
export const ARRANGED_RULE = 'arranged:';

/**
 * How an event counts as PLOVER data (used by the bench and the exporters; the stage keeps every
 * reading with its modality):
 *  - negated events ("did not attack") and hypothetical ones ("could attack", "if Israel
 *    withdraws") are not events: null; except a negated future cooperation ("would not give
 *    permission", "will not attend"), which is a refusal: REJECT;
 *  - `demanded` events are the content of a REQUEST that is coded on its own verb: null;
 *  - future/intended events are coded as the intent PLOVER records ("France will recognise" →
 *    AGREE, "plans to impose restrictions" → THREATEN), see INTENT_CATEGORY. Note: the PLOVER 2.0
 *    AGREE definition keeps future RETREAT/CONCEDE out of AGREE, but both gold sets (PLOVER GSR
 *    and PETRARCH-2 validation) code "will release" as AGREE, so all cooperative intents fold here;
 *  - future events already arranged or under way ("is scheduled to visit", "is set to sign",
 *    "the leader prepared to fly to"; rule prefix ARRANGED_RULE) count as the act itself: the
 *    arrangement is the news, and PETRARCH2's SCHEDULE block is null ([---]), so the verb under it
 *    keeps its own code (a scheduled visit is 042, not 036);
 *  - asserted events count as their own category.
 */
export function countedCategory(event: Pick<Event, 'event' | 'modality' | 'negated'> & Pick<Partial<Event>, 'rule'>): PloverCategory | null {
  // "would not give permission", "will not attend": refusing future cooperation is a REJECT (CAMEO 12x)
  if (event.negated) return event.modality === 'future' && INTENT_CATEGORY[event.event] === 'AGREE' ? 'REJECT' : null;
  if (event.modality === 'hypothetical' || event.modality === 'demanded') return null;
  if (event.modality === 'future') return event.rule?.startsWith(ARRANGED_RULE) ? event.event : INTENT_CATEGORY[event.event];
  return event.event;
}


/** The category an intention to do X is coded as: AGREE for cooperation, THREATEN for conflict. */
export const INTENT_CATEGORY: Record<PloverCategory, PloverCategory> = {
  AGREE: 'AGREE',
  CONSULT: 'AGREE',
  SUPPORT: 'AGREE',
  CONCEDE: 'AGREE',
  COOPERATE: 'AGREE',
  AID: 'AGREE',
  RETREAT: 'AGREE',
  REQUEST: 'REQUEST',
  ACCUSE: 'ACCUSE',
  REJECT: 'REJECT',
  THREATEN: 'THREATEN',
  PROTEST: 'THREATEN',
  SANCTION: 'THREATEN',
  MOBILIZE: 'THREATEN',
  COERCE: 'THREATEN',
  ASSAULT: 'THREATEN',
};

/** One PLOVER-style record: the events of one trigger and category, actors and recipients merged. */
export interface CountedRecord {
  category: PloverCategory;
  events: Event[];
  actors: Event['actor'][];
  recipients: NonNullable<Event['recipient']>[];
  start: number;
  end: number;
}

/**
 * The events that count (see countedCategory), one record per trigger and category: "Qatar and
 * Egypt mediated" is two events in the document (one per actor) and one PLOVER record with two actors.
 */
export function countedRecords(events: readonly Event[]): CountedRecord[] {
  const byKey = new Map<string, CountedRecord>();
  for (const e of events) {
    const category = countedCategory(e);
    if (!category) continue;
    const key = `${e.start}:${e.end}:${category}`;
    let r = byKey.get(key);
    if (!r) {
      r = { category, events: [], actors: [], recipients: [], start: e.start, end: e.end };
      byKey.set(key, r);
    }
    r.events.push(e);
    if (!r.actors.some((a) => a.name === e.actor.name && a.code === e.actor.code)) r.actors.push(e.actor);
    if (e.recipient && !r.recipients.some((a) => a.name === e.recipient!.name)) r.recipients.push(e.recipient);
  }
  return [...byKey.values()];
}
