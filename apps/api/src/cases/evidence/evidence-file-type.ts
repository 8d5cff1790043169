import type { EvidenceMediaType } from '@convene/contracts';
import { fileTypeFromBuffer } from 'file-type';
import { UnsupportedEvidenceTypeError } from './evidence.errors.js';

export interface EvidenceFileType {
  mediaType: EvidenceMediaType;
  /** The extensions a file of this type is known by; the first is added to a download name that has none of them. */
  extensions: readonly string[];
  /** PDFs and images open in the browser's viewer; a Word document is saved, as a browser cannot show it. */
  disposition: 'inline' | 'attachment';
}

const EVIDENCE_FILE_TYPES: Readonly<Record<EvidenceMediaType, EvidenceFileType>> = {
  'application/pdf': { mediaType: 'application/pdf', extensions: ['pdf'], disposition: 'inline' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    disposition: 'attachment',
  },
  'image/png': { mediaType: 'image/png', extensions: ['png'], disposition: 'inline' },
  'image/jpeg': { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], disposition: 'inline' },
  'image/webp': { mediaType: 'image/webp', extensions: ['webp'], disposition: 'inline' },
};

/** What is known about a stored type; null for one no longer accepted (it is then only ever downloaded). */
export function evidenceFileType(mediaType: string): EvidenceFileType | null {
  return Object.hasOwn(EVIDENCE_FILE_TYPES, mediaType)
    ? EVIDENCE_FILE_TYPES[mediaType as EvidenceMediaType]
    : null;
}

/**
 * The type of an uploaded file, read from its content ("magic numbers", and for a Word document the
 * package's [Content_Types].xml). The name and the browser's Content-Type are never consulted: a
 * text file renamed `report.pdf` is still text. Throws UnsupportedEvidenceTypeError for anything else.
 */
export async function detectEvidenceType(content: Uint8Array): Promise<EvidenceFileType> {
  const detected = await fileTypeFromBuffer(content);
  const type = detected ? evidenceFileType(detected.mime) : null;
  if (!type) throw new UnsupportedEvidenceTypeError();
  return type;
}
