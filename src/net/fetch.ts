import { fetch, type Response } from 'undici';
import { NewsgraphError, isNewsgraphError } from '../errors.js';
import { PinnedAgent, TransientLookupError, parseHttpUrl, systemLookup, vetUrl, type GuardOptions, type HostLookup } from './guard.js';
import { DEFAULT_BACKOFF, backoffDelay, isRetryableStatus, parseRetryAfter, type BackoffPolicy } from './retry.js';

/**
 * Fetches one URL the way a news crawler should: only public http(s) addresses (checked per
 * redirect hop, connections pinned to the checked address), a total time limit per attempt,
 * a byte limit on the decoded body, and polite retries.
 *
 * One attempt:
 *   1. parse the URL (http/https, host, no credentials);
 *   2. resolve the host and refuse private/loopback/link-local/... addresses (guard.ts);
 *   3. request it through a pool that can only connect to those addresses;
 *   4. on 301/302/303/307/308, resolve Location and go back to 1, up to `maxRedirects` hops;
 *   5. check Content-Length, then stream the (decompressed) body up to `maxBytes`.
 * Network errors, timeouts, 408, 429 and 5xx are retried with backoff; refusals, other 4xx,
 * too many redirects and oversize bodies are not.
 */

export const DEFAULT_USER_AGENT = 'newsgraph/0.1 (+https://github.com/newsgraph/newsgraph)';
/** Pages first, then feeds, then anything (a feed URL may well answer text/xml). */
export const DEFAULT_ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.5';
/** What the decoder in undici handles on Node 20 (no zstd there). */
const ACCEPT_ENCODING = 'gzip, deflate, br';
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_RETRIES = 2;

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export interface FetchOptions {
  /** Largest decoded body accepted, in bytes. */
  maxBytes: number;
  /** Time limit for one attempt: DNS, every redirect hop, headers and the whole body. */
  timeoutMs: number;
  /** Allow private, loopback and link-local addresses (a local server, an intranet). */
  allowPrivate: boolean;
  maxRedirects?: number;
  /** Extra attempts after the first on network errors, timeouts, 408, 429 and 5xx. */
  retries?: number;
  userAgent?: string;
  accept?: string;
  /** DNS resolution; defaults to the system resolver. Tests inject a table. */
  lookup?: HostLookup;
  /**
   * Host names trusted even though they resolve to private addresses (an intranet feed server).
   * Exact, case-insensitive; hops that redirect elsewhere are checked on their own.
   */
  allowHosts?: readonly string[];
  /** Backoff timing; tests shrink it. */
  backoff?: Partial<BackoffPolicy>;
  /** Cancels the whole fetch, retries included. */
  signal?: AbortSignal;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
}

/** An attempt that failed in a way worth trying again. */
interface Retry {
  error: NewsgraphError;
  retryAfterMs: number | null;
}

interface Settings {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  headers: Record<string, string>;
  guard: GuardOptions;
  backoff: BackoffPolicy;
  signal: AbortSignal | undefined;
}

/** Fetches one URL with limits, following redirects and retrying transient failures. */
export async function fetchUrl(url: string, options: FetchOptions): Promise<Fetched> {
  const settings = settle(options);
  const start = parseHttpUrl(url);
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  for (let retry = 0; ; retry++) {
    const outcome = await attempt(start, settings);
    if (!('error' in outcome)) return outcome;
    if (retry >= retries) throw outcome.error;
    const { backoff } = settings;
    if (outcome.retryAfterMs !== null && outcome.retryAfterMs > backoff.maxRetryAfterMs) {
      const seconds = Math.ceil(outcome.retryAfterMs / 1000);
      throw new NewsgraphError('NG_URL_FETCH', `${outcome.error.message}; it asked to retry after ${seconds} s, longer than we wait`, {
        cause: outcome.error,
      });
    }
    const wait = Math.max(backoffDelay(retry, backoff), outcome.retryAfterMs ?? 0);
    await backoff.sleep(wait, settings.signal);
  }
}

function settle(options: FetchOptions): Settings {
  return {
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs,
    maxRedirects: Math.max(0, options.maxRedirects ?? DEFAULT_MAX_REDIRECTS),
    headers: {
      'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
      accept: options.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': ACCEPT_ENCODING,
    },
    guard: {
      allowPrivate: options.allowPrivate,
      allowHosts: new Set((options.allowHosts ?? []).map((host) => host.toLowerCase())),
      lookup: options.lookup ?? systemLookup,
    },
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    signal: options.signal,
  };
}

/** One try: every redirect hop and the body, under one deadline and one pinned pool. */
async function attempt(start: URL, settings: Settings): Promise<Fetched | Retry> {
  const deadline = AbortSignal.timeout(settings.timeoutMs);
  const signal = settings.signal === undefined ? deadline : AbortSignal.any([deadline, settings.signal]);
  const agent = new PinnedAgent();
  let current = start;
  try {
    for (let hops = 0; ; hops++) {
      const vetted = await vetUrl(current, settings.guard, signal);
      agent.pin(vetted);
      const response = await fetch(current, {
        headers: settings.headers,
        redirect: 'manual',
        signal,
        dispatcher: agent.dispatcher,
      });
      const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
      if (location !== null) {
        await discard(response);
        if (hops >= settings.maxRedirects) {
          const times = hops + 1 === 1 ? 'once' : `${hops + 1} times`;
          throw new NewsgraphError('NG_URL_FETCH', `${start.href} redirected ${times} (too many redirects; the limit is ${settings.maxRedirects})`);
        }
        current = parseHttpUrl(location, current, `${current.href} redirected to ${location}, which`);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await discard(response);
        const error = new NewsgraphError('NG_URL_FETCH', `${current.href} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
        if (!isRetryableStatus(response.status)) throw error;
        return { error, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), settings.backoff.now()) };
      }
      const bytes = await readBody(response, current, settings.maxBytes);
      return { url: current.href, status: response.status, contentType: response.headers.get('content-type') ?? '', bytes };
    }
  } catch (error) {
    return failure(error, current, settings, deadline);
  } finally {
    await agent.close().catch(() => undefined);
  }
}

/** Sorts a thrown error into "give up now" (rethrown) or "worth a retry" (returned). */
function failure(error: unknown, url: URL, settings: Settings, deadline: AbortSignal): Retry {
  if (settings.signal?.aborted === true) throw settings.signal.reason;
  if (deadline.aborted) {
    return { error: new NewsgraphError('NG_URL_FETCH', `${url.href} took longer than ${settings.timeoutMs} ms`, { cause: error }), retryAfterMs: null };
  }
  if (error instanceof TransientLookupError) return { error, retryAfterMs: null };
  if (isNewsgraphError(error)) throw error;
  const message = `${url.href} could not be fetched: ${describeNetworkError(error)}`;
  return { error: new NewsgraphError('NG_URL_FETCH', message, { cause: error }), retryAfterMs: null };
}

function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = (cause as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') return code;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** Reads the decoded body, stopping as soon as it passes `maxBytes` (so a gzip bomb stops too). */
async function readBody(response: Response, url: URL, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await discard(response);
    throw new NewsgraphError('NG_INPUT_TOO_LARGE', `${url.href} declares ${declared} bytes, more than the limit of ${maxBytes}`);
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new NewsgraphError('NG_INPUT_TOO_LARGE', `${url.href} sent more than the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
