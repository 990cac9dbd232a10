/**
 * The rows of an .xlsx as importData receives them. google.script.run passes only plain
 * values (no Date objects), so the sidebar and the CLI turn dates into ISO text (read-excel-file
 * gives a date cell as midnight UTC of its day) and empty cells into "".
 */
export type PayloadCell = string | number | boolean;

const toStr = Object.prototype.toString;

export function toPayloadRows(rows: readonly (readonly unknown[])[]): PayloadCell[][] {
  return rows.map((row) =>
    row.map((v) => {
      if (v === null || v === undefined) return '';
      if (typeof v === 'object' && toStr.call(v) === '[object Date]') {
        const d = v as Date;
        if (isNaN(d.getTime())) return '';
        const iso = d.toISOString();
        return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
      }
      if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
      return String(v);
    }),
  );
}
