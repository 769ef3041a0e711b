import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type Network } from '../api.js';
import { CATEGORIES, QUAD_COLORS, QUAD_NAMES } from '../colors.js';
import { ErrorNote, Loading } from '../components/status.js';
import { useLoad } from '../hooks.js';
import { clean } from '../util.js';
import { forceLayout } from '../layout.js';
import { href, navigate } from '../router.js';
import { Legend } from './TimelineView.js';

const W = 900;
const H = 560;

/** Who acts on whom: actors and recipients as nodes, one arrow per (actor, recipient, category), coloured by quad class. */
export function NetworkView({ query }: { query: URLSearchParams }) {
  const filters = { category: query.get('category') ?? '', country: query.get('country') ?? '', entity: query.get('entity') ?? '' };
  const limit = Number(query.get('limit')) || 60;
  const [draft, setDraft] = useState(filters);
  const key = JSON.stringify(filters);
  useEffect(() => setDraft(filters), [key]);
  const load = useLoad((signal) => api.network({ ...clean(filters), limit }, signal), [key, limit]);

  return (
    <section class="network-view" aria-labelledby="network-title">
      <h1 id="network-title">Actor network</h1>
      <form
        class="filters"
        aria-label="Filter the network"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href(['network'], { ...clean(draft), limit: limit === 60 ? '' : limit }), true);
        }}
      >
        <label>
          Entity
          <input value={draft.entity} placeholder="name or KB id" onInput={(e) => setDraft({ ...draft, entity: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          Country
          <input value={draft.country} placeholder="USA" maxLength={3} onInput={(e) => setDraft({ ...draft, country: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          Category
          <select value={draft.category} onChange={(e) => setDraft({ ...draft, category: (e.target as HTMLSelectElement).value })}>
            <option value="">any</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
          </select>
        </label>
        <div class="actions">
          <button type="submit">Apply</button>
        </div>
      </form>
      {load.state === 'error' ? <ErrorNote error={load.error} /> : null}
      {load.data ? <Graph network={load.data} /> : load.state === 'loading' ? <Loading what="network" /> : null}
    </section>
  );
}

function Graph({ network }: { network: Network }) {
  const [focus, setFocus] = useState<string | null>(null);
  const layout = useMemo(() => {
    const ids = [...network.nodes].sort((a, b) => b.events - a.events).map((n) => n.id);
    const weights = new Map<string, { source: string; target: string; weight: number }>();
    for (const e of network.edges) {
      const k = `${e.source}\u0000${e.target}`;
      const w = weights.get(k) ?? { source: e.source, target: e.target, weight: 0 };
      w.weight += e.events;
      weights.set(k, w);
    }
    return forceLayout(ids, [...weights.values()], { width: W, height: H, left: 24, right: 130, top: 24, bottom: 24 });
  }, [network]);

  if (network.edges.length === 0) return <p class="muted">No actor → recipient events match.</p>;
  const maxNode = Math.max(...network.nodes.map((n) => n.events));
  const radius = (events: number) => 5 + 13 * Math.sqrt(events / maxNode);
  // Parallel edges between the same pair bend apart.
  const pairCount = new Map<string, number>();

  return (
    <>
      <Legend />
      <figure class="chart network">
        <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`Actor network: ${network.nodes.length} actors, ${network.edges.length} links`}>
          <defs>
            {[0, 1, 2, 3, 4].map((q) => (
              <marker key={q} id={`arrow-${q}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" fill={QUAD_COLORS[q]} />
              </marker>
            ))}
          </defs>
          {network.edges.map((e) => {
            const a = layout.get(e.source);
            const b = layout.get(e.target);
            if (!a || !b) return null;
            const pair = [e.source, e.target].sort().join('\u0000');
            const nth = pairCount.get(pair) ?? 0;
            pairCount.set(pair, nth + 1);
            const dx = b.x - a.x;
            const dy = b.y - a.y;
            const d = Math.sqrt(dx * dx + dy * dy) || 1;
            const rb = radius(network.nodes.find((n) => n.id === e.target)?.events ?? 1) + 2;
            const ex = b.x - (dx / d) * rb;
            const ey = b.y - (dy / d) * rb;
            const bend = (nth % 2 ? -1 : 1) * (12 + 10 * Math.floor(nth / 2));
            const mx = (a.x + ex) / 2 - (dy / d) * bend;
            const my = (a.y + ey) / 2 + (dx / d) * bend;
            const dim = focus !== null && focus !== e.source && focus !== e.target;
            return (
              <path
                key={`${e.source}/${e.target}/${e.category}`}
                class={`edge${dim ? ' dim' : ''}`}
                d={`M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`}
                stroke={QUAD_COLORS[e.quad]}
                stroke-width={1 + Math.min(5, Math.log2(1 + e.events))}
                marker-end={`url(#arrow-${e.quad})`}
              >
                <title>{`${e.source} —${e.category} (${QUAD_NAMES[e.quad]})→ ${e.target}: ${e.events} events`}</title>
              </path>
            );
          })}
          {network.nodes.map((n) => {
            const p = layout.get(n.id)!;
            const r = radius(n.events);
            const dim = focus !== null && focus !== n.id && !network.edges.some((e) => (e.source === focus && e.target === n.id) || (e.target === focus && e.source === n.id));
            return (
              <g
                key={n.id}
                class={`node${dim ? ' dim' : ''}${focus === n.id ? ' focused' : ''}`}
                transform={`translate(${p.x},${p.y})`}
                tabindex={0} /* lowercase: SVG attributes are case-sensitive */
                role="button"
                aria-label={`${n.name}${n.code ? ` (${n.code})` : ''}: ${n.events} events. Enter opens its timeline.`}
                onFocus={() => setFocus(n.id)}
                onBlur={() => setFocus(null)}
                onMouseEnter={() => setFocus(n.id)}
                onMouseLeave={() => setFocus(null)}
                onClick={() => navigate(href(['timeline', n.name]))}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') navigate(href(['timeline', n.name]));
                }}
              >
                <title>{`${n.name}${n.code ? ` (${n.code})` : ''}: ${n.events} events`}</title>
                <circle r={r} />
                <text x={r + 3} y={4}>{n.name.length > 22 ? `${n.name.slice(0, 21)}…` : n.name}</text>
              </g>
            );
          })}
        </svg>
        <figcaption class="muted">Arrows point from actor to recipient; width grows with the number of events. Hover or focus an actor to see its links; Enter opens its timeline.</figcaption>
      </figure>
      <details class="edge-table">
        <summary>The links as a table ({network.edges.length})</summary>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">Event</th>
                <th scope="col">Recipient</th>
                <th scope="col">Events</th>
              </tr>
            </thead>
            <tbody>
              {network.edges.map((e) => (
                <tr key={`${e.source}/${e.target}/${e.category}`}>
                  <td>{e.source}</td>
                  <td>
                    <span class="chip" style={{ '--qc': QUAD_COLORS[e.quad] }}>{e.category}</span>
                  </td>
                  <td>{e.target}</td>
                  <td>{e.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
