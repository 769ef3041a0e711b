import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from './api.js';

export type Load<T> = { state: 'loading'; data?: T } | { state: 'done'; data: T } | { state: 'error'; error: ApiFailure | Error; data?: T };

/** Runs `fetcher` whenever `deps` change; earlier requests are aborted. Keeps the last data while loading (no layout jump). */
export function useLoad<T>(fetcher: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Load<T> {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoad((prev) => ({ state: 'loading', ...(prev.data !== undefined ? { data: prev.data } : {}) }));
    fetcher(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setLoad({ state: 'done', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoad((prev) => ({ state: 'error', error: error as Error, ...(prev.data !== undefined ? { data: prev.data } : {}) }));
      },
    );
    return () => controller.abort();
  }, deps);
  return load;
}
