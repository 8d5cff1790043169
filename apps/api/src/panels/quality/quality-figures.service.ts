import { BadRequestException, Injectable } from '@nestjs/common';
import type { QualityFigures, QualityRow } from '@convene/contracts';
import { raterAgreement, type QualityGrade } from '@convene/domain';
import { DataSource } from 'typeorm';
import { VotesRepository } from '../../meetings/votes.repository.js';
import { MODERATED_ADVICE_GRADES, MODERATED_MONTH, MODERATED_PLANS } from './moderated-grades.query.js';
import { QualityFiguresRepository } from './quality-figures.repository.js';
import { MODERATED_SENIOR_PLANS, SENIOR_MODERATED_MONTH } from './senior-sample-figures.query.js';

/**
 * The Quality and Compliance Group's figures for a period: plans meeting the standard (a moderated grade of
 * Good or better) by month, theme, locality and tier, and how far reviewers' private grades agreed. Seniors'
 * samples (tier 2) count beside the group's (tier 3).
 */
@Injectable()
export class QualityFiguresService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(from: string, to: string): Promise<QualityFigures> {
    if (from > to) throw new BadRequestException(['from must be on or before to']);
    const figures = new QualityFiguresRepository(this.dataSource.manager);
    const bothTiers = (group: string, seniors: string): Promise<QualityRow[]> =>
      figures.moderatedCounts(
        [
          { source: MODERATED_PLANS, dimension: group },
          { source: MODERATED_SENIOR_PLANS, dimension: seniors },
        ],
        from,
        to,
      );
    const [[total], byMonth, byTheme, byLocality, byTier, seniorGrades, grades, advicesByAgency] =
      await Promise.all([
        bothTiers(`'all'`, `'all'`),
        bothTiers(MODERATED_MONTH, SENIOR_MODERATED_MONTH),
        bothTiers(`coalesce(m.theme, 'No theme')`, `coalesce(s.theme, 'No theme')`),
        bothTiers('l.name', 'l.name'),
        bothTiers(`'multiagency'`, `'senior'`),
        figures.seniorSampleGrades(from, to),
        // Each reviewer's latest grade on each revealed sampled plan, leaving out those who declared an interest.
        new VotesRepository(this.dataSource.manager).revealedSampleGrades(from, to),
        figures.moderatedCounts([{ source: MODERATED_ADVICE_GRADES, dimension: 'g.name' }], from, to),
      ]);
    const meetings = new Map<string, { title: string; startsAt: Date; items: Map<string, QualityGrade[]> }>();
    for (const g of grades) {
      const meeting = meetings.get(g.meeting_id) ?? {
        title: g.title,
        startsAt: g.starts_at,
        items: new Map<string, QualityGrade[]>(),
      };
      meeting.items.set(g.agenda_item_id, [...(meeting.items.get(g.agenda_item_id) ?? []), g.choice]);
      meetings.set(g.meeting_id, meeting);
    }
    const byMeeting = [...meetings.entries()]
      .sort(([, a], [, b]) => +a.startsAt - +b.startsAt)
      .map(([meetingId, m]) => ({ meetingId, title: m.title, ...raterAgreement([...m.items.values()]) }));
    const bySeniorSample = seniorGrades.map((s) => ({
      sampleId: s.sampleId,
      theme: s.theme,
      drawnAt: new Date(s.drawnAt).toISOString(),
      ...raterAgreement(s.plans),
    }));
    return {
      from,
      to,
      plans: {
        total: total ?? { key: 'all', moderated: 0, meeting: 0, percent: null },
        byMonth,
        byTheme,
        byLocality,
        byTier,
      },
      advicesByAgency,
      agreement: {
        overall: raterAgreement([
          ...[...meetings.values()].flatMap((m) => [...m.items.values()]),
          ...seniorGrades.flatMap((s) => s.plans),
        ]),
        byMeeting,
        bySeniorSample,
      },
    };
  }
}
