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

export class CriterionCannotMoveError extends DomainError {
  readonly code = 'wrong_state';
  readonly status = 409;
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

  /** Moves a criterion one place up or down within its section, by swapping places with its neighbour there. */
  async move(user: SessionUser, criterionId: string, direction: 'up' | 'down'): Promise<QualityCriterionView[]> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE quality_criteria IN SHARE ROW EXCLUSIVE MODE`);
      const [criterion] = await manager.query(`SELECT ${COLUMNS} FROM quality_criteria WHERE id = $1`, [criterionId]);
      if (!criterion) throw new CriterionNotFoundError();
      const [neighbour] = await manager.query(
        direction === 'up'
          ? `SELECT id, position FROM quality_criteria WHERE section = $1 AND position < $2 ORDER BY position DESC LIMIT 1`
          : `SELECT id, position FROM quality_criteria WHERE section = $1 AND position > $2 ORDER BY position LIMIT 1`,
        [criterion.section, criterion.position],
      );
      if (!neighbour) throw new CriterionCannotMoveError(`The criterion is already ${direction === 'up' ? 'first' : 'last'} in ${criterion.section}.`);
      await manager.query(`UPDATE quality_criteria SET position = CASE id WHEN $1::uuid THEN $3::int ELSE $4::int END WHERE id IN ($1, $2)`, [
        criterion.id,
        neighbour.id,
        neighbour.position,
        criterion.position,
      ]);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'quality_criterion.moved',
        entityType: 'quality_criterion',
        entityId: criterion.id,
        before: { position: criterion.position },
        after: { position: neighbour.position, direction, swappedWith: { id: neighbour.id, position: criterion.position } },
      });
    });
    return this.list();
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
