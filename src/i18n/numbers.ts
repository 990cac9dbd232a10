/**
 * Numbers and dates as the spreadsheet's locale writes them: 1,234.50 (en), 1 234,50 (nb, ru),
 * 1,234.50 (zh). Through Intl where the runtime has the locale's data; otherwise from a small
 * table of grouping and decimal marks, so "20 000" never turns into "20,000" in Oslo.
 */
/** The runtime's Intl, or null for none (as in a runtime built without it). */
type IntlLike = typeof Intl | null;

interface Marks {
  readonly group: string;
  readonly decimal: string;
  /** A non-breaking space before "%" (nb, ru, fr, de…). */
  readonly percentSpace: boolean;
}

const NBSP = '\u00a0';
const EN: Marks = { group: ',', decimal: '.', percentSpace: false };
const SPACE_COMMA: Marks = { group: NBSP, decimal: ',', percentSpace: true };
const DOT_COMMA: Marks = { group: '.', decimal: ',', percentSpace: true };
/** By language subtag; what is not here reads like English (zh, ja, ko, he, th… do). */
const FALLBACK_MARKS: Readonly<Record<string, Marks>> = {
  nb: SPACE_COMMA,
  no: SPACE_COMMA,
  nn: SPACE_COMMA,
  ru: SPACE_COMMA,
  uk: SPACE_COMMA,
  fr: SPACE_COMMA,
  sv: SPACE_COMMA,
  fi: SPACE_COMMA,
  cs: SPACE_COMMA,
  pl: SPACE_COMMA,
  sk: SPACE_COMMA,
  bg: SPACE_COMMA,
  hu: SPACE_COMMA,
  et: SPACE_COMMA,
  de: DOT_COMMA,
  da: DOT_COMMA,
  nl: DOT_COMMA,
  it: { ...DOT_COMMA, percentSpace: false },
  es: DOT_COMMA,
  pt: DOT_COMMA,
  id: { ...DOT_COMMA, percentSpace: false },
  tr: DOT_COMMA,
  el: DOT_COMMA,
};

export function fallbackMarks(locale: string): Marks {
  return FALLBACK_MARKS[locale.toLowerCase().split('-')[0]] ?? EN;
}

function withMarks(n: number, decimals: number, m: Marks): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, m.group);
  return (n < 0 ? '-' : '') + grouped + (frac ? m.decimal + frac : '');
}

export interface NumberFormatter {
  /** A number with exactly `decimals` decimals, grouped as the locale groups. */
  fixed(n: number, decimals: number): string;
  /** A share (0.021) as a percentage with `decimals` decimals ("2.1%", "2,1 %"). */
  percent(share: number, decimals: number): string;
  /** A calendar date (UTC day) as the locale writes it short ("Jan 6, 2025", "6. jan. 2025"). */
  date(d: Date): string;
  /** A time of day ("14:05", "2:05 PM"). */
  time(d: Date): string;
  /** Day and month of a calendar date (UTC day), short, for chart axes: "6 Jan", "6. jan.", "1月6日". */
  dayMonth(d: Date): string;
  /** A short number for chart axes: 12K, 1.2M (en), 12k (nb), 12 тыс. (ru), 1.2万 (zh). */
  compact(n: number): string;
}

/** Intl formatters of one locale, or null when the runtime lacks Intl or the locale's data. */
function intlFor(
  locale: string,
  I: IntlLike,
): {
  nf: (d: number) => Intl.NumberFormat;
  pf: (d: number) => Intl.NumberFormat;
  df: Intl.DateTimeFormat;
  tf: Intl.DateTimeFormat;
  dm: Intl.DateTimeFormat;
  cf: Intl.NumberFormat;
} | null {
  try {
    if (!I || typeof I.NumberFormat !== 'function') return null;
    const probe = new I.NumberFormat(locale);
    if (probe.resolvedOptions().locale.split('-')[0].toLowerCase() !== locale.split('-')[0].toLowerCase()) return null;
    const cacheN = new Map<number, Intl.NumberFormat>();
    const cacheP = new Map<number, Intl.NumberFormat>();
    return {
      nf: (d) => cacheN.get(d) ?? cacheN.set(d, new I.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d })).get(d)!,
      pf: (d) => cacheP.get(d) ?? cacheP.set(d, new I.NumberFormat(locale, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d })).get(d)!,
      df: new I.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
      tf: new I.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }),
      dm: new I.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
      cf: new I.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 } as Intl.NumberFormatOptions),
    };
  } catch {
    return null;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Without Intl: 12k, 1.5M with the locale's decimal mark. */
function compactFallback(n: number, m: Marks): string {
  const a = Math.abs(n);
  const [v, unit] = a >= 1e6 ? [n / 1e6, 'M'] : a >= 1e3 ? [n / 1e3, 'k'] : [n, ''];
  return String(+v.toFixed(Math.abs(v) >= 10 ? 0 : 1)).replace('.', m.decimal) + unit;
}

/**
 * @param locale a BCP 47 tag ("nb-NO"; see intlLocale)
 * @param intl the runtime's Intl, or null to use the table (tests pass null)
 */
export function numberFormatter(locale: string, intl: IntlLike = (globalThis as { Intl?: typeof Intl }).Intl ?? null): NumberFormatter {
  // Built on first use: most custom-function calls never format anything.
  let cached: ReturnType<typeof intlFor> | undefined;
  const intlOf = () => (cached === undefined ? (cached = intlFor(locale, intl)) : cached);
  const marks = fallbackMarks(locale);
  // -0.004 shown with 2 decimals is 0.00, not -0.00.
  const clean = (n: number, d: number) => (Number(n.toFixed(d)) === 0 ? 0 : n);
  return {
    fixed: (n, d) => {
      const i = intlOf();
      return i ? i.nf(d).format(clean(n, d)) : withMarks(clean(n, d), d, marks);
    },
    percent: (s, d) => {
      const i = intlOf();
      return i ? i.pf(d).format(clean(s, d + 2)) : withMarks(clean(s * 100, d), d, marks) + (marks.percentSpace ? NBSP : '') + '%';
    },
    date: (d) => {
      const i = intlOf();
      return i ? i.df.format(d) : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    },
    time: (d) => {
      const i = intlOf();
      return i ? i.tf.format(d) : `${pad(d.getHours())}:${pad(d.getMinutes())}`;
    },
    dayMonth: (d) => {
      const i = intlOf();
      if (i) return i.dm.format(d);
      const lang = locale.split('-')[0];
      if (lang === 'en') return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
      if (lang === 'zh') return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
      return `${d.getUTCDate()}.${pad(d.getUTCMonth() + 1)}`;
    },
    compact: (n) => {
      const i = intlOf();
      return i ? i.cf.format(n) : compactFallback(n, marks);
    },
  };
}
