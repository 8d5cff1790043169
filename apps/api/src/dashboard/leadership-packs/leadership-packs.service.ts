import { Injectable } from '@nestjs/common';
import type { LeadershipPack, LeadershipPackSummary } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { todayInEngland } from '../../common/today.js';
import type { SessionUser } from '../../identity/session-user.js';
import { MonthToComeError, NarrativeMissingError, PackAlreadyIssuedError } from './leadership-pack.errors.js';
import { LeadershipPackFiguresService } from './leadership-pack-figures.service.js';
import { LeadershipPacksRepository, type LeadershipPackRow } from './leadership-packs.repository.js';

const issuer = (row: Pick<LeadershipPackRow, 'issued_by' | 'issued_by_name'>) =>
  row.issued_by ? { id: row.issued_by, displayName: row.issued_by_name ?? '' } : null;

/**
 * The monthly leadership pack: a draft counts its figures live while the service writes its narrative; issuing it
 * freezes the figures as they stand that day, and from then on it is read-only. Every edit and the issue are audited.
 */
@Injectable()
export class LeadershipPacksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: LeadershipPackFiguresService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<LeadershipPackSummary[]> {
    const rows = await new LeadershipPacksRepository(this.dataSource.manager).list();
    return rows.map((row) => ({
      month: row.month,
      status: row.status,
      hasNarrative: row.narrative.trim().length > 0,
      issuedBy: issuer(row),
      issuedAt: row.issued_at ? new Date(row.issued_at).toISOString() : null,
    }));
  }

  async pack(month: string): Promise<LeadershipPack> {
    refuseMonthToCome(month);
    const row = await new LeadershipPacksRepository(this.dataSource.manager).find(month);
    return {
      month,
      status: row?.status ?? 'draft',
      narrative: row?.narrative ?? '',
      issuedBy: row ? issuer(row) : null,
      issuedAt: row?.issued_at ? new Date(row.issued_at).toISOString() : null,
      // An issued pack's figures are those it was issued with, whatever the records say now.
      figures: row?.figures ?? (await this.figures.figures(month)),
    };
  }

  async writeNarrative(user: SessionUser, month: string, narrative: string): Promise<LeadershipPack> {
    refuseMonthToCome(month);
    await this.dataSource.transaction(async (manager) => {
      const packs = new LeadershipPacksRepository(manager);
      const pack = await packs.lock(month);
      if (pack.status === 'issued') throw new PackAlreadyIssuedError(month);
      if (pack.narrative === narrative) return;
      await packs.writeNarrative(pack.id, narrative);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'leadership_pack.narrative_written',
        entityType: 'leadership_pack',
        entityId: pack.id,
        before: { month, narrative: pack.narrative },
        after: { month, narrative },
      });
    });
    return this.pack(month);
  }

  async issue(user: SessionUser, month: string): Promise<LeadershipPack> {
    refuseMonthToCome(month);
    await this.dataSource.transaction(async (manager) => {
      const packs = new LeadershipPacksRepository(manager);
      const pack = await packs.lock(month);
      if (pack.status === 'issued') throw new PackAlreadyIssuedError(month);
      if (!pack.narrative.trim()) throw new NarrativeMissingError();
      // Counted while the pack is locked, so a second issue waits and is then refused rather than counting again.
      const figures = await this.figures.figures(month);
      const issuedAt = await packs.issue(pack.id, user.id, figures);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'leadership_pack.issued',
        entityType: 'leadership_pack',
        entityId: pack.id,
        before: { month, status: 'draft' },
        after: {
          month,
          status: 'issued',
          issuedAt: new Date(issuedAt).toISOString(),
          countedOn: figures.countedOn,
        },
      });
    });
    return this.pack(month);
  }
}

function refuseMonthToCome(month: string): void {
  if (month > todayInEngland().slice(0, 7)) throw new MonthToComeError();
}
