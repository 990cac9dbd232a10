/** The parser as it was before the speed-up (kept verbatim as an oracle: the fast one must agree with it on every text). */
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

/** The decimal separator of a Sheets locale such as "en_US", "nb_NO", "ru_RU", "zh_CN". */
export function decimalSeparatorFor(locale?: string): '.' | ',' {
  if (!locale) return '.';
  const tag = locale.replace(/_/g, '-');
  try {
    const part = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal');
    if (part) return part.value === ',' ? ',' : '.';
  } catch {
    // An unknown tag or no Intl: fall back to the language's usual separator.
  }
  return COMMA_DECIMAL_LANGUAGES.has(tag.split('-')[0].toLowerCase()) ? ',' : '.';
}

function startsWithToken(s: string, tok: string): boolean {
  return s.slice(0, tok.length).toUpperCase() === tok.toUpperCase();
}
function endsWithToken(s: string, tok: string): boolean {
  return s.length >= tok.length && s.slice(s.length - tok.length).toUpperCase() === tok.toUpperCase();
}

/** Integer digits grouped by thousands: first group 1–3 digits, the rest exactly 3. */
function groupedDigits(groups: string[]): string | null {
  if (groups.length === 1) return /^\d+$/.test(groups[0]) ? groups[0] : null;
  if (!/^\d{1,3}$/.test(groups[0])) return null;
  for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i])) return null;
  return groups.join('');
}

export function parseNumber(text: string, locale?: string): number | null {
  let s = text
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .trim();
  if (s === '') return null;
  let negative = false;
  let percent = false;

  // Peel signs, parentheses, percent signs and currency off both ends, in any order.
  for (let guard = 0; guard < 8; guard++) {
    const before = s;
    s = s.trim();
    if (s.startsWith('(') && s.endsWith(')')) {
      if (negative) return null;
      negative = true;
      s = s.slice(1, -1);
      continue;
    }
    if ((s.startsWith('-') || s.startsWith('+')) && !/^[-+]\d/.test(s)) {
      // A sign before a currency symbol: "-$1,200".
      if (s[0] === '-') negative = !negative;
      s = s.slice(1);
      continue;
    }
    if (s.endsWith('%') || s.startsWith('%')) {
      if (percent) return null;
      percent = true;
      s = s.endsWith('%') ? s.slice(0, -1) : s.slice(1);
      continue;
    }
    const lead = CURRENCIES.find((t) => startsWithToken(s, t));
    if (lead) {
      s = s.slice(lead.length);
      continue;
    }
    const trail = CURRENCIES.find((t) => endsWithToken(s, t));
    if (trail) {
      s = s.slice(0, s.length - trail.length);
      continue;
    }
    if (s === before) break;
  }
  s = s.trim();

  let sign = 1;
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (negative) sign = -sign;

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
    const count = s.split(sep).length - 1;
    if (count === 1) {
      const [intPart, frac] = s.split(sep);
      const intDigits = intPart.replace(/[\s\u00a0\u2009\u202f']/g, '');
      const ambiguous = frac.length === 3 && /^\d{3}$/.test(frac) && /^[1-9]\d{0,2}$/.test(intDigits) && !SPACES.test(intPart);
      decimal = !ambiguous || decimalSeparatorFor(locale) === sep ? sep : null;
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
  const kinds = new Set((intPart.match(/[.,']|[\s\u00a0\u2009\u202f]/g) ?? []).map((c) => (/[.,']/.test(c) ? c : ' ')));
  if (kinds.size > 1) return null;
  const digits = groupedDigits(groups);
  if (digits === null || (fracPart === '' && decimal !== null && intPart === '')) return null;
  const n = sign * Number(`${digits}.${fracPart || '0'}${exponent}`);
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}
