import { setTimeout as delay } from 'node:timers/promises';

/**
 * When and how long to wait before fetching again. Small defaults: a CLI user is waiting, and a
 * crawl runs many fetches in parallel, so one slow host should not hold a worker for long.
 */

/** First backoff step; doubles per retry (250, 500, 1000 ms …) plus up to this much jitter. */
export const RETRY_BASE_MS = 250;
/** Ceiling for one computed backoff step. */
export const MAX_RETRY_DELAY_MS = 5_000;
/** Longest Retry-After we wait for; a server asking for more gets no retry (we give up politely). */
export const MAX_RETRY_AFTER_MS = 30_000;

export interface BackoffPolicy {
  baseMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  /** Jitter source in [0, 1). */
  random: () => number;
  /** Clock for Retry-After dates, in epoch ms. */
  now: () => number;
  /** Waits `ms`; rejects when `signal` aborts. Tests swap it for a no-op. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: RETRY_BASE_MS,
  maxDelayMs: MAX_RETRY_DELAY_MS,
  maxRetryAfterMs: MAX_RETRY_AFTER_MS,
  random: Math.random,
  now: Date.now,
  sleep: async (ms, signal) => {
    await delay(ms, undefined, signal === undefined ? undefined : { signal });
  },
};

/** 408 Request Timeout, 429 Too Many Requests and 5xx are worth another try; other 4xx are not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** Exponential backoff with jitter for retry number `retry` (0 = first retry). */
export function backoffDelay(retry: number, policy: BackoffPolicy): number {
  const step = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** retry);
  return Math.round(step + policy.random() * policy.baseMs);
}

/**
 * Retry-After as milliseconds from now: delta seconds or an HTTP date. `null` when absent or
 * unreadable (then plain backoff applies).
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date) || !/\b(GMT|UTC|[+-]\d{4})\b/i.test(text)) return null;
  return Math.max(0, date - now);
}
