import { EHC_PLAN_SECTIONS, redactPlanText } from '@convene/domain';
import { describe, expect, it } from 'vitest';
import { generateDemoCouncil } from './demo-council.js';
import { longDate, shortDate } from './demo-plan-texts.js';

const TODAY = '2026-11-23';
const council = generateDemoCouncil(TODAY);
// This year's plans, and those issued in the years before it.
const issued = [...council.requests, ...council.earlierPlans.requests].filter(
  (r) => r.stage === 'final_issued',
);
const childById = new Map([...council.children, ...council.earlierPlans.children].map((c) => [c.id, c]));
const sectionsOf = (requestId: string) => council.planSections.filter((s) => s.requestId === requestId);

describe("the demo council's issued plans", () => {
  it('gives every issued plan its words, the same again from the same seed and day', () => {
    expect(issued.length).toBeGreaterThan(100);
    for (const request of issued) expect(sectionsOf(request.id).length).toBeGreaterThanOrEqual(6);
    expect(generateDemoCouncil(TODAY).planSections).toEqual(council.planSections);
  });

  it('writes plans of uneven quality: some with every section A to K, some leaving sections out', () => {
    const counts = issued.map((r) => sectionsOf(r.id).length);
    expect(counts.filter((n) => n === EHC_PLAN_SECTIONS.length).length).toBeGreaterThan(issued.length / 5);
    expect(counts.filter((n) => n < EHC_PLAN_SECTIONS.length - 2).length).toBeGreaterThan(issued.length / 10);
  });

  it("names the child, a parent or carer and the setting in the plan's text", () => {
    const request = issued.find(
      (r) =>
        sectionsOf(r.id).length === EHC_PLAN_SECTIONS.length &&
        childById.get(r.childId)!.settingName.includes('School'),
    )!;
    const child = childById.get(request.childId)!;
    const text = sectionsOf(request.id)
      .map((s) => s.text)
      .join('\n');
    const carers = council.parentCarers.filter((p) => p.childId === child.id);
    expect(carers.length).toBeGreaterThanOrEqual(1);
    expect(text).toContain(child.givenName);
    expect(text).toContain(`${child.givenName} ${child.familyName}`);
    expect(text).toContain(longDate(child.dateOfBirth));
    expect(text).toContain(carers[0]!.name);
    expect(text).toContain(child.settingName);
  });

  it('leaves no name, date of birth, address or telephone number once redacted, in any of them', () => {
    for (const request of issued) {
      const child = childById.get(request.childId)!;
      const carers = council.parentCarers.filter((p) => p.childId === child.id).map((p) => p.name);
      const identifiers = {
        child: { givenName: child.givenName, familyName: child.familyName },
        parentCarers: carers,
        settingName: child.settingName,
      };
      const redacted = sectionsOf(request.id)
        .map((s) => redactPlanText(s.text, identifiers))
        .join('\n');
      const words = [child.givenName, child.familyName, ...carers.flatMap((c) => c.split(' '))];
      for (const word of words)
        expect(redacted, child.caseReference).not.toMatch(
          new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu'),
        );
      expect(redacted).not.toContain(longDate(child.dateOfBirth));
      expect(redacted).not.toContain(shortDate(child.dateOfBirth));
      expect(redacted).not.toMatch(/FN\d+ \d[A-Z]{2}|07700 900\d{3}|01632 960\d{3}|@example\.net/);
      if (!['Electively home educated', 'Not in a setting'].includes(child.settingName))
        expect(redacted).not.toContain(child.settingName.split(',')[0]);
    }
  });
});
