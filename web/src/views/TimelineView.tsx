import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type EventItem } from '../api.js';
import { bucketize, bucketKey, grainFor, type Bucket, type Grain } from '../buckets.js';
import { QUAD_COLORS, QUAD_NAMES } from '../colors.js';
import { ErrorNote, Loading } from '../components/status.js';
import { useLoad } from '../hooks.js';
import { href, navigate } from '../router.js';

/** The entity box: suggestions from the API while typing; submitting opens that entity's timeline. */
function EntityForm({ initial }: { initial: string }) {
  const [draft, setDraft] = useState(initial);
  const suggestions = useLoad((signal) => (draft.trim().length >= 2 ? api.entities({ q: draft.trim(), limit: 8 }, signal) : Promise.resolve(null)), [draft]);
  return (
    <form
      class="inline-form"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.trim()) navigate(href(['timeline', draft.trim()]));
      }}
    >
      <label for="timeline-entity">Entity (name or KB id)</label>
      <input id="timeline-entity" list="timeline-suggestions" value={draft} placeholder="United States, person:steve-witkoff…" autocomplete="off" onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
      <datalist id="timeline-suggestions">
        {suggestions.data?.items.map((s) => (
          <option key={`${s.name}/${s.kb}`} value={s.kb ?? s.name}>
            {s.name} · {s.type} · {s.articles} articles
          </option>
        ))}
      </datalist>
      <button type="submit">Show timeline</button>
    </form>
  );
}

/** Events of an entity or a story over time: a stacked bar chart by quad class, and the events of the chosen bar. */
export function TimelineView({ subject, kind = 'entity' }: { subject: string | undefined; kind?: 'entity' | 'story' }) {
  const story = useLoad((signal) => (kind === 'story' && subject ? api.story(subject, signal) : Promise.resolve(null)), [kind, subject]);

  return (
    <section class="timeline-view" aria-labelledby="timeline-title">
      <h1 id="timeline-title">{kind === 'story' ? `Story: ${story.data?.title ?? subject}` : `Timeline${subject ? `: ${subject}` : ''}`}</h1>
      {/* A new route mounts a new form: what was typed is never reset by a late effect. */}
      <EntityForm key={`${kind}:${subject ?? ''}`} initial={kind === 'entity' ? (subject ?? '') : ''} />
      {subject ? (
        <TimelineOf subject={subject} kind={kind} />
      ) : (
        <>
          <p class="muted">Choose a person, organisation or place to see its events over time, or a story below.</p>
          <StoryList />
        </>
      )}
      {story.data ? (
        <>
          <h2>
            Articles of this story <span class="count">{story.data.articles}</span>
          </h2>
          <ol class="article-list">
            {story.data.members.map((m) => (
              <li key={m.id}>
                <a href={href(['article', m.id])}>{m.title ?? m.id}</a> <span class="muted">{m.published?.slice(0, 10) ?? 'undated'}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** The biggest stories, each a link to its timeline. */
function StoryList() {
  const load = useLoad((signal) => api.stories({ limit: 12 }, signal), []);
  if (load.state === 'error') return <ErrorNote error={load.error} />;
  if (!load.data) return <Loading what="stories" />;
  if (load.data.items.length === 0) return <p class="muted">No story has more than one article yet.</p>;
  return (
    <>
      <h2>
        Stories <span class="count">{load.data.total}</span>
      </h2>
      <ol class="article-list story-list">
        {load.data.items.map((s) => (
          <li key={s.id}>
            <a href={href(['story', s.id])}>{s.title ?? s.id}</a>{' '}
            <span class="muted">
              {s.articles} articles{s.from ? `, ${s.from}${s.to && s.to !== s.from ? ` to ${s.to}` : ''}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

function TimelineOf({ subject, kind }: { subject: string; kind: 'entity' | 'story' }) {
  const load = useLoad((signal) => api.timeline(kind, subject, signal), [kind, subject]);
  const [bucket, setBucket] = useState<Bucket | null>(null);
  const [shown, setShown] = useState(LIST_STEP);
  useEffect(() => setBucket(null), [subject]);
  useEffect(() => setShown(LIST_STEP), [subject, bucket]);
  const t = load.data;
  const grain = useMemo(() => (t ? grainFor(t.days) : 'day'), [t]);
  const buckets = useMemo(() => (t ? bucketize(t.days, grain) : []), [t, grain]);
  if (load.state === 'error') return <ErrorNote error={load.error} />;
  if (!t) return <Loading what="timeline" />;
  if (t.total === 0) {
    return kind === 'story' ? (
      <p class="muted">No events in this story's articles.</p>
    ) : (
      <p class="muted">No events with {subject} as actor or recipient. Names match exactly (any case); try the KB id from the entity list.</p>
    );
  }
  const events = bucket ? t.events.filter((e) => bucketKey(e.article.published?.slice(0, 10) ?? 'undated', grain) === bucket.key) : t.events;
  return (
    <>
      <p>
        {t.total.toLocaleString('en')} events on {t.days.length} article days, by {grain}.{' '}
        {kind === 'entity' ? (
          <>
            <a href={href(['events'], { actor: subject })}>As actor in the events table</a> · <a href={href(['network'], { entity: subject })}>Network</a>
          </>
        ) : null}
      </p>
      <Chart buckets={buckets} grain={grain} selected={bucket?.key ?? null} onSelect={(b) => setBucket(b.key === bucket?.key ? null : b)} />
      <Legend />
      <h2>
        {bucket ? `Events ${bucket.label}` : 'All events'} <span class="count">{events.length}</span>
        {bucket ? (
          <button type="button" class="link" onClick={() => setBucket(null)}>
            show all
          </button>
        ) : null}
      </h2>
      <EventList events={events.slice(0, shown)} subject={subject} />
      {events.length > shown ? (
        <button type="button" class="secondary" onClick={() => setShown(shown + LIST_STEP)}>
          Show {Math.min(LIST_STEP, events.length - shown)} more of {events.length - shown}
        </button>
      ) : null}
    </>
  );
}

export function Legend() {
  return (
    <ul class="legend" aria-label="Colours: PLOVER quad classes">
      {[1, 2, 3, 4].map((q) => (
        <li key={q}>
          <span class="swatch" style={{ background: QUAD_COLORS[q] }} aria-hidden="true" /> {QUAD_NAMES[q]}
        </li>
      ))}
    </ul>
  );
}

/** Events listed at first, and added by each "show more". */
const LIST_STEP = 50;

const W = 760;
const H = 260;
const M = { top: 16, right: 16, bottom: 44, left: 40 };

/** Stacked bars on a time axis; undated events get their own bar at the right. */
function Chart({ buckets, grain, selected, onSelect }: { buckets: Bucket[]; grain: Grain; selected: string | null; onSelect: (b: Bucket) => void }) {
  const layout = useMemo(() => {
    const dated = buckets.filter((b) => !Number.isNaN(b.start));
    const undated = buckets.find((b) => Number.isNaN(b.start));
    const plotW = W - M.left - M.right - (undated ? 60 : 0);
    const t0 = Math.min(...dated.map((b) => b.start));
    const t1 = Math.max(...dated.map((b) => b.start));
    const span = Math.max(t1 - t0, 1);
    // Bars sit at their time on the axis, as wide as the closest two allow (3–36 units).
    const pad = 18;
    const x = (t: number) => (dated.length <= 1 ? M.left + plotW / 2 : M.left + pad + ((t - t0) / span) * (plotW - 2 * pad));
    const xs = dated.map((b) => x(b.start));
    let gap = Infinity;
    for (let i = 1; i < xs.length; i++) gap = Math.min(gap, xs[i]! - xs[i - 1]!);
    const barW = Math.max(3, Math.min(36, gap * 0.8));
    const max = Math.max(1, ...buckets.map((b) => b.events));
    const y = (n: number) => M.top + (H - M.top - M.bottom) * (1 - n / max);
    const undatedX = W - M.right - 30;
    const bars = dated.map((b, i) => ({ ...b, cx: xs[i]! }));
    if (undated) bars.push({ ...undated, cx: undatedX });
    const labels = dateLabels(dated.map((b, i) => ({ date: b.key, cx: xs[i]! })), undated ? undatedX : Infinity);
    return { bars, barW, y, ticks: niceTicks(max), labels, hasUndated: Boolean(undated) };
  }, [buckets]);

  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`Events per ${grain} of article publication, stacked by quad class. Select a bar to list its events.`}>
        {layout.ticks.map((n) => (
          <g key={n} class="tick">
            <line x1={M.left} x2={W - M.right} y1={layout.y(n)} y2={layout.y(n)} />
            <text x={M.left - 6} y={layout.y(n) + 4} text-anchor="end">{n}</text>
          </g>
        ))}
        <line class="axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
        {layout.labels.map((l) => (
          <text key={l.date} class="xlabel" x={l.cx} y={H - M.bottom + 16} text-anchor={l.cx > W - M.right - 40 ? 'end' : l.cx < M.left + 30 ? 'start' : 'middle'}>{l.text}</text>
        ))}
        {layout.hasUndated ? <text class="xlabel" x={W - M.right - 30} y={H - M.bottom + 16} text-anchor="middle">undated</text> : null}
        {layout.bars.map((b) => {
          let base = 0;
          const label = `${b.key}: ${b.events} events ${b.label} (${b.quads.map((n, q) => (n ? `${n} ${QUAD_NAMES[q + 1]}` : '')).filter(Boolean).join(', ')})`;
          return (
            <g
              key={b.key}
              class={`bar${selected === b.key ? ' selected' : ''}`}
              tabindex={0} /* lowercase: SVG attributes are case-sensitive */
              role="button"
              aria-pressed={selected === b.key}
              aria-label={label}
              onClick={() => onSelect(b)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(b);
                }
              }}
            >
              <title>{label}</title>
              <rect class="hit" x={b.cx - layout.barW / 2 - 1} y={M.top} width={layout.barW + 2} height={H - M.top - M.bottom} />
              {b.quads.map((n, q) => {
                if (!n) return null;
                const y1 = layout.y(base + n);
                const y0 = layout.y(base);
                base += n;
                return <rect key={q} x={b.cx - layout.barW / 2} y={y1} width={layout.barW} height={Math.max(1, y0 - y1)} fill={QUAD_COLORS[q + 1]} />;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">Bars: events per {grain} of article publication, coloured by PLOVER quad class. Select a bar (click, or Tab and Enter) to list its events.</figcaption>
    </figure>
  );
}

function niceTicks(max: number): number[] {
  const step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : max <= 50 ? 10 : Math.pow(10, Math.floor(Math.log10(max))) / (max / Math.pow(10, Math.floor(Math.log10(max))) < 3 ? 2 : 1);
  const ticks: number[] = [];
  for (let n = 0; n <= max; n += step) ticks.push(n);
  return ticks;
}

/** Date labels that do not overlap each other or the "undated" label (at least 95 units apart). */
function dateLabels(points: { date: string; cx: number }[], stop: number): { date: string; cx: number; text: string }[] {
  const out: { date: string; cx: number; text: string }[] = [];
  for (const p of points) {
    if (out.length && p.cx - out.at(-1)!.cx < 95) continue;
    if (stop - p.cx < 95) continue;
    out.push({ ...p, text: p.date });
  }
  return out;
}

function EventList({ events, subject }: { events: EventItem[]; subject: string }) {
  return (
    <ol class="event-list">
      {events.map((e) => (
        <li key={`${e.article.id}/${e.id}`}>
          <span class="date">{e.article.published?.slice(0, 10) ?? 'undated'}</span>{' '}
          <span>{e.actor.name.toLowerCase() === subject.toLowerCase() ? <strong>{e.actor.name}</strong> : e.actor.name}</span>{' '}
          <span class="chip" style={{ '--qc': QUAD_COLORS[e.quad] }}>{e.event}</span>{' '}
          <span>{e.recipient ? e.recipient.name : '—'}</span>{e.modality !== 'asserted' ? <span class="muted"> ({e.modality})</span> : null}
          <br />
          <span class="muted">“{e.text}” in </span>
          <a href={href(['article', e.article.id])}>{e.article.title ?? e.article.id}</a>
        </li>
      ))}
    </ol>
  );
}
