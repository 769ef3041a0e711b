import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, getToken, setToken } from './api.js';
import { href, navigate, useRoute } from './router.js';
import { AnalyzeView } from './views/AnalyzeView.js';
import { StoredArticle } from './views/ArticleView.js';
import { EventsView } from './views/EventsView.js';
import { HomeView } from './views/HomeView.js';
import { NetworkView } from './views/NetworkView.js';
import { TimelineView } from './views/TimelineView.js';
import './styles.css';

const NAV: { path: string; label: string }[] = [
  { path: '', label: 'Articles' },
  { path: 'events', label: 'Events' },
  { path: 'timeline', label: 'Timeline' },
  { path: 'network', label: 'Network' },
  { path: 'analyze', label: 'Analyse' },
];

function App() {
  const route = useRoute();
  const [section = '', arg] = route.path;
  const mainRef = useRef<HTMLElement>(null);
  const [search, setSearch] = useState(route.query.get('q') ?? '');
  const [needToken, setNeedToken] = useState(false);
  const first = useRef(true);

  // A new page: focus goes to the main region (screen readers announce it), scroll to the top.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route.path.join('/')]);

  // A 401 anywhere asks for the server's token.
  useEffect(() => {
    const on = (e: PromiseRejectionEvent) => {
      if (e.reason instanceof ApiFailure && e.reason.status === 401) setNeedToken(true);
    };
    window.addEventListener('unhandledrejection', on);
    fetch('/api/health', { headers: getToken() ? { authorization: `Bearer ${getToken()}` } : {} }).then((r) => setNeedToken(r.status === 401), () => {});
    return () => window.removeEventListener('unhandledrejection', on);
  }, []);

  let view;
  switch (section) {
    case '':
    case 'search':
      view = <HomeView query={route.query} />;
      break;
    case 'article':
      view = arg ? <StoredArticle id={arg} /> : <HomeView query={route.query} />;
      break;
    case 'events':
      view = <EventsView query={route.query} />;
      break;
    case 'timeline':
      view = <TimelineView subject={arg} />;
      break;
    case 'story':
      view = <TimelineView subject={arg} kind="story" />;
      break;
    case 'network':
      view = <NetworkView query={route.query} />;
      break;
    case 'analyze':
      view = <AnalyzeView />;
      break;
    default:
      view = (
        <p>
          No such page. <a href="#/">Go to the articles.</a>
        </p>
      );
  }
  const current = section === 'search' || section === 'article' ? '' : section === 'story' ? 'timeline' : section;

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">newsgraph</a>
        <nav aria-label="Views">
          <ul>
            {NAV.map((n) => (
              <li key={n.path}>
                <a href={`#/${n.path}`} aria-current={current === n.path ? 'page' : undefined}>{n.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <form
          role="search"
          class="search"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(search.trim() ? href(['search'], { q: search.trim() }) : '#/');
          }}
        >
          <label for="search-box" class="sr-only">Search articles and entities</label>
          <input id="search-box" type="search" value={search} placeholder="Search articles and entities" onInput={(e) => setSearch((e.target as HTMLInputElement).value)} />
          <button type="submit">Search</button>
        </form>
      </header>
      {needToken ? <TokenForm onDone={() => { setNeedToken(false); location.reload(); }} /> : null}
      <main id="main" ref={mainRef} tabIndex={-1}>
        {view}
      </main>
    </>
  );
}

function TokenForm({ onDone }: { onDone: () => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      class="token"
      onSubmit={(e) => {
        e.preventDefault();
        setToken(value.trim() || null);
        onDone();
      }}
    >
      <label for="token-box">This server needs an API token (kept for this browser tab only)</label>
      <input id="token-box" type="password" autocomplete="off" value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
      <button type="submit">Use token</button>
    </form>
  );
}

render(<App />, document.getElementById('app')!);
