import { describe, expect, it } from 'vitest';
import {
  appealDeadline,
  complianceDeadlines,
  mediationAdviceDeadline,
  mediationAgreementOtherDeadline,
  mediationCertificateDeadline,
  mediationHeldDeadline,
  responseDeadline,
} from './disagreement-time-limits.js';

describe('the time limits after a decision the family disagrees with', () => {
  it('gives the family 2 months from the decision’s notice to contact the mediation adviser (reg 33)', () => {
    expect(mediationAdviceDeadline('2026-11-30')).toEqual({
      step: 'The family contacts the mediation adviser, if they wish to appeal',
      dueOn: '2027-01-30',
      citation: 'SEND Regulations 2014, reg 33',
    });
  });

  it('has the certificate issued within 3 working days, over a bank holiday', () => {
    expect(mediationCertificateDeadline('2026-12-23', 'declined')).toMatchObject({
      dueOn: '2026-12-30',
      citation: 'SEND Regulations 2014, reg 34',
    });
    expect(mediationCertificateDeadline('2026-12-07', 'mediation_held').dueOn).toBe('2026-12-10');
  });

  it('has the mediation held within 30 calendar days of the council being told', () => {
    expect(mediationHeldDeadline('2026-12-07').dueOn).toBe('2027-01-06');
  });

  it('runs the appeal to the later of 2 months from the decision and 1 month from the certificate (HESC r.20)', () => {
    expect(appealDeadline('2026-10-15', null).dueOn).toBe('2026-12-15');
    expect(appealDeadline('2026-10-15', '2026-11-01').dueOn).toBe('2026-12-15');
    expect(appealDeadline('2026-10-15', '2026-12-10').dueOn).toBe('2027-01-10');
  });

  it('counts the council’s response in working days from the appeal being sent to it', () => {
    // 30 working days from Monday 7 December 2026, over Christmas, Boxing Day's substitute and New Year's Day.
    expect(responseDeadline('2026-12-07')).toEqual({
      step: 'The council sends its response to the appeal',
      dueOn: '2027-01-21',
      citation: 'HESC Rules 2008, r.21',
    });
  });
});

describe('what the council must do after an order, a mediation agreement or an unopposed appeal', () => {
  it('after an order to assess: 2 weeks to say so, 10 weeks to refuse a plan, 14 weeks to issue one (reg 44(2)(b))', () => {
    expect(complianceDeadlines('assess', '2026-12-07', 'order')).toEqual([
      {
        step: 'Tell the family the assessment will be made',
        dueOn: '2026-12-21',
        citation: 'SEND Regulations 2014, reg 44(2)(b)',
      },
      {
        step: 'If no plan is needed: tell the family, with reasons',
        dueOn: '2027-02-15',
        citation: 'SEND Regulations 2014, reg 44(2)(b)(i)',
      },
      {
        step: 'If a plan is needed: send the final plan',
        dueOn: '2027-03-15',
        citation: 'SEND Regulations 2014, reg 44(2)(b)(ii)',
      },
    ]);
  });

  it('names the school within 2 weeks, amends needs or provision within 5, continues a plan the same day', () => {
    expect(complianceDeadlines('name_school', '2026-12-07', 'order')[0]!.dueOn).toBe('2026-12-21');
    expect(complianceDeadlines('amend_needs_or_provision', '2026-12-07', 'order')[0]!.dueOn).toBe(
      '2027-01-11',
    );
    expect(complianceDeadlines('continue_plan', '2026-12-07', 'order')[0]!.dueOn).toBe('2026-12-07');
  });

  it('runs the same days from a mediation agreement (reg 42(2)) and from a conceded appeal (reg 45)', () => {
    const agreed = complianceDeadlines('make_and_maintain_plan', '2026-12-07', 'mediation_agreement');
    expect(agreed.map((l) => [l.dueOn, l.citation])).toEqual([
      ['2027-01-11', 'SEND Regulations 2014, reg 42(2) and reg 44(2)(c)(i)'],
      ['2027-02-22', 'SEND Regulations 2014, reg 42(2) and reg 44(2)(c)(ii)'],
    ]);
    expect(complianceDeadlines('name_school', '2026-12-07', 'unopposed')).toEqual([
      {
        step: 'Issue the amended plan naming the school',
        dueOn: '2026-12-21',
        citation: 'SEND Regulations 2014, reg 45',
      },
    ]);
  });

  it('gives 2 weeks for what a mediation agreement asks that could not have been appealed (reg 42(3))', () => {
    expect(mediationAgreementOtherDeadline('2026-12-07').dueOn).toBe('2026-12-21');
  });
});
