import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent } from 'undici';
import { NewsgraphError } from '../errors.js';
import { checkAddress, stripBrackets, type AddressCheck } from './address.js';

/**
 * The server-side request forgery guard: which URLs may be fetched, which addresses their hosts
 * may resolve to, and a connection pool that can only connect to addresses vetted here, so a DNS
 * answer that changes between the check and the connect (rebinding) is never used.
 */

/** Resolves a host name to all its addresses. Injectable so tests never send real DNS traffic. */
export type HostLookup = (hostname: string) => Promise<readonly LookupAddress[]>;

export const systemLookup: HostLookup = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(addresses);
    });
  });

export interface GuardOptions {
  allowPrivate: boolean;
  /** Host names (or IPs) trusted even when they resolve to private addresses. Exact match. */
  allowHosts: ReadonlySet<string>;
  lookup: HostLookup;
}

/** A URL whose host has been checked, with the addresses the socket may use. */
export interface VettedUrl {
  url: URL;
  /** Host name as the connection pool will see it (no brackets). */
  host: string;
  addresses: readonly LookupAddress[];
}

/**
 * Parses and checks the shape of a URL: http(s), a host, no credentials. `context` starts the
 * error message (the URL itself, or "https://a/ redirected to …").
 */
export function parseHttpUrl(raw: string, base?: URL, context = raw): URL {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch (error) {
    throw new NewsgraphError('NG_URL_INVALID', `${context} is not a valid URL`, { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NewsgraphError('NG_URL_INVALID', `${context} is not an http or https URL (${url.protocol})`);
  }
  if (url.hostname === '') throw new NewsgraphError('NG_URL_INVALID', `${context} has no host`);
  if (url.username !== '' || url.password !== '') {
    throw new NewsgraphError('NG_URL_INVALID', `${context} contains credentials, which are not sent`);
  }
  return url;
}

/**
 * Resolves the URL's host and refuses it when any address is private, loopback, link-local,
 * unspecified, multicast or reserved (unless allowed). Literal IPs, in whatever form the URL
 * parser normalised them to, are checked without a lookup.
 */
export async function vetUrl(url: URL, options: GuardOptions, signal: AbortSignal): Promise<VettedUrl> {
  const host = stripBrackets(url.hostname);
  const exempt = options.allowPrivate || options.allowHosts.has(host);
  const literal = isIP(host);
  if (literal !== 0) {
    const check = checkAddress(host);
    if (!exempt) refuseUnlessPublic(url, host, check);
    return { url, host, addresses: [{ address: check.address, family: literal }] };
  }
  const addresses = await resolve(url, host, options.lookup, signal);
  if (!exempt) for (const { address } of addresses) refuseUnlessPublic(url, host, checkAddress(address));
  return { url, host, addresses };
}

function refuseUnlessPublic(url: URL, host: string, check: AddressCheck): void {
  if (check.allowed) return;
  const where = host === check.address ? `is ${check.address}` : `resolves to ${check.address}`;
  throw new NewsgraphError('NG_URL_FORBIDDEN', `${url.href} ${where}, a ${check.range} address`);
}

/** DNS failures that will not go away on a retry. */
const PERMANENT_DNS_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'ENONAME']);

/** Raised for lookups that may succeed later; fetch.ts retries these. */
export class TransientLookupError extends NewsgraphError {}

async function resolve(url: URL, host: string, lookup: HostLookup, signal: AbortSignal): Promise<readonly LookupAddress[]> {
  let addresses: readonly LookupAddress[];
  try {
    addresses = await abortable(lookup(host), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    const code = (error as { code?: unknown }).code;
    const message = `${url.href}: host ${host} could not be resolved (${typeof code === 'string' ? code : String(error)})`;
    if (typeof code === 'string' && PERMANENT_DNS_CODES.has(code)) {
      throw new NewsgraphError('NG_URL_FETCH', message, { cause: error });
    }
    throw new TransientLookupError('NG_URL_FETCH', message, { cause: error });
  }
  if (addresses.length === 0) throw new NewsgraphError('NG_URL_FETCH', `${url.href}: host ${host} has no address`);
  return addresses;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * A connection pool whose DNS step only answers from `pins` (filled by `pin` after `vetUrl`);
 * any other name fails to connect. Literal IPs bypass lookup and were vetted as such.
 */
export class PinnedAgent {
  readonly #pins = new Map<string, readonly LookupAddress[]>();
  readonly dispatcher: Agent;

  constructor() {
    const lookup: LookupFunction = (hostname, options, callback) => {
      const vetted = this.#pins.get(stripBrackets(hostname).toLowerCase());
      if (vetted === undefined || vetted.length === 0) {
        const error = Object.assign(new Error(`${hostname} was not vetted before connecting`), { code: 'ENOTFOUND' });
        callback(error, '', 0);
        return;
      }
      const family = options.family === 4 || options.family === 6 ? options.family : 0;
      const usable = family === 0 ? vetted : vetted.filter((a) => a.family === family);
      const first = usable[0];
      if (first === undefined) {
        callback(Object.assign(new Error(`${hostname} has no vetted IPv${family} address`), { code: 'ENOTFOUND' }), '', 0);
      } else if (options.all === true) callback(null, [...usable]);
      else callback(null, first.address, first.family);
    };
    this.dispatcher = new Agent({ connect: { lookup } });
  }

  pin(vetted: VettedUrl): void {
    this.#pins.set(vetted.host.toLowerCase(), vetted.addresses);
  }

  async close(): Promise<void> {
    await this.dispatcher.destroy();
  }
}
