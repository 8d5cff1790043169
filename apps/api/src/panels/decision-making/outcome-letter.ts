import { formatCalendarDate } from '@convene/domain';
import { createPdf, heading, paragraph } from '../../common/pdf/pdf-document.js';

// The council's name on its letters. A setting for it comes with the council's own letter templates.
export const COUNCIL_NAME = 'Fernshire Council';

export interface OutcomeLetterContent {
  councilName: string;
  kind: 'decision_to_assess' | 'decision_to_issue';
  decidedOn: string;
  caseReference: string;
  childName: string;
  reasons: string;
  recommendations: string | null;
  /** Who took the decision: the Decision-Making Group, or one officer under the scheme of delegation. */
  takenBy: 'panel' | 'delegated_officer';
}

/**
 * The letter to the family after a refusal to assess (reg 5(3)) or a decision not to issue a plan
 * (reg 10(3)): the decision, its reasons, what the school is asked to do, and the family's rights to
 * mediation and to appeal to the First-tier Tribunal (SEND), with the time limits for each.
 */
export async function outcomeLetterPdf(letter: OutcomeLetterContent): Promise<Buffer> {
  const refusal = letter.kind === 'decision_to_assess';
  const title = refusal
    ? 'Decision not to carry out an EHC needs assessment'
    : 'Decision not to issue an EHC plan';
  const { doc, done } = createPdf(`${title} – ${letter.caseReference}`);
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(letter.councilName)
    .font('Helvetica')
    .fontSize(11)
    .text('SEND service')
    .moveDown();
  doc.text(`Date: ${formatCalendarDate(letter.decidedOn)}`);
  doc.text(`Our reference: ${letter.caseReference}`).moveDown();
  paragraph(doc, `To the parent or carer of ${letter.childName}`);
  heading(doc, title);
  paragraph(doc, openingWords(letter, refusal));
  heading(doc, 'Why we made this decision', 13);
  paragraph(doc, letter.reasons);
  heading(
    doc,
    refusal ? 'What we recommend to the school or setting' : 'How we will meet needs without a plan',
    13,
  );
  paragraph(
    doc,
    letter.recommendations ??
      'The school or setting should continue to meet needs through SEN support, using the graduated approach of Assess, Plan, Do, Review, and review progress with you each term.',
  );
  heading(doc, 'Your right to mediation and to appeal', 13);
  paragraph(
    doc,
    'You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against this decision. ' +
      'Before you can appeal you must contact an independent mediation adviser, who will give you information about mediation; you do not have to take up mediation. ' +
      'You must do this within two months of the date of this letter. You can then appeal within two months of this letter, or within one month of the date of the mediation certificate, whichever is later.',
  );
  paragraph(
    doc,
    'You can also ask us for a meeting to talk about the decision, use the disagreement resolution service, and get free, impartial information and advice from your local SEND Information, Advice and Support Service (SENDIASS).',
  );
  paragraph(
    doc,
    'This letter is sent under the Special Educational Needs and Disability Regulations 2014, ' +
      (refusal ? 'regulation 5(3).' : 'regulation 10(3).'),
  );
  doc.moveDown().text('Yours sincerely,').moveDown(2).text(`${letter.councilName} SEND service`);
  doc.end();
  return done;
}

/** The letter's first paragraph says truthfully who considered the request: the panel, or one officer alone. */
function openingWords(letter: OutcomeLetterContent, refusal: boolean): string {
  const on = formatCalendarDate(letter.decidedOn);
  const who =
    letter.takenBy === 'panel'
      ? "the local authority's Decision-Making Group"
      : "a senior officer of the local authority's SEND service, under the council's scheme of delegation,";
  return refusal
    ? `On ${on} ${who} considered your request for an Education, Health and Care (EHC) needs assessment for ${letter.childName}. We have decided not to carry out an EHC needs assessment at this time.`
    : `On ${on}, following the EHC needs assessment of ${letter.childName}, ${who} considered whether to issue an EHC plan. We have decided not to issue an EHC plan.`;
}
