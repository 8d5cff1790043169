import type {
  Ack,
  ChairedGroup,
  PutInWriting,
  PutInWritingResult,
  RecordInWriting,
  RevealInWriting,
  VoteInWriting,
  WrittenCommandResult,
  WrittenDecisionForNoting,
  WrittenProcedureSummary,
} from '@convene/contracts';
import { ApiError, getJson, postJson } from './http';

/** Decisions in writing between sittings: put by a group's chair, voted on by its members from their own page. */
export const listChairedGroups = () => getJson<ChairedGroup[]>('/api/written-procedures/groups');
export const listWrittenProcedures = () => getJson<WrittenProcedureSummary[]>('/api/written-procedures');
export const putInWriting = (body: PutInWriting) =>
  postJson<PutInWritingResult>('/api/written-procedures', body);
export const writtenDecisionsFor = (meetingId: string) =>
  getJson<WrittenDecisionForNoting[]>(`/api/meetings/${encodeURIComponent(meetingId)}/written-decisions`);

const step = <B>(meetingId: string, path: string, body: B) =>
  postJson<WrittenCommandResult>(`/api/written-procedures/${encodeURIComponent(meetingId)}/${path}`, body);

type Keyless<T> = Omit<T, 'idempotencyKey'>;

/**
 * The engine's answer, as the room would have it: a refusal becomes the same rejection (code, message, fields), so
 * the forms the room uses answer it the same way.
 */
async function asAck(sent: Promise<WrittenCommandResult>): Promise<Ack> {
  try {
    return { ok: true, version: (await sent).version };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return {
      ok: false,
      code: error.body.code as Extract<Ack, { ok: false }>['code'],
      message: error.message,
      fields: error.body.fields,
    };
  }
}

const keyed = <T>(body: T) => ({ ...body, idempotencyKey: crypto.randomUUID() });
export const voteInWriting = (meetingId: string, body: Keyless<VoteInWriting>) =>
  asAck(step(meetingId, 'votes', keyed(body)));
export const revealInWriting = (meetingId: string, body: Keyless<RevealInWriting>) =>
  asAck(step(meetingId, 'reveal', keyed(body)));
export const recordInWriting = (meetingId: string, body: Keyless<RecordInWriting>) =>
  asAck(step(meetingId, 'outcome', keyed(body)));
