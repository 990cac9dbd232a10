/** Header matching ignores case, spaces and punctuation (docs/contract.md §2.1): "Amount spent (NOK)" → "amountspentnok". */
export function normalizeHeader(h: unknown): string {
  return String(h ?? '')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "Amount spent (NOK)" and "Cost (USD)": a currency in parentheses or after a dash is ignored. */
export function withoutCurrency(h: string): string {
  return String(h ?? '')
    .normalize('NFKC')
    .replace(/\s*[([][A-Za-z$€£¥₽]{1,4}[)\]]\s*$/u, '')
    .replace(/\s+[-–]\s+[A-Z]{3}$/u, '');
}

/** Normalised name → key, from tables of names per key (the first table to name a header wins). Built once by its caller. */
export function nameIndex<K extends string>(...tables: Readonly<Partial<Record<K, readonly string[]>>>[]): Map<string, K> {
  const map = new Map<string, K>();
  for (const table of tables)
    for (const key of Object.keys(table) as K[]) for (const name of table[key] ?? []) if (!map.has(normalizeHeader(name))) map.set(normalizeHeader(name), key);
  return map;
}
