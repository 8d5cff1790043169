import { Injectable } from '@nestjs/common';
import type { DipSampleSummary, Page } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { DipSamplesRepository } from './dip-samples.repository.js';
import type { DipSampleListQueryDto } from './dip-sample-reviews.dto.js';

/** Past dip samples, newest first, for both tiers: how many plans each drew and how many are moderated. */
@Injectable()
export class DipSampleListService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: DipSampleListQueryDto): Promise<Page<DipSampleSummary>> {
    const { rows, total } = await new DipSamplesRepository(this.dataSource.manager).list(
      query,
      query.page,
      query.pageSize,
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
