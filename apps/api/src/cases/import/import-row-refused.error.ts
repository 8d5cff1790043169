import type { CaseImportColumn } from '@convene/contracts';

/** A row that passed its own checks but cannot be written given what is already recorded: reported, not thrown to the client. */
export class ImportRowRefusedError extends Error {
  constructor(
    readonly field: CaseImportColumn,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'ImportRowRefusedError';
  }
}
