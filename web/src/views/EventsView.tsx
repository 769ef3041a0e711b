import { useEffect, useState } from 'preact/hooks';
import { api, queryString, type EventItem } from '../api.js';
import { CATEGORIES, MODALITIES, QUAD_COLORS, QUAD_NAMES } from '../colors.js';
import { ErrorNote, Pager } from '../components/status.js';
import { useLoad } from '../hooks.js';
import { clean } from '../util.js';
import { href, navigate } from '../router.js';

const PAGE = 50;
const FILTER_KEYS = ['actor', 'recipient', 'country', 'category', 'modality', 'from', 'to'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Sort = 'date' | 'actor' | 'recipient' | 'category' | 'modality';

const COLUMNS: { key: Sort | null; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: 'actor', label: 'Actor' },
  { key: 'category', label: 'Event' },
  { key: 'recipient', label: 'Recipient' },
  { key: 'modality', label: 'Modality' },
  { key: null, label: 'Trigger' },
  { key: null, label: 'Article' },
];

/** The events table: filters, sorting and paging live in the URL (#/events?category=REJECT&sort=actor). */
export function EventsView({ query }: { query: URLSearchParams }) {
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, query.get(k) ?? ''])) as Record<FilterKey, string>;
  const sort = (query.get('sort') as Sort | null) ?? 'date';
  const order = query.get('order') === 'desc' ? 'desc' : 'asc';
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const [draft, setDraft] = useState(filters);
  const filterKey = FILTER_KEYS.map((k) => filters[k]).join('\u0000');
  useEffect(() => setDraft(filters), [filterKey]);
  const [downloading, setDownloading] = useState<string | null>(null);
  const activeFilters = FILTER_KEYS.filter((k) => filters[k] !== '').length;
  // Open on wide screens; on phones only when filters are set (the table comes first).
  const [filtersOpen, setFiltersOpen] = useState(() => activeFilters > 0 || !window.matchMedia('(max-width: 640px)').matches);

  const params = { ...clean(filters), sort, order };
  const load = useLoad((signal) => api.events({ ...params, limit: PAGE, offset }, signal), [JSON.stringify(params), offset]);

  const go = (next: Record<string, string | number>) => navigate(href(['events'], { ...clean(filters), sort: sort === 'date' ? '' : sort, order: order === 'asc' ? '' : order, ...next }), true);

  function apply(e: Event) {
    e.preventDefault();
    navigate(href(['events'], { ...clean(draft), sort: sort === 'date' ? '' : sort, order: order === 'asc' ? '' : order }), true);
  }

  function sortBy(key: Sort) {
    const nextOrder = sort === key && order === 'asc' ? 'desc' : 'asc';
    go({ sort: key === 'date' ? '' : key, order: nextOrder === 'asc' ? '' : nextOrder, offset: '' });
  }

  async function download() {
    setDownloading('Preparing CSV…');
    try {
      await api.download(`/api/exports/events.csv${queryString({ ...clean(filters), sort, order })}`, 'events.csv');
      setDownloading(null);
    } catch (error) {
      setDownloading(`Download failed: ${(error as Error).message}`);
    }
  }

  const page = load.data;
  return (
    <section class="events-view" aria-labelledby="events-title">
      <h1 id="events-title">Events</h1>
      <details class="filter-box" open={filtersOpen} onToggle={(e) => setFiltersOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          Filters{activeFilters ? ` (${activeFilters} active)` : ''}
        </summary>
      <form class="filters" onSubmit={apply} aria-label="Filter events">
        <label>
          Actor
          <input name="actor" value={draft.actor} placeholder="name, code or KB id" onInput={(e) => setDraft({ ...draft, actor: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          Recipient
          <input name="recipient" value={draft.recipient} placeholder="name, code or KB id" onInput={(e) => setDraft({ ...draft, recipient: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          Country
          <input name="country" value={draft.country} placeholder="USA" maxLength={3} pattern="[A-Za-z-]{3}" title="three letters, as in actor codes" onInput={(e) => setDraft({ ...draft, country: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          Category
          <select name="category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: (e.target as HTMLSelectElement).value })}>
            <option value="">any</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Modality
          <select name="modality" value={draft.modality} onChange={(e) => setDraft({ ...draft, modality: (e.target as HTMLSelectElement).value })}>
            <option value="">any</option>
            {MODALITIES.map((m) => (
              <option key={m} value={m}>{m}</option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" name="from" value={draft.from} onInput={(e) => setDraft({ ...draft, from: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          To
          <input type="date" name="to" value={draft.to} onInput={(e) => setDraft({ ...draft, to: (e.target as HTMLInputElement).value })} />
        </label>
        <div class="actions">
          <button type="submit">Apply filters</button>
          <button type="button" class="secondary" onClick={() => { setDraft(Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as Record<FilterKey, string>); navigate(href(['events']), true); }}>
            Clear
          </button>
          <button type="button" class="secondary" onClick={download}>Download CSV</button>
          <span class="muted" role="status">{downloading ?? ''}</span>
        </div>
      </form>
      </details>
      {load.state === 'error' ? <ErrorNote error={load.error} /> : null}
      <div class="sort-mobile filters">
        <label>
          Sort by
          <select value={`${sort} ${order}`} onChange={(ev) => { const [k, o] = (ev.target as HTMLSelectElement).value.split(' ') as [Sort, string]; go({ sort: k === 'date' ? '' : k, order: o === 'asc' ? '' : o, offset: '' }); }}>
            {COLUMNS.filter((c) => c.key).flatMap((c) => [
              <option key={`${c.key} asc`} value={`${c.key} asc`}>{c.label} ↑</option>,
              <option key={`${c.key} desc`} value={`${c.key} desc`}>{c.label} ↓</option>,
            ])}
          </select>
        </label>
      </div>
      <div class="table-wrap" aria-busy={load.state === 'loading'}>
        <table class="events">
          <caption class="sr-only">Events, sorted by {sort} ({order === 'asc' ? 'ascending' : 'descending'})</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.label} scope="col" aria-sort={c.key && sort === c.key ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {c.key ? (
                    <button type="button" class="sort" onClick={() => sortBy(c.key!)}>
                      {c.label}
                      <span aria-hidden="true">{sort === c.key ? (order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page?.items.map((e) => <EventRow key={`${e.article.id}/${e.id}`} e={e} />)}
            {page && page.items.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} class="muted">No events match these filters.</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {page ? <Pager offset={offset} limit={PAGE} total={page.total} label="Event pages" onChange={(o) => go({ offset: o || '' })} /> : null}
    </section>
  );
}

function EventRow({ e }: { e: EventItem }) {
  return (
    <tr class={e.negated ? 'negated' : ''}>
      <td class="nowrap" data-label="Date">{e.article.published?.slice(0, 10) ?? 'undated'}</td>
      <td data-label="Actor">
        <a href={href(['timeline', e.actor.name])}>{e.actor.name}</a>
        {e.actor.code ? <span class="code"> {e.actor.code}</span> : null}
      </td>
      <td class="nowrap" data-label="Event">
        <span class="chip" style={{ '--qc': QUAD_COLORS[e.quad] }} title={QUAD_NAMES[e.quad]}>{e.event}</span>
        {e.cameo ? <span class="code"> {e.cameo}</span> : null}
      </td>
      <td data-label="Recipient">
        {e.recipient ? <a href={href(['timeline', e.recipient.name])}>{e.recipient.name}</a> : '—'}
        {e.recipient?.code ? <span class="code"> {e.recipient.code}</span> : null}
      </td>
      <td data-label="Modality">{e.modality}{e.negated ? ', negated' : ''}</td>
      <td data-label="Trigger">“{e.text}”</td>
      <td data-label="Article">
        <a href={href(['article', e.article.id])}>{e.article.title ?? e.article.id}</a>
      </td>
    </tr>
  );
}
