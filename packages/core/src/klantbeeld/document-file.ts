/**
 * What a download link says about its file: the file type and its size ("PDF, 120 kB").
 * @module
 */
import type { DocumentView } from './documenten.js';

const KNOWN_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/zip': 'ZIP',
};

const SHORT = /^[a-z0-9]{2,5}$/i;

/** A short file type for people ("PDF", "DOCX"): from the MIME type, else the file name's extension; undefined if neither tells. */
export function fileType(formaat: string | undefined, bestandsnaam: string | undefined): string | undefined {
  const mime = formaat?.trim().toLowerCase().split(';')[0] ?? '';
  const known = KNOWN_TYPES[mime];
  if (known) return known;
  const extension = bestandsnaam?.includes('.') ? bestandsnaam.split('.').pop() : undefined;
  if (extension && SHORT.test(extension)) return extension.toUpperCase();
  const subtype = mime.split('/')[1];
  return subtype && SHORT.test(subtype) ? subtype.toUpperCase() : undefined;
}

const UNITS = ['kB', 'MB', 'GB'] as const;

/** A size in bytes for people, in SI units with the language's decimal sign ("120 kB", "1,2 MB"); undefined when unknown. */
export function fileSize(bytes: number | undefined, lang: string): string | undefined {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return undefined;
  if (bytes < 1000) return `${bytes} B`;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: value < 10 ? 1 : 0 });
  } catch {
    format = new Intl.NumberFormat('nl', { maximumFractionDigits: value < 10 ? 1 : 0 });
  }
  return `${format.format(value)} ${UNITS[unit]}`;
}

/** The file a document's download gives, for people: "PDF, 120 kB"; undefined when neither type nor size is known. */
export function documentFileLabel(document: Pick<DocumentView, 'formaat' | 'bestandsnaam' | 'bestandsomvang'>, lang: string): string | undefined {
  const parts = [fileType(document.formaat, document.bestandsnaam), fileSize(document.bestandsomvang, lang)].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
