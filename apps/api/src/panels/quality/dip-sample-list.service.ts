import { Injectable } from '@nestjs/common';
import type { DipSampleSummary, Page } from '@convene/contracts';
import { DataSource } from 'typeorm';
import type { DipSampleListQueryDto } from './dip-sample-reviews.dto.js';

/** `%` and `_` in what was typed are matched as themselves, not as wildcards. */
const likeContaining = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface SampleRow {
  id: string;
  tier: DipSampleSummary['tier'];
  subject: DipSampleSummary['subject'];
  theme: string | null;
  seed: string;
  size: number;
  drawn_at: Date;
  drawn_by: string;
  drawn_by_name: string;
  meeting_id: string | null;
  meeting_title: string | null;
  moderated: number;
}

/** Past dip samples, newest first, for both tiers: how many plans each drew and how many are moderated. */
@Injectable()
export class DipSampleListService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: DipSampleListQueryDto): Promise<Page<DipSampleSummary>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (condition: (at: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (query.tier) add((at) => `s.tier = ${at}`, query.tier);
    if (query.month) add((at) => `to_char(s.drawn_at AT TIME ZONE 'Europe/London', 'YYYY-MM') = ${at}`, query.month);
    if (query.theme?.trim()) add((at) => `s.theme ILIKE ${at}`, likeContaining(query.theme.trim()));
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM dip_samples s ${filter}`, params);
    // Moderated: a seniors' sample's recorded grades; the group's, the items decided at its meeting.
    const rows: SampleRow[] = await this.dataSource.query(
      `SELECT s.id, s.tier, s.subject, s.theme, s.seed, s.size, s.drawn_at, s.drawn_by, u.display_name AS drawn_by_name, s.meeting_id, m.title AS meeting_title,
              CASE WHEN s.tier = 'senior'
                   THEN (SELECT count(*) FROM dip_sample_moderations d WHERE d.sample_id = s.id)
                   ELSE (SELECT count(*) FROM agenda_items a
                          WHERE a.meeting_id = s.meeting_id AND a.status = 'decided'
                            AND ((a.kind = 'dip_sample' AND a.request_id IN (SELECT p.request_id FROM dip_sample_plans p WHERE p.sample_id = s.id))
                              OR (a.kind = 'advice_audit' AND a.advice_request_id IN (SELECT v.advice_request_id FROM dip_sample_advices v WHERE v.sample_id = s.id))))
              END::int AS moderated
         FROM dip_samples s JOIN users u ON u.id = s.drawn_by LEFT JOIN meetings m ON m.id = s.meeting_id
         ${filter}
        ORDER BY s.drawn_at DESC, s.id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        tier: r.tier,
        subject: r.subject,
        theme: r.theme,
        seed: Number(r.seed),
        drawnAt: new Date(r.drawn_at).toISOString(),
        drawnBy: { id: r.drawn_by, displayName: r.drawn_by_name },
        meetingId: r.meeting_id,
        meetingTitle: r.meeting_title,
        size: Number(r.size),
        moderated: Number(r.moderated),
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}
