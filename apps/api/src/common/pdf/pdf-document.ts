import PDFDocument from 'pdfkit';

/** A plain A4 document in the council's house style, collected into a Buffer once ended. */
export function createPdf(title: string): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: title, Author: 'Convene', Creator: 'Convene' },
    lang: 'en-GB',
    displayTitle: true,
    tagged: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica');
  return { doc, done };
}

export function heading(doc: PDFKit.PDFDocument, text: string, size = 16): void {
  doc
    .moveDown(0.5)
    .font('Helvetica-Bold')
    .fontSize(size)
    .text(text)
    .font('Helvetica')
    .fontSize(11)
    .moveDown(0.3);
}

export function paragraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.font('Helvetica').fontSize(11).text(text, { align: 'left' }).moveDown(0.5);
}
