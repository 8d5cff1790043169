import { Injectable } from '@nestjs/common';
import type { ThresholdCriterionView } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import type { SessionUser } from '../../identity/session-user.js';
import type { CreateCriterionDto, UpdateCriterionDto } from './threshold-criteria.dto.js';

export class CriterionNotFoundError extends DomainError {
  readonly code = 'criterion_not_found';
  readonly status = 404;
  constructor() {
    super('There is no such threshold criterion.');
  }
}

const COLUMNS = `id, item_kind AS "itemKind", text, position, active`;

/** The council's threshold criteria for each kind of decision, kept by the administrator, with audit. */
@Injectable()
export class ThresholdCriteriaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<ThresholdCriterionView[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM threshold_criteria ORDER BY item_kind, position, created_at`);
  }

  async create(admin: SessionUser, body: CreateCriterionDto): Promise<ThresholdCriterionView> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO threshold_criteria (item_kind, text, position)
         VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM threshold_criteria WHERE item_kind = $1)) RETURNING ${COLUMNS}`,
        [body.itemKind, body.text.trim()],
      );
      await this.audit.record(manager, { actorId: admin.id, action: 'criterion.created', entityType: 'threshold_criterion', entityId: row.id, after: row });
      return row;
    });
  }

  async update(admin: SessionUser, id: string, body: UpdateCriterionDto): Promise<ThresholdCriterionView> {
    return this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query(`SELECT ${COLUMNS} FROM threshold_criteria WHERE id = $1 FOR UPDATE`, [id]);
      if (!before) throw new CriterionNotFoundError();
      const [[after]] = await manager.query(
        `UPDATE threshold_criteria SET text = coalesce($2, text), active = coalesce($3, active), position = coalesce($4, position) WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, body.text?.trim() ?? null, body.active ?? null, body.position ?? null],
      );
      await this.audit.record(manager, { actorId: admin.id, action: 'criterion.updated', entityType: 'threshold_criterion', entityId: id, before, after });
      return after;
    });
  }
}
