import { describe, expect, it } from 'vitest';
import { disagreementClocks, type DisagreementDates } from './disagreement-clocks.js';

const REFUSAL: DisagreementDates = {
  kind: 'mediation',
  appealableDecision: 'refusal_to_assess',
  decisionNotifiedOn: '2026-10-01',
  openedOn: '2026-10-20',
};
const briefly = (record: DisagreementDates, today: string) =>
  disagreementClocks(record, today).map((c) => [c.step, c.dueOn, c.whose, c.state]);

describe('the clocks of a disagreement', () => {
  it('after the family asks to mediate: the mediation within 30 days, then the certificate in 3 working days', () => {
    const asked = { ...REFUSAL, mediationRequestedOn: '2026-10-20' };
    expect(briefly(asked, '2026-11-25')).toEqual([
      ['The mediation takes place', '2026-11-19', 'council', 'overdue'],
      ['The family contacts the mediation adviser, if they wish to appeal', '2026-12-01', 'family', 'done'],
    ]);
    const held = { ...asked, mediationHeldOn: '2026-11-13' };
    expect(briefly(held, '2026-11-25')).toEqual(
      [
        ['The mediation takes place', '2026-11-19', 'council', 'done'],
        [
          'The mediation adviser issues the mediation certificate',
          '2026-11-18',
          'mediation_adviser',
          'overdue',
        ],
        ['The family contacts the mediation adviser, if they wish to appeal', '2026-12-01', 'family', 'done'],
      ].sort((a, b) => a[1]!.localeCompare(b[1]!)),
    );
  });

  it('after the family declines mediation: the certificate, done late when issued after 3 working days', () => {
    const declined = { ...REFUSAL, mediationDeclinedOn: '2026-10-20', certificateIssuedOn: '2026-10-26' };
    const [certificate] = disagreementClocks(declined, '2026-11-25');
    expect(certificate).toMatchObject({ dueOn: '2026-10-23', doneOn: '2026-10-26', state: 'done_late' });
  });

  it('an appeal: registered in time from the certificate, the council’s response counted in working days', () => {
    const appeal: DisagreementDates = {
      kind: 'appeal',
      appealableDecision: 'refusal_to_assess',
      decisionNotifiedOn: '2026-09-01',
      certificateIssuedOn: '2026-10-26',
      openedOn: '2026-11-20',
      appealSentToCouncilOn: '2026-11-23',
    };
    expect(briefly(appeal, '2026-12-07')).toEqual([
      ['The family registers an appeal with the First-tier Tribunal (SEND)', '2026-11-26', 'family', 'done'],
      ['The council sends its response to the appeal', '2027-01-07', 'council', 'due'],
    ]);
    expect(disagreementClocks(appeal, '2026-12-07')[1]!.daysLeft).toBe(31);
  });

  it('a step the outcome overtook stops running: no response is chased on a conceded appeal, the order runs on', () => {
    const conceded: DisagreementDates = {
      kind: 'appeal',
      appealableDecision: 'refusal_to_assess',
      decisionNotifiedOn: '2026-09-01',
      certificateIssuedOn: '2026-10-26',
      openedOn: '2026-11-20',
      appealSentToCouncilOn: '2026-11-23',
      outcomeOn: '2026-12-01',
      orderKind: 'assess',
      orderOn: '2026-12-01',
      orderSource: 'unopposed',
    };
    const clocks = disagreementClocks(conceded, '2027-02-01');
    expect(clocks.find((c) => c.whose === 'council' && c.step.includes('response'))!.state).toBe('ended');
    expect(clocks.filter((c) => c.state === 'overdue').length).toBeGreaterThan(0);
    expect(clocks.filter((c) => c.state === 'overdue').every((c) => !c.step.includes('response'))).toBe(true);
    // Without the outcome the same response is overdue.
    const open = disagreementClocks({ ...conceded, outcomeOn: null }, '2027-02-01');
    expect(open.find((c) => c.step.includes('response'))!.state).toBe('overdue');
  });

  it('a placement-only appeal runs from the decision alone: no certificate is needed', () => {
    const placement: DisagreementDates = {
      kind: 'appeal',
      appealableDecision: 'named_placement',
      decisionNotifiedOn: '2026-09-01',
      certificateIssuedOn: '2026-10-26',
      openedOn: '2026-11-20',
    };
    expect(disagreementClocks(placement, '2026-12-07')[0]).toMatchObject({
      dueOn: '2026-11-01',
      state: 'done_late',
    });
  });

  it('after an order: each step the council must take, done or overdue', () => {
    const ordered: DisagreementDates = {
      kind: 'appeal',
      appealableDecision: 'refusal_to_issue',
      decisionNotifiedOn: '2026-06-01',
      openedOn: '2026-07-01',
      orderKind: 'make_and_maintain_plan',
      orderOn: '2026-10-05',
      orderSource: 'order',
      complianceDoneOn: ['2026-11-06'],
    };
    expect(briefly(ordered, '2026-12-21').slice(1)).toEqual([
      ['Issue the draft plan', '2026-11-09', 'council', 'done'],
      ['Send the final plan', '2026-12-21', 'council', 'due'],
    ]);
    expect(briefly(ordered, '2026-12-22')[2]).toEqual([
      'Send the final plan',
      '2026-12-21',
      'council',
      'overdue',
    ]);
  });

  it('a complaint has no statutory clock', () => {
    expect(disagreementClocks({ ...REFUSAL, kind: 'complaint' }, '2026-12-07')).toEqual([]);
  });
});
