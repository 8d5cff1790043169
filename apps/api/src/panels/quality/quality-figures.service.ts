import { BadRequestException, Injectable } from '@nestjs/common';
import type { QualityFigures, QualityRow } from '@convene/contracts';
import { raterAgreement, type QualityGrade } from '@convene/domain';
import { DataSource } from 'typeorm';
import { moderatedCounts, MODERATED_ADVICE_GRADES, MODERATED_MONTH, MODERATED_PLANS } from './moderated-grades.query.js';
import { MODERATED_SENIOR_PLANS, SENIOR_MODERATED_MONTH, seniorSampleGrades } from './senior-sample-figures.query.js';

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
    const bothTiers = (group: string, seniors: string): Promise<QualityRow[]> =>
      moderatedCounts(this.dataSource, [{ source: MODERATED_PLANS, dimension: group }, { source: MODERATED_SENIOR_PLANS, dimension: seniors }], from, to);
    const [[total], byMonth, byTheme, byLocality, byTier, seniorGrades, grades, advicesByAgency] = await Promise.all([
      bothTiers(`'all'`, `'all'`),
      bothTiers(MODERATED_MONTH, SENIOR_MODERATED_MONTH),
      bothTiers(`coalesce(m.theme, 'No theme')`, `coalesce(s.theme, 'No theme')`),
      bothTiers('l.name', 'l.name'),
      bothTiers(`'multiagency'`, `'senior'`),
      seniorSampleGrades(this.dataSource, from, to),
      // Each reviewer's latest grade on each revealed sampled plan, leaving out those who declared an interest.
      this.dataSource.query(
        `SELECT DISTINCT ON (v.agenda_item_id, v.voter_id) m.id AS meeting_id, m.title, m.starts_at, v.agenda_item_id, v.choice
           FROM votes v JOIN agenda_items a ON a.id = v.agenda_item_id JOIN meetings m ON m.id = a.meeting_id
          WHERE a.kind = 'dip_sample' AND a.voting_status = 'revealed'
            AND (m.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2
            AND NOT EXISTS (SELECT 1 FROM declarations_of_interest d WHERE d.agenda_item_id = v.agenda_item_id AND d.user_id = v.voter_id)
          ORDER BY v.agenda_item_id, v.voter_id, v.id DESC`,
        [from, to],
      ),
      moderatedCounts(this.dataSource, [{ source: MODERATED_ADVICE_GRADES, dimension: 'g.name' }], from, to),
    ]);
    const meetings = new Map<string, { title: string; startsAt: Date; items: Map<string, QualityGrade[]> }>();
    for (const g of grades as { meeting_id: string; title: string; starts_at: Date; agenda_item_id: string; choice: QualityGrade }[]) {
      const meeting = meetings.get(g.meeting_id) ?? { title: g.title, startsAt: g.starts_at, items: new Map() };
      meeting.items.set(g.agenda_item_id, [...(meeting.items.get(g.agenda_item_id) ?? []), g.choice]);
      meetings.set(g.meeting_id, meeting);
    }
    const byMeeting = [...meetings.entries()]
      .sort(([, a], [, b]) => +a.startsAt - +b.startsAt)
      .map(([meetingId, m]) => ({ meetingId, title: m.title, ...raterAgreement([...m.items.values()]) }));
    const bySeniorSample = seniorGrades.map((s) => ({ sampleId: s.sampleId, theme: s.theme, drawnAt: new Date(s.drawnAt).toISOString(), ...raterAgreement(s.plans) }));
    return {
      from,
      to,
      plans: { total: total ?? { key: 'all', moderated: 0, meeting: 0, percent: null }, byMonth, byTheme, byLocality, byTier },
      advicesByAgency,
      agreement: {
        overall: raterAgreement([...[...meetings.values()].flatMap((m) => [...m.items.values()]), ...seniorGrades.flatMap((s) => s.plans)]),
        byMeeting,
        bySeniorSample,
      },
    };
  }
}
