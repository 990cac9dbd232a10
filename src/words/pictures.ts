/**
 * A stage's pictures (src/core/charts/pictures.ts) in the reader's words: the sidebar draws
 * them, and "Show numbers" shows their table, in the document's language and number formats.
 */
import { pictureTable, type Layer, type Picture } from '../core/charts/pictures';
import type { Translator } from '../i18n';
import { render, renderRows } from '../i18n/render';

export type ShownPicture = Picture<string>;

export function pictureInWords(p: Picture, tr: Translator): ShownPicture {
  return {
    ...p,
    title: render(p.title, tr),
    summary: render(p.summary, tr),
    layers: p.layers.map((l): Layer<string> => ({ ...l, label: render(l.label, tr) })),
  };
}

export function pictureTableInWords(p: Picture, tr: Translator): { header: string[]; rows: (number | string)[][] } {
  const t = pictureTable(p);
  return { header: t.header.map((h) => render(h, tr)), rows: renderRows<number | string>(t.rows, tr) };
}
