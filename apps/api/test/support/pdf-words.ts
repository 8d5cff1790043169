import { inflateSync } from 'node:zlib';
import type request from 'supertest';

/**
 * The words of a PDF that pdfkit wrote (a letter, minutes): its page streams inflated, the hex strings decoded, a
 * space at the end of each line of text, so a phrase reads the same wherever the lines wrap.
 */
export function wordsOf(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const textObject of content.split(/\bET\b/))
      lines.push(
        [...textObject.matchAll(/<([0-9a-fA-F]+)>/g)]
          .map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1'))
          .join(''),
      );
  }
  return lines.join(' ').replace(/\s+/g, ' ').trim();
}

/** Reads a response body as bytes (for PDFs). */
export const binary = (res: request.Response, done: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
