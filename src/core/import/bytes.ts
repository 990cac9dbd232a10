/**
 * From the bytes of an export file to its text. Apps Script's V8 has neither atob nor
 * TextDecoder, so the two decodings an export needs are done here, by the book:
 * base64 (RFC 4648) and UTF-8 / UTF-16.
 * Google Ads' "CSV for Excel" is UTF-16LE with a byte-order mark; Meta, TikTok, LinkedIn and
 * Microsoft Ads write UTF-8, with or without a BOM. A UTF-16 file without a BOM is recognised
 * by its zero bytes (every other byte of ASCII text is 0).
 */
import { say } from '../../i18n/render';
import { ImportError } from './importError';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  t['-'.charCodeAt(0)] = 62; // the URL-safe alphabet too
  t['_'.charCodeAt(0)] = 63;
  return t;
})();

/** Decodes base64 (whitespace and a `data:...;base64,` prefix allowed); throws on other characters. */
export function decodeBase64(text: string): Uint8Array {
  const comma = text.startsWith('data:') ? text.indexOf(',') : -1;
  const s = comma >= 0 ? text.slice(comma + 1) : text;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */) break;
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    const v = c < 128 ? LOOKUP[c] : -1;
    if (v < 0) throw new ImportError(say('import.notBase64', { char: JSON.stringify(s[i]), position: String(i + 1) }));
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** How many bytes a base64 text holds, without decoding it (for refusing files over the limit first). */
export function base64Bytes(text: string): number {
  const comma = text.startsWith('data:') ? text.indexOf(',') : -1;
  const len = text.length - (comma + 1);
  return Math.floor((len * 3) / 4);
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function detectEncoding(b: Uint8Array): { encoding: Encoding; bom: number } {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // No BOM: count zero bytes at even and odd positions of the first kilobyte.
  let even = 0;
  let odd = 0;
  const n = Math.min(b.length, 1024);
  for (let i = 0; i < n; i++) {
    if (b[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (odd > n / 8 && even === 0) return { encoding: 'utf-16le', bom: 0 };
  if (even > n / 8 && odd === 0) return { encoding: 'utf-16be', bom: 0 };
  return { encoding: 'utf-8', bom: 0 };
}

/** Strings are built in slices: String.fromCharCode.apply on millions of arguments overflows the stack. */
function codesToString(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]));
  return parts.join('');
}

function utf16(b: Uint8Array, start: number, littleEndian: boolean): string {
  const n = (b.length - start) >> 1;
  const codes = new Uint16Array(n);
  for (let i = 0, p = start; i < n; i++, p += 2) codes[i] = littleEndian ? b[p] | (b[p + 1] << 8) : (b[p] << 8) | b[p + 1];
  return codesToString(codes, n);
}

/** UTF-8 → UTF-16 code units; a malformed sequence becomes U+FFFD, as TextDecoder does. */
function utf8(b: Uint8Array, start: number, bad: { count: number } = { count: 0 }): string {
  const codes = new Uint16Array(b.length - start);
  let n = 0;
  let i = start;
  while (i < b.length) {
    const x = b[i];
    let cp = 0xfffd;
    let len = 1;
    if (x < 0x80) cp = x;
    else if (x >= 0xc2 && x < 0xe0 && i + 1 < b.length && (b[i + 1] & 0xc0) === 0x80) {
      cp = ((x & 0x1f) << 6) | (b[i + 1] & 0x3f);
      len = 2;
    } else if (x >= 0xe0 && x < 0xf0 && i + 2 < b.length && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80) {
      cp = ((x & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      len = 3;
      if (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000)) cp = 0xfffd;
    } else if (x >= 0xf0 && x < 0xf5 && i + 3 < b.length && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80 && (b[i + 3] & 0xc0) === 0x80) {
      cp = ((x & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
      len = 4;
      if (cp < 0x10000 || cp > 0x10ffff) cp = 0xfffd;
    }
    if (cp === 0xfffd && !(x === 0xef && len === 3)) bad.count++;
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      codes[n++] = 0xd800 + (cp >> 10);
      codes[n++] = 0xdc00 + (cp & 0x3ff);
    } else codes[n++] = cp;
  }
  return codesToString(codes, n);
}

/**
 * Windows-1252, what Excel on Windows saves "CSV" as in Western Europe ("Vår", "Østlandet"):
 * Latin-1 except for 0x80–0x9F. Five bytes are undefined there; they stay as the C1 controls.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function windows1252(b: Uint8Array): string {
  const codes = new Uint16Array(b.length);
  for (let i = 0; i < b.length; i++) codes[i] = b[i] >= 0x80 && b[i] < 0xa0 ? CP1252_HIGH[b[i] - 0x80] : b[i];
  return codesToString(codes, b.length);
}

/**
 * A file without a BOM that is not valid UTF-8 was saved in a Windows code page: read as
 * Windows-1252 rather than turning every "å" into "\ufffd" (and no campaign would ever map).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const { encoding, bom } = detectEncoding(bytes);
  if (encoding !== 'utf-8') return { text: utf16(bytes, bom, encoding === 'utf-16le'), encoding };
  const bad = { count: 0 };
  const text = utf8(bytes, bom, bad);
  if (bad.count > 0 && bom === 0) return { text: windows1252(bytes), encoding: 'windows-1252' };
  return { text, encoding };
}

/** The first bytes of an .xlsx (a zip archive): "PK\x03\x04". */
export function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}
