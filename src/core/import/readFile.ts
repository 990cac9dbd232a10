/**
 * An export file as importData receives it → its platform, language and records. Two
 * payloads: the file's bytes in base64 (CSV/TSV in any of the encodings exports use), or
 * its rows already read (what the sidebar and the CLI send for an .xlsx, which they open
 * with read-excel-file so that dist/Code.js stays lean).
 */
import { base64Bytes, decodeBase64, decodeText, isZip } from './bytes';
import { parseCsv, UnclosedQuoteError } from './csv';
import { findLayout, unknownFormatMessage, type Layout } from './layout';
import { formatName } from './formatName';
import { readExport, type ExportData } from './readExport';
import { ImportError } from './importError';
import type { Arg } from '../model/message';
import type { MessageKey } from '../../i18n';
import { say } from '../../i18n/render';

export { ImportError };

/** Apps Script's practical ceiling for one call's payload; larger files are refused before any work. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadFile {
  readonly layout: Layout;
  readonly data: ExportData;
  /** "Google Ads, Norwegian", in the words of whoever shows it. */
  readonly format: Arg<MessageKey>;
  readonly encoding: string;
  readonly lines: number;
}

export type RowsPayload = readonly (readonly unknown[])[];

/** `platform`: read it as that platform's export only (a source set to one); else whichever fits. `timeZone`: for Date cells. */
export function readExportFile(fileName: string, content: string | RowsPayload, locale?: string, platform?: string, timeZone?: string): ReadFile {
  let rows: RowsPayload;
  let encoding = 'rows';
  if (typeof content === 'string') {
    const size = base64Bytes(content);
    if (size > MAX_FILE_BYTES)
      throw new ImportError(
        say('import.tooBig', { file: fileName, size: { number: size / 1024 / 1024, decimals: 1 }, max: String(MAX_FILE_BYTES / 1024 / 1024) }),
      );
    const bytes = decodeBase64(content);
    if (isZip(bytes)) throw new ImportError(say('import.xlsx', { file: fileName }));
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    try {
      rows = parseCsv(decoded.text);
    } catch (e) {
      if (e instanceof UnclosedQuoteError) throw new ImportError(say('import.unclosedQuote', { file: fileName, line: String(e.line) }));
      throw e;
    }
  } else if (Array.isArray(content)) {
    rows = content;
    let cells = 0;
    for (const r of rows) {
      if (!Array.isArray(r)) throw new ImportError(say('import.notTable', { file: fileName }));
      cells += r.length;
    }
    if (cells > MAX_FILE_BYTES / 4)
      throw new ImportError(say('import.tooManyCells', { file: fileName, cells: { number: cells, decimals: 0 }, max: String(MAX_FILE_BYTES / 1024 / 1024) }));
  } else {
    throw new ImportError(say('import.noContent', { file: fileName }));
  }
  const layout = findLayout(rows, platform);
  if (!layout) throw new ImportError(unknownFormatMessage(fileName, rows));
  const data = readExport(rows, layout, locale, timeZone);
  return { layout, data, format: formatName(layout), encoding, lines: rows.length };
}
