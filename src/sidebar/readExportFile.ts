/**
 * Reads the chosen export in the browser, with progress: a CSV/TSV goes to the server as its
 * bytes in base64 (the add-on decodes and parses it, exactly as `npm run import` does); an
 * .xlsx is opened here with read-excel-file and sent as rows, so dist/Code.js — loaded by
 * every custom-function call — does not carry an .xlsx reader.
 */
import { readSheet } from 'read-excel-file/browser';
import { toPayloadRows, type PayloadCell } from '../core/import/payload';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ExportPayload = string | PayloadCell[][];

export const isXlsx = (name: string) => /\.xlsx$/i.test(name);

function read(file: File, as: 'dataUrl' | 'arrayBuffer', onProgress: (share: number) => void): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    r.onload = () => resolve(r.result as string | ArrayBuffer);
    r.onerror = () => reject(new Error(`${file.name} could not be read: ${r.error?.message ?? 'unknown error'}.`));
    if (as === 'dataUrl') r.readAsDataURL(file);
    else r.readAsArrayBuffer(file);
  });
}

export async function readExportPayload(file: File, onProgress: (share: number) => void): Promise<ExportPayload> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; LiftGate imports files up to 50 MB. Export a shorter period or fewer columns.`);
  }
  if (isXlsx(file.name)) {
    const buffer = (await read(file, 'arrayBuffer', onProgress)) as ArrayBuffer;
    try {
      return toPayloadRows(await readSheet(buffer));
    } catch (e) {
      throw new Error(`${file.name} could not be opened as an Excel workbook: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const url = (await read(file, 'dataUrl', onProgress)) as string;
  return url.slice(url.indexOf(',') + 1);
}
