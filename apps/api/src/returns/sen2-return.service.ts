import { Injectable } from '@nestjs/common';
import type { Sen2Report } from '@convene/contracts';
import {
  sen2CollectionYear,
  sen2Issues,
  sen2Xml,
  toSen2Person,
  type Sen2Issue,
  type Sen2Person,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { APP_VERSION } from '../common/app-version.js';
import { AppConfig } from '../config/app-config.js';
import type { SessionUser } from '../identity/session-user.js';
import { LaNumberNotSetError } from './sen2-return.errors.js';
import { Sen2ReturnRepository } from './sen2-return.repository.js';

const LA_NUMBER_MISSING =
  "The council's three-digit LA number is not set (COUNCIL_LA_NUMBER): the file cannot be made until it is.";

interface CheckedPerson {
  person: Sen2Person;
  issues: Sen2Issue[];
}

/**
 * The SEN2 person-level return for a census date (docs/sen2.md): every child in scope mapped to the
 * specification's fields, checked against its rules; the report lists what holds a record back, the export
 * writes the records that are ready. Names and dates of birth go only into the file, never into a log.
 */
@Injectable()
export class Sen2ReturnService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  private async checked(censusDate: string): Promise<CheckedPerson[]> {
    const children = await new Sen2ReturnRepository(this.dataSource.manager).childrenFor(censusDate);
    return children
      .map((child) => toSen2Person(child, censusDate))
      .filter((person): person is Sen2Person => person !== null)
      .map((person) => ({ person, issues: sen2Issues(person, censusDate) }));
  }

  async report(censusDate: string): Promise<Sen2Report> {
    const checked = await this.checked(censusDate);
    const requests = checked.flatMap(({ person }) => person.Requests);
    const plans = requests.flatMap((r) => (r.Assessment?.NamedPlan ? [r.Assessment.NamedPlan] : []));
    const held = checked.filter(({ issues }) => issues.length > 0);
    return {
      censusDate,
      collectionYear: sen2CollectionYear(censusDate),
      returnIssues: this.config.COUNCIL_LA_NUMBER ? [] : [LA_NUMBER_MISSING],
      counts: {
        persons: checked.length,
        ready: checked.length - held.length,
        heldBack: held.length,
        requests: requests.length,
        assessments: requests.filter((r) => r.Assessment !== null).length,
        namedPlans: plans.length,
        activePlans: requests.filter((r) => r.ActivePlans !== null).length,
        ceasedPlans: plans.filter((p) => p.CeaseDate !== null).length,
        placements: requests.reduce((sum, r) => sum + (r.ActivePlans?.PlacementDetail.length ?? 0), 0),
      },
      records: held.map(({ person, issues }) => ({
        childId: person.childId,
        caseReference: person.caseReference,
        issues,
      })),
    };
  }

  /** The XML file of every record that is ready, its export written to the audit trail (who, census date, how many). */
  async export(
    user: SessionUser,
    censusDate: string,
  ): Promise<{ xml: string; persons: number; heldBack: number }> {
    const laNumber = this.config.COUNCIL_LA_NUMBER;
    if (!laNumber) throw new LaNumberNotSetError();
    const checked = await this.checked(censusDate);
    const ready = checked.filter(({ issues }) => issues.length === 0).map(({ person }) => person);
    const dco = await new Sen2ReturnRepository(this.dataSource.manager).hasDesignatedClinicalOfficer();
    const xml = sen2Xml(
      {
        censusDate,
        laNumber,
        softwareRelease: APP_VERSION,
        madeAt: new Date().toISOString().slice(0, 19),
        // Convene has one designated officer role for health, the DCO; a separate DMO is not recorded.
        dmo: 'N',
        dco: dco ? 'Y' : 'N',
      },
      ready,
    );
    const heldBack = checked.length - ready.length;
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: user.id,
        action: 'sen2_return.exported',
        entityType: 'sen2_return',
        entityId: censusDate,
        after: { censusDate, persons: ready.length, heldBack },
      }),
    );
    return { xml, persons: ready.length, heldBack };
  }
}
