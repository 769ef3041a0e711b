import { isIP } from 'node:net';

/**
 * Which addresses a fetch may connect to. Pure functions over IP strings, so the policy is
 * tested on a table of addresses without any traffic (see address.test.ts).
 */

/** Why an address is refused, or `public` when it is allowed. */
export type AddressRange =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'invalid';

export interface AddressCheck {
  allowed: boolean;
  range: AddressRange;
  /** The address as checked, without brackets or zone id (what a socket should be pinned to). */
  address: string;
  family: 4 | 6;
}

interface Block {
  /** Network bytes, as long as the prefix needs. */
  prefix: readonly number[];
  bits: number;
  range: Exclude<AddressRange, 'public' | 'invalid'>;
  note: string;
}

/**
 * IPv4 blocks a fetch must not reach (IANA special-purpose registry, RFC 6890 and successors).
 * Documentation and benchmarking nets are refused too: they are never real public servers.
 */
export const BLOCKED_IPV4: readonly Block[] = [
  { prefix: [0], bits: 8, range: 'unspecified', note: '"this network", includes 0.0.0.0' },
  { prefix: [10], bits: 8, range: 'private', note: 'RFC 1918' },
  { prefix: [100, 64], bits: 10, range: 'shared', note: 'carrier-grade NAT, RFC 6598' },
  { prefix: [127], bits: 8, range: 'loopback', note: 'RFC 1122' },
  { prefix: [169, 254], bits: 16, range: 'link-local', note: 'RFC 3927; cloud metadata lives here' },
  { prefix: [172, 16], bits: 12, range: 'private', note: 'RFC 1918' },
  { prefix: [192, 0, 0], bits: 24, range: 'reserved', note: 'IETF protocol assignments' },
  { prefix: [192, 0, 2], bits: 24, range: 'reserved', note: 'TEST-NET-1' },
  { prefix: [192, 88, 99], bits: 24, range: 'reserved', note: 'deprecated 6to4 relay anycast' },
  { prefix: [192, 168], bits: 16, range: 'private', note: 'RFC 1918' },
  { prefix: [198, 18], bits: 15, range: 'reserved', note: 'benchmarking, RFC 2544' },
  { prefix: [198, 51, 100], bits: 24, range: 'reserved', note: 'TEST-NET-2' },
  { prefix: [203, 0, 113], bits: 24, range: 'reserved', note: 'TEST-NET-3' },
  { prefix: [224], bits: 4, range: 'multicast', note: 'RFC 5771' },
  { prefix: [255, 255, 255, 255], bits: 32, range: 'broadcast', note: 'limited broadcast' },
  { prefix: [240], bits: 4, range: 'reserved', note: 'future use (after broadcast, which it contains)' },
];

/**
 * IPv6 blocks. Ranges that embed an IPv4 address (mapped, NAT64, 6to4) are not here: they are
 * judged by the IPv4 address they carry, see `embeddedIpv4`.
 */
export const BLOCKED_IPV6: readonly Block[] = [
  { prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], bits: 128, range: 'unspecified', note: '::' },
  { prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], bits: 128, range: 'loopback', note: '::1' },
  { prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], bits: 96, range: 'reserved', note: 'deprecated IPv4-compatible ::/96' },
  { prefix: [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], bits: 48, range: 'private', note: 'local-use NAT64, RFC 8215' },
  { prefix: [0x01, 0x00, 0, 0, 0, 0, 0, 0], bits: 64, range: 'reserved', note: 'discard-only, RFC 6666' },
  { prefix: [0x20, 0x01, 0x0d, 0xb8], bits: 32, range: 'reserved', note: 'documentation' },
  { prefix: [0xfc], bits: 7, range: 'private', note: 'unique local, fc00::/7' },
  { prefix: [0xfe, 0x80], bits: 10, range: 'link-local', note: 'fe80::/10' },
  { prefix: [0xfe, 0xc0], bits: 10, range: 'private', note: 'deprecated site-local' },
  { prefix: [0xff], bits: 8, range: 'multicast', note: 'ff00::/8' },
];

/** Judges one IP address (v4, v6, bracketed v6, v6 with zone id). Not a host name. */
export function checkAddress(ip: string): AddressCheck {
  const address = stripBrackets(ip).replace(/%.*$/, '');
  const family = isIP(address);
  if (family === 4) {
    const bytes = parseIpv4(address);
    return { address, family, ...judge(bytes, BLOCKED_IPV4) };
  }
  if (family === 6) {
    const bytes = parseIpv6(address);
    if (bytes === null) return { allowed: false, range: 'invalid', address, family };
    const inner = embeddedIpv4(bytes);
    const verdict = inner === null ? judge(bytes, BLOCKED_IPV6) : judge(inner, BLOCKED_IPV4);
    return { address, family, ...verdict };
  }
  return { allowed: false, range: 'invalid', address, family: 4 };
}

/** `[::1]` → `::1`; URL host names keep the brackets, sockets do not. */
export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function judge(bytes: readonly number[], blocks: readonly Block[]): { allowed: boolean; range: AddressRange } {
  for (const block of blocks) {
    if (matches(bytes, block)) return { allowed: false, range: block.range };
  }
  return { allowed: true, range: 'public' };
}

function matches(bytes: readonly number[], block: Block): boolean {
  let bits = block.bits;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((block.prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

/**
 * The IPv4 address an IPv6 address stands for, when the network delivers it to that IPv4 host:
 * IPv4-mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::a.b.c.d` and 6to4 `2002:aabb:ccdd::`.
 */
function embeddedIpv4(bytes: readonly number[]): number[] | null {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12, 16);
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) {
    return bytes.slice(12, 16);
  }
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6);
  return null;
}

function parseIpv4(address: string): number[] {
  return address.split('.').map((part) => Number(part));
}

/** 16 bytes of an IPv6 address already validated by `isIP`, including a dotted IPv4 tail. */
function parseIpv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1] !== undefined) {
    const [a = 0, b = 0, c = 0, d = 0] = parseIpv4(dotted[1]);
    tail.push((a << 8) | b, (c << 8) | d);
    text = text.slice(0, -dotted[1].length);
    if (text.endsWith(':') && !text.endsWith('::')) text = text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const words = (part: string | undefined) => (part ? part.split(':').filter((w) => w !== '').map((w) => parseInt(w, 16)) : []);
  const head = words(halves[0]);
  const rest = [...words(halves[1]), ...tail];
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...rest];
  return groups.flatMap((g) => [(g >> 8) & 0xff, g & 0xff]);
}
