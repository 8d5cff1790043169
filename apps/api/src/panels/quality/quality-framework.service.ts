import { Injectable } from '@nestjs/common';
import type { QualityCriterionView } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import type { SessionUser } from '../../identity/session-user.js';
import type { AddQualityCriterionDto, ChangeQualityCriterionDto } from './quality.dto.js';

export class CriterionNotFoundError extends DomainError {
  readonly code = 'criterion_not_found';
  readonly status = 404;
  constructor() {
    super('There is no such criterion in the quality framework.');
  }
}

const COLUMNS = `id, section, text, weight, position, active`;

/** The council's quality framework for EHC plans: sections and weighted criteria, kept by administrators. */
@Injectable()
export class QualityFrameworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<QualityCriterionView[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM quality_criteria ORDER BY position`);
  }

  async add(user: SessionUser, body: AddQualityCriterionDto): Promise<QualityCriterionView> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE quality_criteria IN SHARE ROW EXCLUSIVE MODE`);
      const [row] = await manager.query(
        `INSERT INTO quality_criteria (section, text, weight, position) SELECT $1, $2, $3, coalesce(max(position), 0) + 1 FROM quality_criteria RETURNING ${COLUMNS}`,
        [body.section.trim(), body.text.trim(), body.weight],
      );
      await this.audit.record(manager, { actorId: user.id, action: 'quality_criterion.added', entityType: 'quality_criterion', entityId: row.id, after: row });
      return row;
    });
  }

  async change(user: SessionUser, criterionId: string, body: ChangeQualityCriterionDto): Promise<QualityCriterionView> {
    return this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query(`SELECT ${COLUMNS} FROM quality_criteria WHERE id = $1 FOR UPDATE`, [criterionId]);
      if (!before) throw new CriterionNotFoundError();
      // An UPDATE answers with its rows and the count.
      const [[after]] = await manager.query(
        `UPDATE quality_criteria SET section = coalesce($2, section), text = coalesce($3, text), weight = coalesce($4, weight), active = coalesce($5, active)
          WHERE id = $1 RETURNING ${COLUMNS}`,
        [criterionId, body.section?.trim() ?? null, body.text?.trim() ?? null, body.weight ?? null, body.active ?? null],
      );
      await this.audit.record(manager, { actorId: user.id, action: 'quality_criterion.changed', entityType: 'quality_criterion', entityId: criterionId, before, after });
      return after;
    });
  }
}
