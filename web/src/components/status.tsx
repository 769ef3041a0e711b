import { ApiFailure } from '../api.js';

export function Loading({ what }: { what: string }) {
  return (
    <p class="status" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorNote({ error }: { error: Error }) {
  const body = error instanceof ApiFailure ? error.body : undefined;
  return (
    <div class="error" role="alert">
      <strong>{body?.code ?? 'Error'}</strong>: {body?.message ?? error.message}
      {body?.hint ? <p>{body.hint}</p> : null}
    </div>
  );
}

/** "1–50 of 2,512" with previous/next buttons. */
export function Pager({ offset, limit, total, onChange, label }: { offset: number; limit: number; total: number; onChange: (offset: number) => void; label: string }) {
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span aria-live="polite">
        {total === 0 ? 'none' : `${(offset + 1).toLocaleString('en')}–${last.toLocaleString('en')} of ${total.toLocaleString('en')}`}
      </span>
      <button type="button" disabled={last >= total} onClick={() => onChange(offset + limit)}>
        Next →
      </button>
    </nav>
  );
}
