// The schema's history, in order. `npm run migration:generate -- <Name>` adds to this list.
import { AddEvidenceItems1795443804545 } from './1795443804545-AddEvidenceItems.js';
import { AddSessionsAndAuditTrail1795443494251 } from './1795443494251-AddSessionsAndAuditTrail.js';
import { CreateCouncilRecords1795442862392 } from './1795442862392-CreateCouncilRecords.js';
export const MIGRATIONS = [
  CreateCouncilRecords1795442862392,
  AddSessionsAndAuditTrail1795443494251,
  AddEvidenceItems1795443804545,
];
