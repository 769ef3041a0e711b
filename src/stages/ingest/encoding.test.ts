import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, looksBinary, detectSingleByte, charsetFromMeta } from './encoding.js';
import { isNewsgraphError } from '../../errors.js';

const bytes = (...xs: number[]): Uint8Array => Uint8Array.from(xs);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => isNewsgraphError(e) && e.code === code);
}

test('UTF-8 with and without BOM', () => {
  const cafe = new TextEncoder().encode('café – naïve');
  assert.deepEqual(decodeBytes(cafe), { text: 'café – naïve', encoding: 'utf-8' });
  assert.deepEqual(decodeBytes(bytes(0xef, 0xbb, 0xbf, ...cafe)), { text: 'café – naïve', encoding: 'utf-8' });
});

test('windows-1252 detected when not UTF-8 ("café" = 63 61 66 E9)', () => {
  assert.deepEqual(decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9)), { text: 'café', encoding: 'windows-1252' });
  // 0x93/0x94 are curly quotes in windows-1252 (C1 controls in real ISO-8859-1)
  assert.equal(decodeBytes(bytes(0x93, ...ascii('Hi'), 0x94)).text, '\u201cHi\u201d');
});

test('HTTP charset and <meta charset> are honoured; the header wins', () => {
  const latin = bytes(...ascii('na'), 0xef, ...ascii('ve'));
  assert.equal(decodeBytes(latin, { contentType: 'text/plain; charset=ISO-8859-1' }).text, 'naïve');
  const html = bytes(...ascii('<html><head><meta charset="windows-1251"></head><body>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...ascii('</body>'));
  const d = decodeBytes(html, { html: true });
  assert.equal(d.encoding, 'windows-1251');
  assert.match(d.text, /Привет/);
  const equiv = bytes(...ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>'), 0xb1, ...ascii('</p>'));
  assert.match(decodeBytes(equiv, { html: true }).text, /ą/);
  // header beats meta
  assert.equal(decodeBytes(html, { html: true, contentType: 'text/html; charset=koi8-r' }).encoding, 'koi8-r');
  // without html: true the meta tag is not read
  const metaOnly = bytes(...ascii('<meta charset="koi8-r"><p>caf'), 0xe9, ...ascii('</p>'));
  assert.equal(decodeBytes(metaOnly).encoding, 'windows-1252');
  assert.equal(decodeBytes(metaOnly, { html: true }).encoding, 'koi8-r');
});

test('a single-byte label on valid non-ASCII UTF-8 is a mislabel', () => {
  const d = decodeBytes(new TextEncoder().encode('Zürich'), { contentType: 'text/html; charset=iso-8859-1' });
  assert.deepEqual(d, { text: 'Zürich', encoding: 'utf-8' });
});

test('Cyrillic and Greek code pages without declaration', () => {
  const cyr = new Uint8Array([...ascii('<p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0, 0x2c, 0x20, 0xea, 0xe0, 0xea, 0x20, 0xe4, 0xe5, 0xeb, 0xe0, ...ascii('</p>')]);
  const d = decodeBytes(cyr);
  assert.equal(d.encoding, 'windows-1251');
  assert.match(d.text, /Привет мир, как дела/);
  // the same words in KOI8-R
  const koi = new Uint8Array([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20, 0xcd, 0xc9, 0xd2, 0x2c, 0x20, 0xcb, 0xc1, 0xcb, 0x20, 0xc4, 0xc5, 0xcc, 0xc1]);
  assert.equal(decodeBytes(koi).text, 'Привет мир, как дела');
  // "καλημέρα κόσμε" in windows-1253
  const greek = new Uint8Array([0xea, 0xe1, 0xeb, 0xe7, 0xec, 0xdd, 0xf1, 0xe1, 0x20, 0xea, 0xfc, 0xf3, 0xec, 0xe5]);
  assert.equal(detectSingleByte(greek), 'windows-1253');
  assert.equal(decodeBytes(greek).text, 'καλημέρα κόσμε');
});

test('Polish windows-1250 is told from windows-1252 by its tell-tale letters', () => {
  // "Łódź, ząb, łąka i żółw" in windows-1250
  const pl = new Uint8Array([0xa3, 0xf3, 0x64, 0x9f, 0x2c, 0x20, 0x7a, 0xb9, 0x62, 0x2c, 0x20, 0xb3, 0xb9, 0x6b, 0x61, 0x20, 0x69, 0x20, 0xbf, 0xf3, 0xb3, 0x77]);
  const d = decodeBytes(pl);
  assert.equal(d.encoding, 'windows-1250');
  assert.equal(d.text, 'Łódź, ząb, łąka i żółw');
});

test('UTF-16 with BOM and without (NUL pattern)', () => {
  const le = Buffer.from('héllo wörld', 'utf16le');
  assert.deepEqual(decodeBytes(bytes(0xff, 0xfe, ...le)), { text: 'héllo wörld', encoding: 'utf-16le' });
  assert.deepEqual(decodeBytes(new Uint8Array(le)), { text: 'héllo wörld', encoding: 'utf-16le' });
  const be = Buffer.from(le).swap16();
  assert.deepEqual(decodeBytes(new Uint8Array(be)), { text: 'héllo wörld', encoding: 'utf-16be' });
  assert.deepEqual(decodeBytes(bytes(0xfe, 0xff, ...be)), { text: 'héllo wörld', encoding: 'utf-16be' });
  assert.equal(looksBinary(new Uint8Array(le)), false);
});

test('malformed UTF-16 throws NG_INPUT_ENCODING', () => {
  // BOM, then a lone high surrogate followed by "A"
  throwsCode(() => decodeBytes(bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00)), 'NG_INPUT_ENCODING');
  // a UTF-8 BOM followed by invalid UTF-8
  throwsCode(() => decodeBytes(bytes(0xef, 0xbb, 0xbf, 0xc3, 0x28)), 'NG_INPUT_ENCODING');
});

test('binary data throws NG_INPUT_BINARY; looksBinary', () => {
  const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
  assert.equal(looksBinary(png), true);
  throwsCode(() => decodeBytes(png), 'NG_INPUT_BINARY');
  const junk = new Uint8Array(1000);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 37 + 11) % 256;
  assert.equal(looksBinary(junk), true);
  throwsCode(() => decodeBytes(junk, { html: true }), 'NG_INPUT_BINARY');
  const controls = bytes(...ascii('abc'), 1, 2, 3, 4, 5, 6, 7, 8, ...ascii('def'));
  assert.equal(looksBinary(controls), true);
  assert.equal(looksBinary(new TextEncoder().encode('plain text\twith tabs\r\nand lines')), false);
  assert.equal(looksBinary(new Uint8Array(0)), false);
});

test('empty input and meta prescan limits', () => {
  assert.deepEqual(decodeBytes(new Uint8Array(0)), { text: '', encoding: 'utf-8' });
  assert.equal(charsetFromMeta(new Uint8Array([...ascii(' '.repeat(5000) + '<meta charset="koi8-r">')])), undefined);
  assert.equal(charsetFromMeta(new Uint8Array(ascii('<meta charset=utf-16>'))), 'utf-8');
  assert.equal(charsetFromMeta(new Uint8Array(ascii('<meta charset="bogus-label">'))), undefined);
  // an XML declaration (feeds)
  const feed = bytes(...ascii('<?xml version="1.0" encoding="KOI8-R"?><rss><title>'), 0xc4, 0xc1, ...ascii('</title></rss>'));
  assert.deepEqual(decodeBytes(feed, { html: true }), { text: '<?xml version="1.0" encoding="KOI8-R"?><rss><title>да</title></rss>', encoding: 'koi8-r' });
});
