/** A small typed client of the newsgraph API (same origin). */
import type {
  ApiErrorBody, ArticlesPage, DocJson, EntitiesPage, EventsPage, FlagsPage, Network, PloverReference, Stats, StoriesPage, Story, Timeline,
} from '../../src/server/api-types.js';

export type * from '../../src/server/api-types.js';

const TOKEN_KEY = 'newsgraph-token';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(`${body.code}: ${body.message}`);
  }
}

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

type Params = Record<string, string | number | boolean | undefined | null>;

/** `?a=1&b=x` from the defined, non-empty values. */
export function queryString(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function request(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = getToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers, ...(signal ? { signal } : {}) });
  if (!response.ok) {
    let body: ApiErrorBody;
    try {
      body = (await response.json()) as ApiErrorBody;
    } catch {
      body = { code: 'NG_API_INTERNAL', message: `HTTP ${response.status}`, hint: 'The server did not answer with JSON.' };
    }
    throw new ApiFailure(response.status, body);
  }
  return response;
}

async function get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  return (await (await request(`${path}${queryString(params)}`, {}, signal)).json()) as T;
}

export const api = {
  stats: (signal?: AbortSignal) => get<Stats>('/api/stats', {}, signal),
  plover: (signal?: AbortSignal) => get<PloverReference>('/api/reference/plover', {}, signal),
  articles: (params: { q?: string; limit?: number; offset?: number }, signal?: AbortSignal) => get<ArticlesPage>('/api/articles', params, signal),
  article: (id: string, signal?: AbortSignal) => get<DocJson>(`/api/articles/${encodeURIComponent(id)}`, {}, signal),
  entities: (params: { q?: string; type?: string; limit?: number; offset?: number }, signal?: AbortSignal) => get<EntitiesPage>('/api/entities', params, signal),
  /** Event filters come from the URL as strings; the server validates them (a 400 names a bad one). */
  events: (params: Params, signal?: AbortSignal) => get<EventsPage>('/api/events', params, signal),
  flags: (params: { limit?: number; offset?: number }, signal?: AbortSignal) => get<FlagsPage>('/api/flags', params, signal),
  timeline: (kind: 'entity' | 'story', key: string, signal?: AbortSignal) => get<Timeline>(`/api/timelines/${kind}/${encodeURIComponent(key)}`, {}, signal),
  stories: (params: { limit?: number; offset?: number; min?: number }, signal?: AbortSignal) => get<StoriesPage>('/api/stories', params, signal),
  story: (id: string, signal?: AbortSignal) => get<Story>(`/api/stories/${encodeURIComponent(id)}`, {}, signal),
  network: (params: Params, signal?: AbortSignal) => get<Network>('/api/network', params, signal),
  async analyze(body: { text: string } | { url: string } | { html: string }, signal?: AbortSignal): Promise<DocJson> {
    const response = await request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, signal);
    return (await response.json()) as DocJson;
  },
  /** Fetches a download (with the token) and saves it under `filename`. */
  async download(path: string, filename: string): Promise<void> {
    const blob = await (await request(path)).blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
