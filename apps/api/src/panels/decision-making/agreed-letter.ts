import {
  decisionNotToIssueDeadline,
  FAMILY_REPRESENTATION_DAYS,
  finalPlanDeadline,
  formatCalendarDate,
  latestDraftForFinalOnTime,
} from '@convene/domain';
import { createPdf, heading, paragraph } from '../../common/pdf/pdf-document.js';
import type { OutcomeLetterContent } from './outcome-letter.js';

/** A decision to assess or to issue a plan, said yes to: what the family's letter needs to say what comes next. */
interface AgreedLetterContent extends Omit<OutcomeLetterContent, 'reasons' | 'recommendations'> {
  /** The day the request for assessment was received: the statutory clock counts from it. */
  receivedOn: string;
}

/**
 * The short letter to the family after a decision to carry out an EHC needs assessment (s36) or to issue an EHC
 * plan (s37): the decision, and what happens next and by when on the statutory clock (regs 10 and 13).
 */
export async function agreedLetterPdf(letter: AgreedLetterContent): Promise<Buffer> {
  const assess = letter.kind === 'decision_to_assess';
  const title = assess ? 'Decision to carry out an EHC needs assessment' : 'Decision to issue an EHC plan';
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
  const on = formatCalendarDate(letter.decidedOn);
  const who =
    letter.takenBy === 'panel'
      ? "the local authority's Decision-Making Group"
      : "a senior officer of the local authority's SEND service, under the council's scheme of delegation,";
  paragraph(
    doc,
    assess
      ? `On ${on} ${who} considered your request for an Education, Health and Care (EHC) needs assessment for ${letter.childName}. We have decided to carry out an EHC needs assessment.`
      : `On ${on}, following the EHC needs assessment of ${letter.childName}, ${who} considered whether to issue an EHC plan. We have decided to issue an EHC plan.`,
  );
  heading(doc, 'What happens next', 13);
  const draftBy = formatCalendarDate(latestDraftForFinalOnTime(letter.receivedOn));
  const finalBy = formatCalendarDate(finalPlanDeadline(letter.receivedOn));
  if (assess) {
    paragraph(
      doc,
      `We will ask people who know ${letter.childName} for advice: their school or setting, an educational psychologist, health and social care. They have 6 weeks to give it. We will ask for your views and your child's views too.`,
    );
    paragraph(
      doc,
      `We will decide whether to issue an EHC plan by ${formatCalendarDate(decisionNotToIssueDeadline(letter.receivedOn))}. If we issue a plan, we will send you a draft first, and the final plan by ${finalBy}.`,
    );
  } else {
    paragraph(
      doc,
      `We will send you a draft plan by ${draftBy}. You will have at least ${FAMILY_REPRESENTATION_DAYS} days to tell us what you think of it and which school or college you would like.`,
    );
    paragraph(doc, `We will send you the final plan by ${finalBy}.`);
  }
  paragraph(
    doc,
    'Your Family Link Officer will keep in touch. You can also get free, impartial information and advice from your local SEND Information, Advice and Support Service (SENDIASS).',
  );
  paragraph(
    doc,
    'This letter is sent under the Children and Families Act 2014, ' +
      (assess
        ? 'section 36.'
        : 'section 37, and the Special Educational Needs and Disability Regulations 2014, regulation 13.'),
  );
  doc.moveDown().text('Yours sincerely,').moveDown(2).text(`${letter.councilName} SEND service`);
  doc.end();
  return done;
}
