/**
 * Reads the chosen export in the browser, with progress: a CSV/TSV goes to the server as its
 * bytes in base64 (the add-on decodes and parses it, exactly as `npm run import` does); an
 * .xlsx is opened here with read-excel-file and sent as rows, so dist/Code.js — loaded by
 * every custom-function call — does not carry an .xlsx reader.
 */
import { readSheet } from 'read-excel-file/browser';
import { toPayloadRows, type PayloadCell } from '../core/import/payload';
import { ENGLISH, type Translator } from '../i18n';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ExportPayload = string | PayloadCell[][];

export const isXlsx = (name: string) => /\.xlsx$/i.test(name);

function read(file: File, as: 'dataUrl' | 'arrayBuffer', onProgress: (share: number) => void, tr: Translator): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    r.onload = () => resolve(r.result as string | ArrayBuffer);
    r.onerror = () => reject(new Error(tr.t('import.fileUnreadable', { file: file.name, reason: r.error?.message ?? tr.t('import.unknownError') })));
    if (as === 'dataUrl') r.readAsDataURL(file);
    else r.readAsArrayBuffer(file);
  });
}

export async function readExportPayload(file: File, onProgress: (share: number) => void, tr: Translator = ENGLISH): Promise<ExportPayload> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(tr.t('import.tooBigBrowser', { file: file.name, size: tr.number(file.size / 1024 / 1024, 1), max: String(MAX_FILE_BYTES / 1024 / 1024) }));
  }
  if (isXlsx(file.name)) {
    const buffer = (await read(file, 'arrayBuffer', onProgress, tr)) as ArrayBuffer;
    try {
      return toPayloadRows(await readSheet(buffer));
    } catch (e) {
      throw new Error(tr.t('import.notWorkbook', { file: file.name, reason: e instanceof Error ? e.message : String(e) }));
    }
  }
  const url = (await read(file, 'dataUrl', onProgress, tr)) as string;
  return url.slice(url.indexOf(',') + 1);
}
