import {
  leadershipPackSections,
  packMonthLabel,
  type LeadershipPack,
  type PackChart,
  type PackTable,
} from '@convene/contracts';
import { formatCalendarDate } from '@convene/domain';
import { createPdf, heading, paragraph } from '../../common/pdf/pdf-document.js';

const LEFT = 56;
const WIDTH = 595.28 - 2 * LEFT;
const BOTTOM = 841.89 - 56;

/** A new page when fewer than `height` points are left on this one. */
function keepRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

function chartValue(chart: PackChart, value: number | null): string {
  if (value === null) return 'No figure';
  if (chart.unit === 'percent') return `${value.toFixed(1)}%`;
  if (chart.unit === 'pounds') return `£${value.toLocaleString('en-GB')}`;
  return String(value);
}

/** How each series' bars are drawn, in print: in greys that stay apart on a black-and-white printer. */
const BAR_STYLES = [
  { words: 'dark', fill: '#333333', outlined: false },
  { words: 'pale', fill: '#cccccc', outlined: true },
  { words: 'white, outlined', fill: '#ffffff', outlined: true },
] as const;
const barStyle = (n: number) => BAR_STYLES[n % BAR_STYLES.length]!;

/** Horizontal bars in greys (see BAR_STYLES), each bar with its value written beside it. */
function drawChart(doc: PDFKit.PDFDocument, chart: PackChart): void {
  const label = 130;
  const room = 70;
  const bar = 7;
  const rowHeight = Math.max(12, chart.series.length * (bar + 2) + 4);
  keepRoom(doc, 24 + rowHeight * Math.min(chart.categories.length, 4));
  doc.font('Helvetica-Oblique').fontSize(8).text(`Chart: ${chart.summary}.`, LEFT, doc.y, { width: WIDTH });
  if (chart.series.length > 1)
    doc.text(chart.series.map((s, n) => `${barStyle(n).words} bars: ${s.name}`).join('; '), {
      width: WIDTH,
    });
  doc.font('Helvetica').moveDown(0.3);
  chart.categories.forEach((category, index) => {
    keepRoom(doc, rowHeight);
    const top = doc.y;
    doc
      .fontSize(8)
      .fillColor('black')
      .text(category, LEFT, top, { width: label - 6, height: rowHeight, ellipsis: true });
    chart.series.forEach((series, n) => {
      const value = series.values[index] ?? null;
      const y = top + n * (bar + 2);
      const length =
        value === null
          ? 0
          : Math.max(value > 0 ? 1 : 0, ((WIDTH - label - room) * Math.min(value, chart.max)) / chart.max);
      if (length > 0) {
        doc.rect(LEFT + label, y, length, bar);
        const style = barStyle(n);
        if (style.outlined) doc.fillAndStroke(style.fill, '#333333');
        else doc.fillColor(style.fill).fill();
      }
      doc
        .fillColor('black')
        .text(chartValue(chart, value), LEFT + label + length + 4, y, { width: room, lineBreak: false });
    });
    doc.x = LEFT;
    doc.y = top + rowHeight;
  });
  doc.moveDown(0.5);
}

/** The table, the first column wider, repeating its headers on a new page. */
function drawTable(doc: PDFKit.PDFDocument, table: PackTable): void {
  const first = table.headers.length > 3 ? 120 : 200;
  const rest = (WIDTH - first) / Math.max(1, table.headers.length - 1);
  const x = (i: number) => LEFT + (i === 0 ? 0 : first + (i - 1) * rest);
  const w = (i: number) => (i === 0 ? first : rest) - 4;
  const heightOf = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: w(i) }))) + 3;
  };
  const line = (cells: string[], bold: boolean) => {
    const height = heightOf(cells, bold);
    const top = doc.y;
    cells.forEach((cell, i) => doc.text(cell, x(i), top, { width: w(i) }));
    doc.x = LEFT;
    doc.y = top + height;
  };
  // The headers never alone at the foot of a page: with the first row, or on the next page.
  keepRoom(doc, heightOf(table.headers, true) + heightOf(table.rows[0] ?? ['None'], false));
  line(table.headers, true);
  for (const row of table.rows) {
    if (doc.y + heightOf(row, false) > BOTTOM) {
      doc.addPage();
      line(table.headers, true);
    }
    line(row, false);
  }
  if (table.rows.length === 0) line(['None'], false);
  doc.font('Helvetica').fontSize(11).moveDown(0.6);
}

/** The month's leadership pack as a document for the Head of Service and the Improvement Board: references and counts only. */
export async function leadershipPackPdf(pack: LeadershipPack): Promise<Buffer> {
  const month = packMonthLabel(pack.month);
  const { doc, done } = createPdf(`Leadership pack – ${month}`);
  heading(doc, `SEND leadership pack: ${month}`, 18);
  paragraph(
    doc,
    pack.status === 'issued' && pack.issuedAt
      ? `Issued by ${pack.issuedBy?.displayName ?? 'the service'} on ${formatCalendarDate(pack.issuedAt.slice(0, 10))}. Figures as counted on ${formatCalendarDate(pack.figures.countedOn)}.`
      : `Draft: not issued. Figures as counted on ${formatCalendarDate(pack.figures.countedOn)}; they will change until the pack is issued.`,
  );
  heading(doc, 'Narrative', 14);
  paragraph(doc, pack.narrative.trim() || 'The narrative has not been written yet.');
  for (const section of leadershipPackSections(pack.figures)) {
    keepRoom(doc, 80);
    heading(doc, section.title, 14);
    for (const line of section.lines) paragraph(doc, line);
    for (const table of section.tables) {
      // The caption first, then the chart and the table of the same figures under it.
      keepRoom(doc, table.chart ? 120 : 40);
      doc.font('Helvetica-Bold').fontSize(9).text(table.caption, LEFT, doc.y, { width: WIDTH }).moveDown(0.2);
      if (table.chart && table.chart.categories.length > 0) drawChart(doc, table.chart);
      drawTable(doc, table);
    }
  }
  doc.end();
  return done;
}
