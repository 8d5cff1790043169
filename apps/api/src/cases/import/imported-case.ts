import type {
  ExceptionRegulation,
  RequestSource,
  RequestStage,
  StatutoryExceptionKind,
} from '@convene/domain';
import type { ChildDetails } from '../cases.repository.js';

/** A request as the import writes it to ehc_requests. */
export interface ImportedRequest {
  receivedOn: string;
  source: RequestSource;
  stage: RequestStage;
  decisionToAssessOn: string | null;
  decisionToIssueOn: string | null;
  draftIssuedOn: string | null;
  finalIssuedOn: string | null;
  closedOn: string | null;
}

/** One step reached on the path, written as a request_events row. */
export interface ImportedStep {
  stage: RequestStage;
  occurredOn: string;
}

export interface ImportedException {
  regulation: ExceptionRegulation;
  kind: StatutoryExceptionKind;
  startsOn: string;
  endsOn: string | null;
  /** For a closure: the day the school or early years provider was asked for its advice. */
  adviceAskedOn: string | null;
}

/** Its markers without repeats, in the order of VULNERABILITY_MARKERS, so the same markers always compare equal. */
export type ImportedChild = ChildDetails;

/** A row of an import file that passed every check, ready to write. */
export interface ImportedCase {
  line: number;
  caseReference: string;
  child: ImportedChild;
  request: ImportedRequest;
  /** In path order, starting with `received`. */
  steps: ImportedStep[];
  exception: ImportedException | null;
}
