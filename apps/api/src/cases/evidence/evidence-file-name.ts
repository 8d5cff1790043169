import type { EvidenceFileType } from './evidence-file-type.js';

const MAX_FILE_NAME_LENGTH = 200;

/**
 * A file name as the uploader's computer gave it, made safe to store and show: no folder path, no
 * control or invisible formatting characters (a right-to-left override can make `cod.exe` read
 * `exe.doc`), no leading dots, at most 200 characters keeping the extension. Empty when nothing is left.
 */
export function sanitiseFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '');
  return truncateKeepingExtension(cleaned, MAX_FILE_NAME_LENGTH);
}

function truncateKeepingExtension(name: string, max: number): string {
  const characters = Array.from(name); // code points, so a truncation never splits a surrogate pair
  if (characters.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length === 0 || extension.length > 16) return characters.slice(0, max).join('');
  return [...characters.slice(0, max - extension.length), ...extension].join('').trimEnd();
}

/**
 * The name a download is saved under: the stored name with characters that no file system accepts
 * replaced, and the extension of the detected type added when the name has none of its extensions,
 * so a Word document named `minutes.exe` is saved as `minutes.exe.docx`.
 */
export function downloadFileName(stored: string, type: EvidenceFileType | null): string {
  const name = stored.replace(/[<>:"/\\|?*]/g, '_') || 'evidence';
  if (!type) return name;
  const lower = name.toLowerCase();
  return type.extensions.some((extension) => lower.endsWith(`.${extension}`))
    ? name
    : `${name}.${type.extensions[0]}`;
}

/**
 * A Content-Disposition header value (RFC 6266): an ASCII `filename` for old clients, and the exact
 * name as UTF-8 in `filename*` (RFC 8187) for every current browser.
 */
export function contentDisposition(disposition: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
