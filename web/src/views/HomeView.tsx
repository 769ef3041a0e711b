import { api } from '../api.js';
import { ENTITY_COLORS } from '../colors.js';
import { ErrorNote, Loading, Pager } from '../components/status.js';
import { useLoad } from '../hooks.js';
import { href, navigate } from '../router.js';

const PAGE = 25;

/** Articles (newest first) or search results, with matching entities when searching. */
export function HomeView({ query }: { query: URLSearchParams }) {
  const q = query.get('q') ?? '';
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const articles = useLoad((signal) => api.articles({ ...(q ? { q } : {}), limit: PAGE, offset }, signal), [q, offset]);
  const entities = useLoad((signal) => (q ? api.entities({ q, limit: 12 }, signal) : Promise.resolve(null)), [q]);
  const stats = useLoad((signal) => (q ? Promise.resolve(null) : api.stats(signal)), [q]);

  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{q ? `Search: ${q}` : 'Articles'}</h1>
      {stats.data ? (
        <p class="muted">
          {stats.data.articles.toLocaleString('en')} articles · {Object.values(stats.data.eventsByCategory).reduce((a, b) => a + b, 0).toLocaleString('en')} events ·{' '}
          {stats.data.quotes.toLocaleString('en')} quotes · {stats.data.flags} flags
        </p>
      ) : null}
      {entities.data && entities.data.items.length > 0 ? (
        <div class="entity-hits">
          <h2>Entities</h2>
          <ul class="pills">
            {entities.data.items.map((e) => (
              <li key={`${e.name}/${e.type}/${e.kb}`}>
                <a href={href(['timeline', e.kb ?? e.name])} style={{ '--ec': ENTITY_COLORS[e.type] }}>
                  {e.name} <span class="muted">{e.type} · {e.articles}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {articles.state === 'error' ? <ErrorNote error={articles.error} /> : null}
      {!articles.data && articles.state === 'loading' ? <Loading what="articles" /> : null}
      {articles.data ? (
        <>
          {q ? <h2>Articles</h2> : null}
          {articles.data.items.length === 0 ? <p class="muted">No article matches.</p> : null}
          <ol class="article-list" aria-busy={articles.state === 'loading'}>
            {articles.data.items.map((a) => (
              <li key={a.id}>
                <a href={href(['article', a.id])}>{a.title ?? a.id}</a>
                <span class="muted"> {a.published?.slice(0, 10) ?? 'undated'}</span>
                {a.duplicateOf ? (
                  <span class="muted">
                    {' '}· copy of <a href={href(['article', a.duplicateOf])}>an earlier article</a> (facts counted there)
                  </span>
                ) : null}
                {a.snippet ? <p class="snippet">{snippet(a.snippet)}</p> : null}
              </li>
            ))}
          </ol>
          <Pager offset={offset} limit={PAGE} total={articles.data.total} label="Article pages" onChange={(o) => navigate(href(q ? ['search'] : [], { q, offset: o || '' }))} />
        </>
      ) : null}
    </section>
  );
}

/** "a [word] b" → a <b>word</b> b, without using the text as HTML. */
function snippet(s: string) {
  return s.split(/(\[[^\]]*\])/).map((part, i) => (part.startsWith('[') && part.endsWith(']') ? <b key={i}>{part.slice(1, -1)}</b> : part));
}
