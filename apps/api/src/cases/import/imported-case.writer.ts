import { Injectable } from '@nestjs/common';
import { CLOSED_REQUEST_STAGES } from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { CasesRepository } from '../cases.repository.js';
import { ImportRowRefusedError } from './import-row-refused.error.js';
import { ImportedCasesRepository, type RecordedCase } from './imported-cases.repository.js';
import type { ImportedCase, ImportedChild, ImportedException, ImportedRequest } from './imported-case.js';

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

/** Case references read in one statement when looking for unchanged cases. */
const READ_BATCH = 2_000;

/** Written on the steps and exceptions the import records, so the case timeline says where they came from. */
const IMPORT_NOTE = 'Imported from the case-management system';

/**
 * Writes one checked row in its own transaction: all of it or nothing. A new case reference creates the
 * child, its request, one step for each point reached and any exception; a known one is compared with
 * what is recorded and brought up to date only when it differs, so importing a file twice writes nothing.
 */
@Injectable()
export class ImportedCaseWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The references of the cases already recorded exactly as imported, read in bulk and without locks so
   * that importing a file again is quick. A case changed meanwhile is simply one the import saw first.
   */
  async findUnchanged(cases: readonly ImportedCase[]): Promise<Set<string>> {
    const unchanged = new Set<string>();
    for (let start = 0; start < cases.length; start += READ_BATCH) {
      const batch = cases.slice(start, start + READ_BATCH);
      const recorded = await new ImportedCasesRepository(this.dataSource.manager).recorded(
        batch.map((c) => c.caseReference),
        false,
      );
      for (const imported of batch) {
        const found = recorded.get(imported.caseReference);
        if (found && isUnchanged(found, imported)) unchanged.add(imported.caseReference);
      }
    }
    return unchanged;
  }

  write(actorId: string, imported: ImportedCase): Promise<ImportOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const recorded = (
        await new ImportedCasesRepository(manager).recorded([imported.caseReference], true)
      ).get(imported.caseReference);
      if (!recorded) return this.create(manager, actorId, imported);
      if (isUnchanged(recorded, imported)) return 'unchanged';
      await this.update(manager, actorId, recorded, imported);
      return 'updated';
    });
  }

  private async create(
    manager: EntityManager,
    actorId: string,
    imported: ImportedCase,
  ): Promise<ImportOutcome> {
    const child = imported.child;
    const cases = new ImportedCasesRepository(manager);
    const childId = await new CasesRepository(manager).createChild(imported.caseReference, child);
    if (!childId) {
      throw new ImportRowRefusedError(
        'case_reference',
        `case_reference ${imported.caseReference} was added by someone else during the import: import the file again to bring it up to date`,
      );
    }
    const requestId = await cases.addRequest(childId, imported.request);
    await cases.recordSteps(requestId, actorId, IMPORT_NOTE, imported.steps);
    if (imported.exception) await this.recordException(cases, requestId, imported.exception, []);
    await this.audit.record(manager, {
      actorId,
      action: 'case.imported',
      entityType: 'child',
      entityId: childId,
      after: {
        caseReference: imported.caseReference,
        line: imported.line,
        child: { ...child },
        request: { id: requestId, ...imported.request },
        exception: imported.exception,
      },
    });
    return 'created';
  }

  private async update(
    manager: EntityManager,
    actorId: string,
    recorded: RecordedCase,
    imported: ImportedCase,
  ): Promise<void> {
    const cases = new ImportedCasesRepository(manager);
    if (!sameChild(recorded.child, imported.child))
      await new CasesRepository(manager).updateChild(recorded.id, imported.child);
    const latest = recorded.request;
    let requestId = recorded.requestId;
    let exceptions = recorded.exceptions;
    if (
      !latest ||
      (CLOSED_REQUEST_STAGES.includes(latest.stage) && imported.request.receivedOn > latest.receivedOn)
    ) {
      // A closed request moves no further: a later request for the same child starts again (NEXT_STAGES).
      requestId = await cases.addRequest(recorded.id, imported.request);
      exceptions = [];
    } else if (imported.request.receivedOn < latest.receivedOn && recorded.requestCount > 1) {
      throw new ImportRowRefusedError(
        'received_on',
        `case ${imported.caseReference} already has a later request, received on ${latest.receivedOn}; this row describes an older one (received_on ${imported.request.receivedOn}), which is not imported over it`,
      );
    } else if (!sameRequest(latest, imported.request)) {
      await cases.updateRequest(requestId!, imported.request);
    }
    await cases.recordSteps(requestId!, actorId, IMPORT_NOTE, imported.steps);
    if (imported.exception && !exceptions.some((x) => sameException(x, imported.exception!))) {
      await this.recordException(cases, requestId!, imported.exception, exceptions);
    }
    await this.audit.record(manager, {
      actorId,
      action: 'case.import_updated',
      entityType: 'child',
      entityId: recorded.id,
      before: {
        caseReference: imported.caseReference,
        child: { ...recorded.child },
        request: latest && { id: recorded.requestId, ...latest },
        exceptions: recorded.exceptions,
      },
      after: {
        caseReference: imported.caseReference,
        line: imported.line,
        child: { ...imported.child },
        request: { id: requestId, ...imported.request },
        exception: imported.exception,
      },
    });
  }

  /** The exception this import recorded before is corrected in place; any other is left as it was recorded. */
  private async recordException(
    cases: ImportedCasesRepository,
    requestId: string,
    exception: ImportedException,
    recorded: RecordedCase['exceptions'],
  ): Promise<void> {
    const imported = recorded.find((x) => x.note === IMPORT_NOTE);
    if (imported) await cases.correctException(imported.id, exception);
    else await cases.addException(requestId, exception, IMPORT_NOTE);
  }
}

/** The same data and the same latest request: nothing to write. */
function isUnchanged(recorded: RecordedCase, imported: ImportedCase): boolean {
  return (
    sameChild(recorded.child, imported.child) &&
    recorded.request !== null &&
    sameRequest(recorded.request, imported.request) &&
    (imported.exception === null || recorded.exceptions.some((x) => sameException(x, imported.exception!)))
  );
}

function sameChild(a: ImportedChild, b: ImportedChild): boolean {
  return (Object.keys(b) as (keyof ImportedChild)[]).every(
    (key) => JSON.stringify(a[key]) === JSON.stringify(b[key]),
  );
}

function sameRequest(a: ImportedRequest, b: ImportedRequest): boolean {
  return (Object.keys(b) as (keyof ImportedRequest)[]).every((key) => a[key] === b[key]);
}

function sameException(a: ImportedException, b: ImportedException): boolean {
  return (
    a.regulation === b.regulation &&
    a.kind === b.kind &&
    a.startsOn === b.startsOn &&
    a.endsOn === b.endsOn &&
    a.adviceAskedOn === b.adviceAskedOn
  );
}
