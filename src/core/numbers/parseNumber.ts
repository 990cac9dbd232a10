/**
 * Numbers as ad-platform, bank and spreadsheet exports write them, in the locales our users
 * work in (Norwegian, Russian, Chinese, English...). The rules:
 * - Full-width digits and signs are read as ASCII (NFKC); "−" (U+2212) is a minus.
 * - A known currency symbol or code before or after the number is ignored: "1 234,50 kr",
 *   "kr 1.234,50", "$1,200.00", "NOK 12 500", "1 234 ₽", "¥1,234", "R$ 1.234,56".
 *   Unknown words are not: "12abc" is not a number.
 * - "(300)" is −300 (accounting negatives); "12%" is 0.12 and "12,5 %" is 0.125.
 * - Spaces (also non-breaking U+00A0, narrow U+202F, thin U+2009) and apostrophes separate
 *   thousands; groups after the first must have three digits ("12 34" is not a number).
 * - With both "." and ",", the last one is the decimal separator. One kind repeated separates
 *   thousands. A single one followed by other than three digits is the decimal separator.
 * - A single one followed by exactly three digits ("1,234", "1.234", "€1.000") is ambiguous:
 *   the spreadsheet's locale decides; when no locale is known, the English reading applies
 *   ("." decimal, "," thousands).
 * Returns null for anything else (the caller says what was wrong and where).
 */

/** Currency symbols and codes seen in exports, longest first so "R$" wins over "$". */
const CURRENCIES = [
  'HK$',
  'NZ$',
  'US$',
  'AU$',
  'CA$',
  'R$',
  'A$',
  'C$',
  'S$',
  'руб.',
  'руб',
  'р.',
  'kr.',
  'zł',
  'Kč',
  'Ft',
  'lei',
  'CHF',
  'NOK',
  'SEK',
  'DKK',
  'ISK',
  'EUR',
  'USD',
  'GBP',
  'RUB',
  'CNY',
  'RMB',
  'JPY',
  'PLN',
  'AUD',
  'CAD',
  'INR',
  'BRL',
  'CZK',
  'HUF',
  'TRY',
  'UAH',
  'KZT',
  'ZAR',
  'MXN',
  'SGD',
  'HKD',
  'NZD',
  'KRW',
  'kr',
  '$',
  '€',
  '£',
  '¥',
  '₽',
  '₹',
  '₩',
  '₴',
  '₺',
  '₸',
  '元',
  '円',
  '￥',
].sort((a, b) => b.length - a.length);

const SPACES = /[\s\u00a0\u2009\u202f']/;
const COMMA_DECIMAL_LANGUAGES = new Set([
  'nb',
  'nn',
  'no',
  'ru',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'fi',
  'pl',
  'cs',
  'sk',
  'uk',
  'tr',
  'id',
  'vi',
  'el',
  'hu',
  'ro',
  'bg',
  'hr',
  'sl',
  'sr',
  'lt',
  'lv',
  'et',
  'is',
  'be',
  'kk',
  'az',
  'ca',
  'eu',
  'gl',
]);

/**
 * The currency tokens as two regular expressions, compiled once: trying sixty tokens one by one
 * on both ends of every cell made a pasted export column a hundred times slower than numbers.
 * Alternatives are tried longest first, so "R$" wins over "$" as before.
 */
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CURRENCY_ALTERNATIVES = CURRENCIES.map(escapeRe).join('|');
const LEADING_CURRENCY = new RegExp(`^(?:${CURRENCY_ALTERNATIVES})`, 'i');
const TRAILING_CURRENCY = new RegExp(`(?:${CURRENCY_ALTERNATIVES})$`, 'i');
/** Tokens by their upper-case form, for the common case: the whole run of letters at an end is one token. */
const TOKEN = new Set(CURRENCIES.map((t) => t.toUpperCase()));
const LEADING_RUN = /^[^\d\s\u00a0\u2009\u202f()%+-]+/;
const TRAILING_RUN = /[^\d\s\u00a0\u2009\u202f()%+-]+$/;
/**
 * Plain printable ASCII and the spaces exports use as thousands separators need no Unicode
 * normalisation: NFKC would only turn those spaces into plain ones, and they are read alike.
 */
const NEEDS_NORMALIZING = /[^\x20-\x7e\u00a0\u2009\u202f]/;

/** Digits, optionally one separator and more digits: read directly unless it is ambiguous ("1,234"). */
const SIMPLE = /^(\d+)(?:([.,])(\d+))?$/;

const GROUPED = /^(\d{1,3})([\s\u00a0\u2009\u202f'.,])(\d{3}(?:\2\d{3})*)(?:([.,])(\d+))?$/;
const NOT_DIGIT = /\D/g;

/** Decimal separators already looked up, by locale: Intl.NumberFormat is far too slow per cell. */
const SEPARATOR_BY_LOCALE = new Map<string, '.' | ','>();

/** The decimal separator of a Sheets locale such as "en_US", "nb_NO", "ru_RU", "zh_CN". */
export function decimalSeparatorFor(locale?: string): '.' | ',' {
  if (!locale) return '.';
  const known = SEPARATOR_BY_LOCALE.get(locale);
  if (known) return known;
  const sep = lookUpDecimalSeparator(locale);
  SEPARATOR_BY_LOCALE.set(locale, sep);
  return sep;
}

function lookUpDecimalSeparator(locale: string): '.' | ',' {
  const tag = locale.replace(/_/g, '-');
  try {
    const part = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal');
    if (part) return part.value === ',' ? ',' : '.';
  } catch {
    // An unknown tag or no Intl: fall back to the language's usual separator.
  }
  return COMMA_DECIMAL_LANGUAGES.has(tag.split('-')[0].toLowerCase()) ? ',' : '.';
}

/** Integer digits grouped by thousands: first group 1–3 digits, the rest exactly 3. */
function groupedDigits(groups: string[]): string | null {
  if (groups.length === 1) return /^\d+$/.test(groups[0]) ? groups[0] : null;
  if (!/^\d{1,3}$/.test(groups[0])) return null;
  for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i])) return null;
  return groups.join('');
}

/** Which decimal separator settles "1,234": a locale, or a function that resolves it once per call. */
export type AmbiguousDecimal = string | undefined | (() => '.' | ',');

export function parseNumber(text: string, locale?: AmbiguousDecimal): number | null {
  let s = (NEEDS_NORMALIZING.test(text) ? text.normalize('NFKC').replace(/\u2212/g, '-') : text).trim();
  if (s === '') return null;
  let negative = false;
  let percent = false;

  // Peel signs, parentheses, percent signs and currency off both ends, in any order.
  for (let guard = 0; guard < 8; guard++) {
    const before = s;
    s = s.trim();
    const first = s.charCodeAt(0);
    const last = s.charCodeAt(s.length - 1);
    if (first === 40 /* ( */ && last === 41 /* ) */) {
      if (negative) return null;
      negative = true;
      s = s.slice(1, -1);
      continue;
    }
    if ((first === 45 /* - */ || first === 43) /* + */ && !/^[-+]\d/.test(s)) {
      // A sign before a currency symbol: "-$1,200".
      if (first === 45) negative = !negative;
      s = s.slice(1);
      continue;
    }
    if (last === 37 /* % */ || first === 37) {
      if (percent) return null;
      percent = true;
      s = last === 37 ? s.slice(0, -1) : s.slice(1);
      continue;
    }
    // Digits at both ends: no currency to peel (the common case, checked without a regex).
    if (first >= 48 && first <= 57 && last >= 48 && last <= 57) break;
    const leadRun = LEADING_RUN.exec(s);
    if (leadRun && TOKEN.has(leadRun[0].toUpperCase())) {
      s = s.slice(leadRun[0].length);
      continue;
    }
    const trailRun = TRAILING_RUN.exec(s);
    if (trailRun && TOKEN.has(trailRun[0].toUpperCase())) {
      s = s.slice(0, trailRun.index);
      continue;
    }
    // Otherwise the longest token at either end, as a regular expression (rare: "$kr", "12 XR$").
    const lead = LEADING_CURRENCY.exec(s);
    if (lead) {
      s = s.slice(lead[0].length);
      continue;
    }
    const trail = TRAILING_CURRENCY.exec(s);
    if (trail) {
      s = s.slice(0, trail.index);
      continue;
    }
    if (s === before) break;
  }
  s = s.trim();

  let sign = 1;
  if (s.charCodeAt(0) === 45) {
    sign = -1;
    s = s.slice(1);
  } else if (s.charCodeAt(0) === 43) s = s.slice(1);
  if (negative) sign = -sign;

  // The usual shapes, without the general grouping rules: "2889", "28,89", "2889.5".
  const simple = SIMPLE.exec(s);
  if (simple && !(simple[3] !== undefined && simple[3].length === 3 && simple[1].length <= 3 && simple[1].charCodeAt(0) !== 48)) {
    const n = sign * +(simple[3] === undefined ? simple[1] : `${simple[1]}.${simple[3]}`);
    return percent ? n / 100 : n;
  }

  // Thousands in groups of three with one kind of separator, then perhaps a decimal part of the
  // other kind: "2 889,50", "1.234.567", "1,234.50". A single "1,234" (ambiguous) is left to the rules below.
  const grouped = GROUPED.exec(s);
  if (grouped) {
    const sep = grouped[2];
    const dec = grouped[4];
    const clear = dec === undefined ? (sep !== '.' && sep !== ',') || grouped[3].length > 3 : dec !== sep;
    if (clear) {
      const n = sign * +`${grouped[1]}${grouped[3].replace(NOT_DIGIT, '')}${dec === undefined ? '' : `.${grouped[5]}`}`;
      return percent ? n / 100 : n;
    }
    if (dec === undefined) {
      // "1,234", "€1.000": the locale's decimal separator decides; "0,123" can only be a decimal.
      const asDecimal = grouped[1].charCodeAt(0) === 48 || ambiguousDecimal(locale) === sep;
      const n = sign * +(asDecimal ? `${grouped[1]}.${grouped[3]}` : `${grouped[1]}${grouped[3]}`);
      return percent ? n / 100 : n;
    }
  }

  let exponent = '';
  const exp = /[eE]([-+]?\d+)$/.exec(s);
  if (exp) {
    exponent = 'e' + exp[1];
    s = s.slice(0, exp.index);
  }
  if (!/^[\d.,\s\u00a0\u2009\u202f']+$/.test(s) || !/\d/.test(s)) return null;

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const at = lastDot >= 0 ? lastDot : lastComma;
    if (s.indexOf(sep) === at) {
      const intPart = s.slice(0, at);
      const frac = s.slice(at + 1);
      const intDigits = intPart.replace(/[\s\u00a0\u2009\u202f']/g, '');
      const ambiguous = frac.length === 3 && /^\d{3}$/.test(frac) && /^[1-9]\d{0,2}$/.test(intDigits) && !SPACES.test(intPart);
      decimal = !ambiguous || ambiguousDecimal(locale) === sep ? sep : null;
    }
  }

  let intPart = s;
  let fracPart = '';
  if (decimal) {
    const i = s.lastIndexOf(decimal);
    intPart = s.slice(0, i);
    fracPart = s.slice(i + 1);
    if (!/^\d*$/.test(fracPart)) return null;
  }
  if (exponent && /[.,\s\u00a0\u2009\u202f']/.test(intPart)) return null;
  const groups = intPart === '' ? ['0'] : intPart.split(/[.,\s\u00a0\u2009\u202f']/);
  // Only one kind of thousands separator may appear (spaces of any width count as one kind).
  const kinds = (/\./.test(intPart) ? 1 : 0) + (/,/.test(intPart) ? 1 : 0) + (/'/.test(intPart) ? 1 : 0) + (/[\s\u00a0\u2009\u202f]/.test(intPart) ? 1 : 0);
  if (kinds > 1) return null;
  const digits = groupedDigits(groups);
  if (digits === null || (fracPart === '' && decimal !== null && intPart === '')) return null;
  const n = sign * +`${digits}.${fracPart || '0'}${exponent}`;
  if (n - n !== 0) return null; // NaN or ±Infinity ("1e400")
  return percent ? n / 100 : n;
}

function ambiguousDecimal(locale: AmbiguousDecimal): '.' | ',' {
  return typeof locale === 'function' ? locale() : decimalSeparatorFor(locale);
}
