/** Sheets refuses a cell of more than 50,000 characters; a write that would hit it is stopped before anything is written. */
export const MAX_CELL_CHARS = 50_000;

const preview = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Throws, naming what the text is for, when `text` would not fit in a cell. */
export function checkCellText(text: unknown, what: string, stage: string): void {
  if (typeof text === 'string' && text.length > MAX_CELL_CHARS) {
    throw new Error(`The ${what} for stage "${preview(stage)}" would be ${text.length.toLocaleString('en')} characters, over Sheets' limit of 50,000 for a cell; nothing was written. Shorten the stage names.`);
  }
}
