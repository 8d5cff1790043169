import { Injectable } from '@nestjs/common';
import type { QualityCriterionView } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import type { SessionUser } from '../../identity/session-user.js';
import { QualityFrameworkRepository } from './quality-framework.repository.js';
import type { AddQualityCriterionDto, ChangeQualityCriterionDto } from './quality.dto.js';

class CriterionNotFoundError extends DomainError {
  readonly code = 'criterion_not_found';
  readonly status = 404;
  constructor() {
    super('There is no such criterion in the quality framework.');
  }
}

class CriterionCannotMoveError extends DomainError {
  readonly code = 'wrong_state';
  readonly status = 409;
}

/** The council's quality framework for EHC plans: sections and weighted criteria, kept by administrators. */
@Injectable()
export class QualityFrameworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<QualityCriterionView[]> {
    return new QualityFrameworkRepository(this.dataSource.manager).list();
  }

  /** Moves a criterion one place up or down within its section, by swapping places with its neighbour there. */
  async move(
    user: SessionUser,
    criterionId: string,
    direction: 'up' | 'down',
  ): Promise<QualityCriterionView[]> {
    await this.dataSource.transaction(async (manager) => {
      const framework = new QualityFrameworkRepository(manager);
      await framework.lockAll();
      const criterion = await framework.find(criterionId);
      if (!criterion) throw new CriterionNotFoundError();
      const neighbour = await framework.neighbour(criterion, direction);
      if (!neighbour)
        throw new CriterionCannotMoveError(
          `The criterion is already ${direction === 'up' ? 'first' : 'last'} in ${criterion.section}.`,
        );
      await framework.swapPlaces(criterion, neighbour);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'quality_criterion.moved',
        entityType: 'quality_criterion',
        entityId: criterion.id,
        before: { position: criterion.position },
        after: {
          position: neighbour.position,
          direction,
          swappedWith: { id: neighbour.id, position: criterion.position },
        },
      });
    });
    return this.list();
  }

  async add(user: SessionUser, body: AddQualityCriterionDto): Promise<QualityCriterionView> {
    return this.dataSource.transaction(async (manager) => {
      const framework = new QualityFrameworkRepository(manager);
      await framework.lockAll();
      const row = await framework.add(body.section.trim(), body.text.trim(), body.weight);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'quality_criterion.added',
        entityType: 'quality_criterion',
        entityId: row.id,
        after: { ...row },
      });
      return row;
    });
  }

  async change(
    user: SessionUser,
    criterionId: string,
    body: ChangeQualityCriterionDto,
  ): Promise<QualityCriterionView> {
    return this.dataSource.transaction(async (manager) => {
      const framework = new QualityFrameworkRepository(manager);
      const before = await framework.find(criterionId, true);
      if (!before) throw new CriterionNotFoundError();
      const after = await framework.change(criterionId, {
        section: body.section?.trim() ?? null,
        text: body.text?.trim() ?? null,
        weight: body.weight ?? null,
        active: body.active ?? null,
      });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'quality_criterion.changed',
        entityType: 'quality_criterion',
        entityId: criterionId,
        before: { ...before },
        after: { ...after },
      });
      return after;
    });
  }
}
