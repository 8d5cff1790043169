import type { MeetingMinutes } from '@convene/contracts';
import { formatCalendarDate, MEETING_KIND_LABELS, tallyInWords, VOTE_CHOICE_LABELS } from '@convene/domain';
import { createPdf, heading, paragraph } from '../common/pdf/pdf-document.js';

const label = (choice: string | null) => (choice ? (VOTE_CHOICE_LABELS[choice] ?? choice) : '');
const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/London',
      })
    : 'not recorded';

/** The minutes as a document for the record: attendance, apologies, declarations, and each item's decision with its reasons. */
export async function minutesPdf(minutes: MeetingMinutes): Promise<Buffer> {
  const { doc, done } = createPdf(`Minutes – ${minutes.meeting.title}`);
  heading(doc, `Minutes: ${minutes.meeting.title}`, 18);
  paragraph(
    doc,
    `${MEETING_KIND_LABELS[minutes.meeting.kind]}. Started ${when(minutes.meeting.startedAt)}; ended ${when(minutes.meeting.endedAt)}.`,
  );
  if (minutes.meeting.startedOnAnotherDayThan)
    paragraph(
      doc,
      `The chair confirmed starting on another day than the one scheduled (${formatCalendarDate(minutes.meeting.startedOnAnotherDayThan)}).`,
    );
  if (minutes.meeting.itemsNotReached > 0)
    paragraph(
      doc,
      `The chair confirmed ending with ${minutes.meeting.itemsNotReached} item${minutes.meeting.itemsNotReached === 1 ? '' : 's'} not reached.`,
    );
  if (minutes.meeting.theme) paragraph(doc, `Theme: ${minutes.meeting.theme}`);
  heading(doc, 'Attendance', 13);
  paragraph(doc, `Present: ${minutes.attendance.present.join(', ') || 'none recorded'}`);
  paragraph(doc, `Apologies: ${minutes.attendance.apologies.join(', ') || 'none'}`);
  if (minutes.attendance.absent.length) paragraph(doc, `Absent: ${minutes.attendance.absent.join(', ')}`);
  heading(doc, 'Declarations of interest', 13);
  paragraph(
    doc,
    minutes.declarations.length
      ? minutes.declarations
          .map((d) => `${d.member} (${d.caseReference ?? 'restricted item'}): ${d.reason}`)
          .join('\n')
      : 'None.',
  );
  heading(doc, 'Items', 13);
  for (const item of minutes.items) {
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(
        `${item.position}. ${item.caseReference ?? (item.forAnotherTeam ? 'An item for another team' : 'Restricted item')} (${item.kind.replace(/_/g, ' ')})`,
      );
    doc.font('Helvetica');
    if (item.status === 'decided') {
      doc.text(`Decision: ${label(item.outcome)}`);
      doc.text(`Reasons: ${item.reasons ?? ''}`);
      if (item.conditions) doc.text(`Conditions and recommendations: ${item.conditions}`);
      for (const c of item.corrections) {
        doc.text(
          `Reasons corrected by ${c.correctedBy}, ${when(c.correctedAt)} (${c.correctionReason}): ${c.reasons}`,
        );
        if (c.conditions) doc.text(`Conditions and recommendations as corrected: ${c.conditions}`);
      }
      if (item.tally) doc.text(`Vote: ${tallyInWords(item.tally, ', ')}`);
    } else if (item.status === 'deferred') {
      doc.text(`Deferred: ${item.deferredReason ?? ''}`);
    } else if (item.status === 'withdrawn') {
      doc.text(`Withdrawn from the agenda: ${item.withdrawnReason ?? ''}`);
    } else {
      doc.text('Not reached.');
    }
    const marked = item.criteria.filter((c) => c.met !== null);
    if (marked.length)
      doc.text(
        `Threshold criteria: ${marked.map((c) => `${c.text} (${c.met ? 'met' : 'not met'})`).join('; ')}`,
      );
    if (item.criteriaNotMetReason)
      doc.text(`Decided with threshold criteria not marked met, because: ${item.criteriaNotMetReason}`);
    for (const reason of item.votingReopenedReasons) doc.text(`Voting reopened: ${reason}`);
    if (item.inquorateReason) doc.text(`Recorded as inquorate: ${item.inquorateReason}`);
    if (item.recused.length) doc.text(`Did not take part (declared an interest): ${item.recused.join(', ')}`);
    for (const action of item.actions)
      doc.text(`Action for ${action.owner}, by ${formatCalendarDate(action.dueOn)}: ${action.what}`);
    doc.moveDown(0.6);
  }
  if (minutes.writtenDecisions.length) {
    heading(doc, 'Decided in writing since the last meeting (noted)', 13);
    paragraph(
      doc,
      minutes.writtenDecisions
        .map(
          (d) =>
            `${d.caseReference ?? 'Restricted item'} (${d.itemKind.replace(/_/g, ' ')}): ${label(d.outcome)}, on ${when(d.decidedAt)}. Vote: ${tallyInWords(d.tally, ', ')}. Reasons: ${d.reasons}`,
        )
        .join('\n'),
    );
  }
  heading(doc, 'Decided under delegation since the last meeting (noted)', 13);
  paragraph(
    doc,
    minutes.decidedUnderDelegation.length
      ? minutes.decidedUnderDelegation
          .map(
            (d) =>
              `${d.caseReference} (${d.kind.replace(/_/g, ' ')}): ${label(d.outcome)}, by ${d.decidedBy} on ${when(d.decidedAt)}. Reasons: ${d.reasons}`,
          )
          .join('\n')
      : 'None.',
  );
  doc.end();
  return done;
}
