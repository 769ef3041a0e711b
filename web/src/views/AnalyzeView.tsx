import { useState } from 'preact/hooks';
import { api, type DocJson } from '../api.js';
import { ErrorNote } from '../components/status.js';
import { ArticleView } from './ArticleView.js';

const EXAMPLE = `Qatar Hosts New Round of Talks
Qatar and Egypt mediated talks between Israel and Hamas on Monday, officials said. The United States rejected the proposal. "We will keep working for a ceasefire," said Secretary of State Marco Rubio.`;

/** Paste an article (or give a URL), run POST /api/analyze, and read the result in the article view. Nothing is stored. */
export function AnalyzeView() {
  const [mode, setMode] = useState<'text' | 'url'>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [doc, setDoc] = useState<DocJson | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setDoc(await api.analyze(mode === 'text' ? { text } : { url }));
    } catch (err) {
      setError(err as Error);
      setDoc(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="analyze-view" aria-labelledby="analyze-title">
      <h1 id="analyze-title">Analyse an article</h1>
      <form class="analyze-form" onSubmit={submit}>
        <fieldset class="mode">
          <legend>Input</legend>
          <label>
            <input type="radio" name="mode" value="text" checked={mode === 'text'} onChange={() => setMode('text')} /> Paste text
          </label>
          <label>
            <input type="radio" name="mode" value="url" checked={mode === 'url'} onChange={() => setMode('url')} /> Fetch a URL
          </label>
        </fieldset>
        {mode === 'text' ? (
          <>
            <label for="analyze-text">Article text (the first line is the title)</label>
            <textarea id="analyze-text" rows={10} value={text} required placeholder={EXAMPLE} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
            <button type="button" class="link" onClick={() => setText(EXAMPLE)}>Use an example</button>
          </>
        ) : (
          <>
            <label for="analyze-url">Article URL</label>
            <input id="analyze-url" type="url" value={url} required placeholder="https://…" onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
          </>
        )}
        <div class="actions">
          <button type="submit" disabled={busy}>{busy ? 'Analysing…' : 'Analyse'}</button>
          <span class="muted" role="status">{busy ? 'Running the pipeline…' : doc ? `${doc.events.length} events, ${doc.entities.length} entities, ${doc.quotes.length} quotes` : ''}</span>
        </div>
      </form>
      {error ? <ErrorNote error={error} /> : null}
      {doc ? (
        <div class="analysis-result" aria-label="Analysis result">
          <ArticleView doc={doc} />
        </div>
      ) : null}
    </section>
  );
}
