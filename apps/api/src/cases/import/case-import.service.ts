import { Injectable, Logger } from '@nestjs/common';
import {
  CASE_IMPORT_FILE_ERROR_CODES,
  type CaseImportCounts,
  type CaseImportRejectedRow,
  type CaseImportReport,
} from '@convene/contracts';
import { DataSource, QueryFailedError } from 'typeorm';
import { todayInEngland } from '../../common/today.js';
import type { SessionUser } from '../../identity/session-user.js';
import { CaseImportFileError } from './case-import-file.error.js';
import { parseCaseImportFile, type CaseImportSheet } from './case-import.parser.js';
import { validateCaseImportLines, type CaseImportReferenceData } from './case-import-row.validator.js';
import { ImportRowRefusedError } from './import-row-refused.error.js';
import { ImportedCaseWriter } from './imported-case.writer.js';
import { UsersRepository } from '../../identity/users.repository.js';
import { LocalitiesRepository } from '../localities/localities.repository.js';

/**
 * Rows written at once, each in its own transaction: a file names each case once, so they never wait on
 * each other, and the pool (20 connections) keeps room for everyone else.
 */
const WRITERS = 4;

/**
 * Imports the cases of a CSV export from the case-management system: reads the file, checks every row,
 * then writes the good rows one by one, each in its own transaction, and reports what happened to each.
 */
@Injectable()
export class CaseImportService {
  private readonly logger = new Logger('CaseImport');

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: ImportedCaseWriter,
  ) {}

  async importFile(user: SessionUser, file: Buffer | undefined): Promise<CaseImportReport> {
    if (!file) {
      throw new CaseImportFileError(
        CASE_IMPORT_FILE_ERROR_CODES.missingFile,
        'Choose a CSV file to import: send it as the multipart form field "file".',
      );
    }
    const sheet = parseCaseImportFile(file);
    const checked = validateCaseImportLines(sheet.lines, await this.referenceData(sheet));
    const counts: CaseImportCounts = {
      rows: sheet.lines.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: checked.rejected,
    };
    const rejectedRows: CaseImportRejectedRow[] = [...checked.problems];

    const unchanged = await this.writer.findUnchanged(checked.cases);
    counts.unchanged = unchanged.size;
    const toWrite = checked.cases.filter((imported) => !unchanged.has(imported.caseReference));
    await inTurn(toWrite, WRITERS, async (imported) => {
      try {
        counts[await this.writer.write(user.id, imported)] += 1;
      } catch (error) {
        const refusal = this.refusal(error, imported.line, imported.caseReference);
        counts.rejected += 1;
        rejectedRows.push({ line: imported.line, caseReference: imported.caseReference, ...refusal });
      }
    });
    rejectedRows.sort((a, b) => a.line - b.line);
    // Counts and the pseudonymous references only: never a child's name or date of birth.
    this.logger.log(
      `case import by user ${user.id}: ${counts.rows} rows, ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected`,
    );
    return { counts, rejectedRows, ignoredColumns: sheet.ignoredColumns };
  }

  /** Localities, and the users the file names as Family Link Officers: read once for the whole file. */
  private async referenceData(sheet: CaseImportSheet): Promise<CaseImportReferenceData> {
    const emails = [
      ...new Set(sheet.lines.map((l) => l.cells.flo_email.trim().toLowerCase()).filter(Boolean)),
    ];
    const [localities, users] = await Promise.all([
      new LocalitiesRepository(this.dataSource.manager).idsByCode(),
      emails.length ? new UsersRepository(this.dataSource.manager).presentersByEmail(emails) : [],
    ]);
    return { today: todayInEngland(), localities, users: new Map(users.map((u) => [u.email, u])) };
  }

  /** Why a checked row could not be written; a database refusal is reported by constraint, never with the row's data. */
  private refusal(
    error: unknown,
    line: number,
    caseReference: string,
  ): Pick<CaseImportRejectedRow, 'field' | 'reason'> {
    if (error instanceof ImportRowRefusedError) return { field: error.field, reason: error.reason };
    if (!(error instanceof QueryFailedError)) throw error;
    const { code, constraint } = error.driverError as { code?: string; constraint?: string };
    this.logger.warn(
      `case import line ${line} (${caseReference}) refused by the database: ${code ?? ''} ${constraint ?? ''}`.trim(),
    );
    return {
      field: null,
      reason: `The database refused the row${constraint ? ` (rule ${constraint})` : ''}; nothing from it was written.`,
    };
  }
}

/** Runs `work` on every item, at most `concurrency` at a time; stops taking new items after an unexpected failure. */
async function inTurn<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      await work(item).catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
