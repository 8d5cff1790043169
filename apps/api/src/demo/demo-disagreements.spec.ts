import { DISAGREEMENT_OUTCOMES, OUTCOMES_AGAINST_THE_COUNCIL } from '@convene/domain';
import { describe, expect, it } from 'vitest';
import { generateDemoCouncil } from './demo-council.js';
import { generateDisagreements } from './demo-disagreements.js';

const TODAY = '2026-12-07';
const council = generateDemoCouncil(TODAY);
const { disagreements, actions } = generateDisagreements(council, TODAY);

describe("the demo council's disagreements", () => {
  it('has a year of complaints, mediations and appeals, one a case, each on a decision of its records', () => {
    expect(disagreements.length).toBeGreaterThanOrEqual(22);
    expect(new Set(disagreements.map((d) => d.childId)).size).toBe(disagreements.length);
    const kinds = (kind: string) => disagreements.filter((d) => d.kind === kind);
    expect(kinds('complaint').map((d) => d.complaintStage)).toEqual(
      expect.arrayContaining(['stage_1', 'stage_2']),
    );
    expect(kinds('mediation').filter((d) => d.certificateIssuedOn).length).toBeGreaterThanOrEqual(3);
    expect(kinds('appeal').length).toBeGreaterThanOrEqual(10);
    const children = new Set([...council.children, ...council.earlierPlans.children].map((c) => c.id));
    expect(disagreements.every((d) => children.has(d.childId))).toBe(true);
  });

  it('gives appeals every outcome, some against the council and some not, and leaves some still open', () => {
    const outcomes = new Set(disagreements.filter((d) => d.kind === 'appeal').map((d) => d.outcome));
    for (const outcome of DISAGREEMENT_OUTCOMES.appeal) expect(outcomes).toContain(outcome);
    expect(outcomes).toContain(null);
    expect(
      disagreements.some(
        (d) => d.kind === 'appeal' && OUTCOMES_AGAINST_THE_COUNCIL.includes(d.outcome ?? ''),
      ),
    ).toBe(true);
  });

  it('records no day after today but a hearing, and nothing before the decision’s notice', () => {
    for (const d of disagreements) {
      expect(d.openedOn >= d.decisionNotifiedOn).toBe(true);
      expect(d.openedOn >= '2025-12-01').toBe(true);
      for (const day of [
        d.openedOn,
        d.mediationDeclinedOn,
        d.mediationRequestedOn,
        d.mediationHeldOn,
        d.certificateIssuedOn,
        d.appealSentToCouncilOn,
        d.responseSentOn,
        d.outcomeOn,
        d.orderOn,
      ])
        if (day) expect(day <= TODAY && day >= d.decisionNotifiedOn).toBe(true);
      expect(d.outcome === null).toBe(d.outcomeOn === null);
    }
  });

  it('puts the one order’s steps on the Family Link Officer’s actions', () => {
    const ordered = disagreements.filter((d) => d.orderKind);
    expect(ordered).toHaveLength(1);
    expect(actions.some((a) => a.status === 'done')).toBe(true);
    expect(actions.some((a) => a.status === 'open')).toBe(true);
    const officer = [...council.children, ...council.earlierPlans.children].find(
      (c) => c.id === ordered[0]!.childId,
    )!.familyLinkOfficerId;
    expect(actions.every((a) => a.disagreementId === ordered[0]!.id && a.ownerUserId === officer)).toBe(true);
  });
});
