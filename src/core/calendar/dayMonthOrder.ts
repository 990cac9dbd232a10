/**
 * Whether a locale writes the day or the month first ("06/01/2025"): en_US is month-first,
 * nb_NO, en_GB, ru_RU, de_DE are day-first. Without a locale, US exports' month-first order.
 */
export type DayMonthOrder = 'day-first' | 'month-first';

const ORDERS = new Map<string, DayMonthOrder>();

export function dayMonthOrder(locale?: string): DayMonthOrder {
  if (!locale) return 'month-first';
  let order = ORDERS.get(locale);
  if (!order) {
    order = 'day-first';
    try {
      const parts = new Intl.DateTimeFormat(locale.replace(/_/g, '-')).formatToParts(new Date(Date.UTC(2025, 0, 6, 12)));
      const types = parts.map((p) => p.type);
      if (types.indexOf('month') >= 0 && types.indexOf('month') < types.indexOf('day')) order = 'month-first';
    } catch {
      order = /^en[_-](US|PH|CA)$/i.test(locale) ? 'month-first' : 'day-first';
    }
    ORDERS.set(locale, order);
  }
  return order;
}
