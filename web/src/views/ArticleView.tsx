import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DocJson } from '../api.js';
import { api } from '../api.js';
import { ENTITY_COLORS, QUAD_COLORS } from '../colors.js';
import { segment, spansOf, SPAN_KINDS, type Span, type SpanKind } from '../highlight.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';
import { ErrorNote, Loading } from '../components/status.js';

const KIND_TITLES: Record<SpanKind, string> = { entity: 'Entities', quote: 'Quotes', event: 'Events', claim: 'Claims', flag: 'Flags' };

/** Quad class per category, from the ontology (one request, shared). */
let quadCache: Promise<Map<string, number>> | undefined;
function useQuads(): Map<string, number> {
  const [quads, setQuads] = useState<Map<string, number>>(new Map());
  useEffect(() => {
    quadCache ??= api.plover().then((p) => new Map(p.categories.map((c) => [c.name, c.quad]))).catch(() => new Map());
    void quadCache.then(setQuads);
  }, []);
  return quads;
}

export function StoredArticle({ id }: { id: string }) {
  const load = useLoad((signal) => api.article(id, signal), [id]);
  if (load.state === 'error') return <ErrorNote error={load.error} />;
  if (load.state === 'loading' && !load.data) return <Loading what="article" />;
  return load.data ? <ArticleView doc={load.data} /> : null;
}

/** The article's text with every fact highlighted, a list of facts beside it, and the selected fact's record. */
export function ArticleView({ doc }: { doc: DocJson }) {
  const spans = useMemo(() => spansOf(doc), [doc]);
  const segments = useMemo(() => segment(doc.text, spans), [doc, spans]);
  const [selected, setSelected] = useState<Span | null>(null);
  const [shown, setShown] = useState<Record<SpanKind, boolean>>({ entity: true, quote: true, event: true, claim: true, flag: true });
  const textRef = useRef<HTMLDivElement>(null);
  const quads = useQuads();

  useEffect(() => setSelected(null), [doc]);

  const visible = (s: Span) => shown[s.kind];

  /** Selects a span from the list: scrolls its first segment into view and focuses it. */
  function reveal(span: Span) {
    setSelected(span);
    const el = textRef.current?.querySelector<HTMLElement>(`[data-start~="${CSS.escape(span.key)}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.focus({ preventScroll: true });
    }
  }

  function activate(spansHere: Span[], target: HTMLElement) {
    const pick = spansHere.filter(visible);
    if (pick.length === 0) return;
    // On phones the record covers the lower part of the screen: keep what was chosen above it.
    if (window.matchMedia('(max-width: 899px)').matches) {
      const rect = target.getBoundingClientRect();
      if (rect.bottom > window.innerHeight * 0.5) window.scrollBy({ top: rect.top - window.innerHeight * 0.2 });
    }
    // Clicking again cycles through overlapping facts, innermost first.
    const at = selected ? pick.findIndex((s) => s.key === selected.key) : -1;
    setSelected(pick[(at + 1) % pick.length]!);
  }

  const paragraphs = useMemo(() => {
    // Paragraph breaks (line breaks in the text) become <p>s; segments that cross one are cut there.
    const out: { key: number; parts: { seg: (typeof segments)[number]; text: string; first: boolean }[] }[] = [{ key: 0, parts: [] }];
    for (const seg of segments) {
      const pieces = seg.text.split(/\n+/);
      pieces.forEach((text, n) => {
        if (n > 0) out.push({ key: out.length, parts: [] });
        if (text) out.at(-1)!.parts.push({ seg, text, first: n === 0 });
      });
    }
    return out.filter((p) => p.parts.length > 0);
  }, [segments]);

  /** Closes the record and puts the focus back on the highlight it came from. */
  function closeRecord() {
    if (!selected) return;
    const key = selected.key;
    setSelected(null);
    textRef.current?.querySelector<HTMLElement>(`[data-start~="${CSS.escape(key)}"]`)?.focus();
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape' && selected) closeRecord();
  }

  return (
    <div class="article-layout" onKeyDown={onKeyDown}>
      <article class="article" aria-labelledby="article-title">
        <header>
          <h1 id="article-title">{doc.title ?? '(no title)'}</h1>
          <p class="meta">
            {doc.published ? <time dateTime={doc.published}>{doc.published.slice(0, 10)}</time> : <span>undated</span>}
            {doc.publisher ? <span> · {doc.publisher}</span> : null}
            {doc.byline ? <span> · {doc.byline}</span> : null}
            {doc.url ? (
              <span>
                {' · '}
                <a href={doc.url} rel="noopener noreferrer nofollow" target="_blank">source</a>
              </span>
            ) : null}
            <span class="muted"> · id {doc.id}</span>
          </p>
          <fieldset class="toggles">
            <legend>Highlight</legend>
            {SPAN_KINDS.map((k) => (
              <label key={k} class={`toggle k-${k}`}>
                <input type="checkbox" checked={shown[k]} onChange={(e) => setShown({ ...shown, [k]: (e.target as HTMLInputElement).checked })} />
                <span class="swatch" aria-hidden="true" /> {KIND_TITLES[k]}
              </label>
            ))}
          </fieldset>
        </header>
        <div class="text" ref={textRef}>
          {paragraphs.map((p) => (
            <p key={p.key}>
              {p.parts.map(({ seg, text, first }, n) => {
                const here = seg.spans.filter(visible);
                if (here.length === 0) return <span key={n}>{text}</span>;
                const kinds = new Set(here.map((s) => s.kind));
                const entity = here.find((s) => s.kind === 'entity');
                const event = here.find((s) => s.kind === 'event');
                const starts = first ? seg.starts.filter(visible) : [];
                const isSelected = selected !== null && here.some((s) => s.key === selected.key);
                const style: Record<string, string> = {};
                if (entity) style['--ec'] = ENTITY_COLORS[doc.entities[entity.index]?.type ?? 'OTHER'] ?? '#999';
                if (event) style['--qc'] = QUAD_COLORS[quads.get(doc.events[event.index]?.event ?? '') ?? 0] ?? '#777';
                return (
                  <mark
                    key={n}
                    class={`hl ${[...kinds].map((k) => `k-${k}`).join(' ')}${isSelected ? ' selected' : ''}`}
                    style={style}
                    data-keys={here.map((s) => s.key).join(' ')}
                    data-start={starts.map((s) => s.key).join(' ') || undefined}
                    tabIndex={starts.length > 0 ? 0 : -1}
                    role="button"
                    aria-pressed={isSelected}
                    aria-label={starts.length > 0 ? `${text}: ${here.map((s) => s.label).join('; ')}` : undefined}
                    title={here.map((s) => s.label).join('\n')}
                    onClick={(e) => activate(here, e.currentTarget as HTMLElement)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        activate(here, e.currentTarget as HTMLElement);
                      }
                    }}
                  >
                    {text}
                  </mark>
                );
              })}
            </p>
          ))}
        </div>
      </article>
      <aside class="facts" aria-label="Facts in this article">
        <Record doc={doc} span={selected} quads={quads} onClose={closeRecord} />
        {SPAN_KINDS.map((kind) => (
          <FactList key={kind} kind={kind} doc={doc} spans={spans} selected={selected} onPick={reveal} />
        ))}
      </aside>
    </div>
  );
}

function FactList({ kind, doc, spans, selected, onPick }: { kind: SpanKind; doc: DocJson; spans: Span[]; selected: Span | null; onPick: (s: Span) => void }) {
  // One entry per fact: an entity's first mention stands for it.
  const seen = new Set<number>();
  const items = spans.filter((s) => s.kind === kind && !seen.has(s.index) && seen.add(s.index)).sort((a, b) => a.start - b.start);
  const count = { entity: doc.entities.length, quote: doc.quotes.length, event: doc.events.length, claim: doc.claims.length, flag: doc.flags.length }[kind];
  return (
    <details class={`fact-list k-${kind}`} open={kind !== 'claim' && kind !== 'entity'}>
      <summary>
        <span class="swatch" aria-hidden="true" /> {KIND_TITLES[kind]} <span class="count">{count}</span>
      </summary>
      {items.length === 0 ? (
        <p class="muted">none</p>
      ) : (
        <ul>
          {items.map((s) => (
            <li key={s.key}>
              <button type="button" class={selected?.kind === kind && selected.index === s.index ? 'current' : ''} onClick={() => onPick(s)}>
                {factLine(doc, s)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function factLine(doc: DocJson, s: Span): string {
  switch (s.kind) {
    case 'entity': {
      const e = doc.entities[s.index]!;
      return `${e.name} · ${e.type}${e.code ? ` · ${e.code}` : ''}`;
    }
    case 'quote': {
      const q = doc.quotes[s.index]!;
      return `“${clip(q.text, 80)}” — ${q.speaker?.name ?? 'unknown speaker'}`;
    }
    case 'event': {
      const e = doc.events[s.index]!;
      return `${e.actor.name} ${e.event} ${e.recipient?.name ?? '—'}${e.modality !== 'asserted' ? ` (${e.modality})` : ''}${e.negated ? ' (negated)' : ''}`;
    }
    case 'claim': {
      const c = doc.claims[s.index]!;
      return `${c.hedge ? `${c.hedge} ` : ''}${c.value.toLocaleString('en')}${c.unit ? ` ${c.unit}` : ''} — “${clip(c.text, 50)}”`;
    }
    case 'flag': {
      const f = doc.flags[s.index]!;
      return `${f.kind}: “${clip(f.text, 60)}”`;
    }
  }
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function Record({ doc, span, quads, onClose }: { doc: DocJson; span: Span | null; quads: Map<string, number>; onClose: () => void }) {
  if (!span) {
    return (
      <section class="record empty" aria-live="polite">
        <p class="muted">Select a highlight (click, or Tab to it and press Enter) or an item below to see its record; Escape closes it.</p>
      </section>
    );
  }
  const rows: [string, preact.ComponentChildren][] = [];
  let heading = '';
  const entityLink = (ref: { entity?: string; name: string } | null | undefined) => {
    if (!ref) return '—';
    const e = ref.entity ? doc.entities.find((x) => x.id === ref.entity) : undefined;
    return <a href={href(['timeline', e?.kb ?? ref.name])}>{ref.name}</a>;
  };
  switch (span.kind) {
    case 'entity': {
      const e = doc.entities[span.index]!;
      heading = e.name;
      rows.push(['type', e.type], ['KB id', e.kb ?? '—'], ['code', e.code ?? '—'], ['mentions', e.mentions.length]);
      if (e.aliases.length) rows.push(['aliases', e.aliases.join(', ')]);
      if (e.roles.length) rows.push(['roles', e.roles.map((r) => `${r.title}, ${r.affiliation.name}`).join('; ')]);
      rows.push(['timeline', <a href={href(['timeline', e.kb ?? e.name])}>events of {e.name} over time</a>]);
      break;
    }
    case 'quote': {
      const q = doc.quotes[span.index]!;
      heading = `${q.kind === 'direct' ? 'Direct' : 'Indirect'} quote`;
      rows.push(['speaker', q.speaker ? <strong class="speaker">{entityLink(q.speaker)}</strong> : 'unknown'], ['text', `“${q.text}”`]);
      if (q.verb) rows.push(['verb', q.verb]);
      break;
    }
    case 'event': {
      const e = doc.events[span.index]!;
      const quad = quads.get(e.event) ?? 0;
      heading = `Event ${e.event}`;
      rows.push(
        ['actor', <>{entityLink(e.actor)}{e.actor.code ? ` (${e.actor.code})` : ''}</>],
        ['event', <><span class="chip" style={{ '--qc': QUAD_COLORS[quad] }}>{e.event}</span>{e.mode ? ` / ${e.mode}` : ''}{e.cameo ? ` · CAMEO ${e.cameo}` : ''}</>],
        ['recipient', e.recipient ? <>{entityLink(e.recipient)}{e.recipient.code ? ` (${e.recipient.code})` : ''}</> : '—'],
        ['modality', `${e.modality}${e.negated ? ', negated' : ''}`],
        ['trigger', `“${e.text}”`],
      );
      if (e.contexts.length) rows.push(['contexts', e.contexts.join(', ')]);
      if (e.source) rows.push(['reported by', e.source.name]);
      break;
    }
    case 'claim': {
      const c = doc.claims[span.index]!;
      heading = 'Claim';
      rows.push(['value', `${c.value.toLocaleString('en')}${c.unit ? ` ${c.unit}` : ''}`], ['text', `“${c.text}”`]);
      if (c.hedge) rows.push(['hedge', c.hedge]);
      rows.push(['source', c.source ? entityLink(c.source) : '—']);
      break;
    }
    case 'flag': {
      const f = doc.flags[span.index]!;
      heading = `Flag: ${f.kind}`;
      rows.push(['text', `“${f.text}”`], ['why', f.explanation]);
      if (f.evidence?.length) rows.push(['evidence', <ul>{f.evidence.map((x) => <li key={x}>{x}</li>)}</ul>]);
      break;
    }
  }
  return (
    <section class={`record k-${span.kind}`} aria-live="polite" aria-labelledby="record-title">
      <div class="record-head">
        <h2 id="record-title">{heading}</h2>
        <button type="button" class="close" onClick={onClose} aria-label="Close the record">×</button>
      </div>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} class="row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <div class="row">
          <dt>offsets</dt>
          <dd class="muted">{span.start}–{span.end}</dd>
        </div>
      </dl>
    </section>
  );
}
