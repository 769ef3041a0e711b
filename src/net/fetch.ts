export interface FetchOptions {
  maxBytes: number;
  timeoutMs: number;
  allowPrivate: boolean;
  maxRedirects?: number;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
}

/** Fetches one URL with limits. (Placeholder until the network module lands.) */
export async function fetchUrl(url: string, options: FetchOptions): Promise<Fetched> {
  const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), redirect: 'follow' });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { url: response.url, status: response.status, contentType: response.headers.get('content-type') ?? '', bytes };
}
