import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { NewsgraphError } from '../errors.js';

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (h.startsWith('::ffff:')) return h.slice(7).startsWith('127.');
  return false;
}

/** The host name of a Host header, without the port ("[::1]:8080" → "::1"). */
export function hostName(header: string | undefined): string {
  if (!header) return '';
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  if (m) return m[1]!;
  return header.replace(/:\d+$/, '');
}

/** Compares a presented bearer token with the server's in constant time (hashes have equal length). */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return false;
  const a = createHash('sha256').update(m[1]!).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/** Throws when a request may not use the API: wrong token, or (without a token) a Host header that is not loopback. */
export function checkAccess(headers: { authorization?: string | undefined; host?: string | undefined }, token: string | undefined): void {
  if (token !== undefined) {
    if (!tokenMatches(headers.authorization, token)) throw new NewsgraphError('NG_API_UNAUTHORIZED', 'missing or wrong API token');
    return;
  }
  // Without a token the server listens on loopback only; a foreign Host header means DNS rebinding.
  if (!isLoopbackHost(hostName(headers.host))) {
    throw new NewsgraphError('NG_API_HOST', `requests for host ${JSON.stringify(headers.host ?? '')} are refused`);
  }
}
