import { Injectable } from '@nestjs/common';
import { CLOSED_REQUEST_STAGES, VULNERABILITY_MARKERS, vulnerabilityScore, type RequestStage } from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { ImportRowRefusedError } from './import-row-refused.error.js';
import type { ImportedCase, ImportedChild, ImportedException, ImportedRequest } from './imported-case.js';

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

/** Case references read in one statement when looking for unchanged cases. */
const READ_BATCH = 2_000;

/** Written on the steps and exceptions the import records, so the case timeline says where they came from. */
export const IMPORT_NOTE = 'Imported from the case-management system';

/** What is recorded now for a case reference: the child, its latest request, that request's exceptions. */
interface RecordedCase {
  id: string;
  child: ImportedChild;
  requestId: string | null;
  requestCount: number;
  request: ImportedRequest | null;
  exceptions: (ImportedException & { id: string; note: string | null })[];
}

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
      const recorded = await this.readRecorded(this.dataSource.manager, batch.map((c) => c.caseReference), false);
      for (const imported of batch) {
        const found = recorded.get(imported.caseReference);
        if (found && isUnchanged(found, imported)) unchanged.add(imported.caseReference);
      }
    }
    return unchanged;
  }

  write(actorId: string, imported: ImportedCase): Promise<ImportOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const recorded = (await this.readRecorded(manager, [imported.caseReference], true)).get(imported.caseReference);
      if (!recorded) return this.create(manager, actorId, imported);
      if (isUnchanged(recorded, imported)) return 'unchanged';
      await this.update(manager, actorId, recorded, imported);
      return 'updated';
    });
  }

  private async create(manager: EntityManager, actorId: string, imported: ImportedCase): Promise<ImportOutcome> {
    const child = imported.child;
    const [row] = await manager.query(
      `INSERT INTO children (case_reference, given_name, family_name, date_of_birth, year_group, setting_name, locality_id,
                             family_link_officer_id, primary_need, vulnerability_markers, vulnerability_score)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (case_reference) DO NOTHING RETURNING id`,
      [imported.caseReference, ...childValues(child)],
    );
    if (!row) {
      throw new ImportRowRefusedError('case_reference', `case_reference ${imported.caseReference} was added by someone else during the import: import the file again to bring it up to date`);
    }
    const requestId = await this.insertRequest(manager, row.id, imported.request);
    await this.recordSteps(manager, actorId, requestId, imported);
    if (imported.exception) await this.recordException(manager, requestId, imported.exception, []);
    await this.audit.record(manager, {
      actorId,
      action: 'case.imported',
      entityType: 'child',
      entityId: row.id,
      after: { caseReference: imported.caseReference, line: imported.line, child: { ...child }, request: { id: requestId, ...imported.request }, exception: imported.exception },
    });
    return 'created';
  }

  private async update(manager: EntityManager, actorId: string, recorded: RecordedCase, imported: ImportedCase): Promise<void> {
    if (!sameChild(recorded.child, imported.child)) {
      await manager.query(
        `UPDATE children SET given_name = $2, family_name = $3, date_of_birth = $4, year_group = $5, setting_name = $6, locality_id = $7,
                             family_link_officer_id = $8, primary_need = $9, vulnerability_markers = $10, vulnerability_score = $11
          WHERE id = $1`,
        [recorded.id, ...childValues(imported.child)],
      );
    }
    const latest = recorded.request;
    let requestId = recorded.requestId;
    let exceptions = recorded.exceptions;
    if (!latest || (CLOSED_REQUEST_STAGES.includes(latest.stage) && imported.request.receivedOn > latest.receivedOn)) {
      // A closed request moves no further: a later request for the same child starts again (NEXT_STAGES).
      requestId = await this.insertRequest(manager, recorded.id, imported.request);
      exceptions = [];
    } else if (imported.request.receivedOn < latest.receivedOn && recorded.requestCount > 1) {
      throw new ImportRowRefusedError(
        'received_on',
        `case ${imported.caseReference} already has a later request, received on ${latest.receivedOn}; this row describes an older one (received_on ${imported.request.receivedOn}), which is not imported over it`,
      );
    } else if (!sameRequest(latest, imported.request)) {
      await manager.query(
        `UPDATE ehc_requests SET received_on = $2, source = $3, stage = $4, decision_to_assess_on = $5, decision_to_issue_on = $6,
                                 draft_issued_on = $7, final_issued_on = $8, closed_on = $9
          WHERE id = $1`,
        [requestId, ...requestValues(imported.request)],
      );
    }
    await this.recordSteps(manager, actorId, requestId!, imported);
    if (imported.exception && !exceptions.some((x) => sameException(x, imported.exception!))) {
      await this.recordException(manager, requestId!, imported.exception, exceptions);
    }
    await this.audit.record(manager, {
      actorId,
      action: 'case.import_updated',
      entityType: 'child',
      entityId: recorded.id,
      before: { caseReference: imported.caseReference, child: { ...recorded.child }, request: latest && { id: recorded.requestId, ...latest }, exceptions: recorded.exceptions },
      after: { caseReference: imported.caseReference, line: imported.line, child: { ...imported.child }, request: { id: requestId, ...imported.request }, exception: imported.exception },
    });
  }

  private async insertRequest(manager: EntityManager, childId: string, request: ImportedRequest): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO ehc_requests (child_id, received_on, source, stage, decision_to_assess_on, decision_to_issue_on, draft_issued_on, final_issued_on, closed_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [childId, ...requestValues(request)],
    );
    return row.id;
  }

  /** One step for each point reached that the request's history does not already show on that day. */
  private async recordSteps(manager: EntityManager, actorId: string, requestId: string, imported: ImportedCase): Promise<void> {
    await manager.query(
      `INSERT INTO request_events (request_id, stage, occurred_on, recorded_by, note)
       SELECT $1, s.stage, s.occurred_on, $2, $3
         FROM unnest($4::text[], $5::date[]) WITH ORDINALITY AS s(stage, occurred_on, n)
        WHERE NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = $1 AND e.stage = s.stage AND e.occurred_on = s.occurred_on)
        ORDER BY s.n`,
      [requestId, actorId, IMPORT_NOTE, imported.steps.map((s) => s.stage), imported.steps.map((s) => s.occurredOn)],
    );
  }

  /** The exception this import recorded before is corrected in place; any other is left as it was recorded. */
  private async recordException(manager: EntityManager, requestId: string, exception: ImportedException, recorded: RecordedCase['exceptions']): Promise<void> {
    const imported = recorded.find((x) => x.note === IMPORT_NOTE);
    const values = [exception.regulation, exception.kind, exception.startsOn, exception.endsOn];
    if (imported) {
      await manager.query(`UPDATE statutory_exceptions SET regulation = $2, kind = $3, starts_on = $4, ends_on = $5 WHERE id = $1`, [imported.id, ...values]);
    } else {
      await manager.query(`INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, ends_on, note) VALUES ($1, $2, $3, $4, $5, $6)`, [
        requestId,
        ...values,
        IMPORT_NOTE,
      ]);
    }
  }

  /** What is recorded for these references; with `lock`, the children are locked so two imports of a case cannot interleave. */
  private async readRecorded(manager: EntityManager, caseReferences: string[], lock: boolean): Promise<Map<string, RecordedCase>> {
    const rows: Record<string, any>[] = await manager.query(
      `SELECT c.id, c.case_reference, c.given_name, c.family_name, c.date_of_birth, c.year_group, c.setting_name, c.locality_id,
              c.family_link_officer_id, c.primary_need, c.vulnerability_markers,
              r.id AS request_id, r.received_on, r.source, r.stage, r.decision_to_assess_on, r.decision_to_issue_on,
              r.draft_issued_on, r.final_issued_on, r.closed_on,
              (SELECT count(*)::int FROM ehc_requests n WHERE n.child_id = c.id) AS request_count,
              (SELECT coalesce(json_agg(json_build_object('id', x.id, 'regulation', x.regulation, 'kind', x.kind, 'startsOn', x.starts_on,
                                                          'endsOn', x.ends_on, 'note', x.note) ORDER BY x.recorded_at), '[]')
                 FROM statutory_exceptions x WHERE x.request_id = r.id) AS exceptions
         FROM children c
         LEFT JOIN LATERAL (SELECT * FROM ehc_requests q WHERE q.child_id = c.id ORDER BY q.received_on DESC, q.created_at DESC LIMIT 1) r ON true
        WHERE c.case_reference = ANY($1::text[])
        ${lock ? 'FOR UPDATE OF c' : ''}`,
      [caseReferences],
    );
    return new Map(rows.map((row) => [row.case_reference as string, toRecordedCase(row)]));
  }
}

function toRecordedCase(row: Record<string, any>): RecordedCase {
  return {
    id: row.id,
    child: {
      givenName: row.given_name,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      yearGroup: row.year_group,
      settingName: row.setting_name,
      localityId: row.locality_id,
      familyLinkOfficerId: row.family_link_officer_id,
      primaryNeed: row.primary_need,
      vulnerabilityMarkers: VULNERABILITY_MARKERS.filter((marker) => row.vulnerability_markers.includes(marker)),
    },
    requestId: row.request_id,
    requestCount: row.request_count,
    request: row.request_id
      ? {
          receivedOn: row.received_on,
          source: row.source,
          stage: row.stage as RequestStage,
          decisionToAssessOn: row.decision_to_assess_on,
          decisionToIssueOn: row.decision_to_issue_on,
          draftIssuedOn: row.draft_issued_on,
          finalIssuedOn: row.final_issued_on,
          closedOn: row.closed_on,
        }
      : null,
    exceptions: row.exceptions,
  };
}

function childValues(child: ImportedChild): unknown[] {
  return [
    child.givenName,
    child.familyName,
    child.dateOfBirth,
    child.yearGroup,
    child.settingName,
    child.localityId,
    child.familyLinkOfficerId,
    child.primaryNeed,
    child.vulnerabilityMarkers,
    vulnerabilityScore(child.vulnerabilityMarkers),
  ];
}

function requestValues(request: ImportedRequest): unknown[] {
  return [
    request.receivedOn,
    request.source,
    request.stage,
    request.decisionToAssessOn,
    request.decisionToIssueOn,
    request.draftIssuedOn,
    request.finalIssuedOn,
    request.closedOn,
  ];
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
  return (Object.keys(b) as (keyof ImportedChild)[]).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

function sameRequest(a: ImportedRequest, b: ImportedRequest): boolean {
  return (Object.keys(b) as (keyof ImportedRequest)[]).every((key) => a[key] === b[key]);
}

function sameException(a: ImportedException, b: ImportedException): boolean {
  return a.regulation === b.regulation && a.kind === b.kind && a.startsOn === b.startsOn && a.endsOn === b.endsOn;
}
