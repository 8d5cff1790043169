import { Injectable } from '@nestjs/common';
import type {
  CastVote,
  ChairedGroup,
  MeetingEventPayloads,
  PutInWritingResult,
  WrittenCommandResult,
  WrittenDecisionForNoting,
  WrittenProcedureSummary,
} from '@convene/contracts';
import { decisionsInWriting, respondByProblem } from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { SessionUser } from '../../identity/session-user.js';
import { MeetingCommandsService, type NextCommand } from '../engine/meeting-commands.service.js';
import { invalidField, MeetingError } from '../engine/meeting-error.js';
import { VotesRepository } from '../votes.repository.js';
import type {
  PutInWritingDto,
  RecordInWritingDto,
  RevealInWritingDto,
  VoteInWritingDto,
} from './written-procedures.dto.js';
import { WrittenProceduresRepository } from './written-procedures.repository.js';

const notYours = () =>
  new MeetingError(
    'meeting_not_found',
    'There is no such decision in writing that you are asked to take part in.',
  );

/**
 * Decisions between sittings, put by a group's chair to its members in writing. Nothing here decides: each step is
 * the engine's own command (start, add the case, open voting, vote, close, reveal, record, end), under the same rules
 * as in the room; only the quorum (responses, not attendance) and the deadline differ, and the engine knows both.
 */
@Injectable()
export class WrittenProceduresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly commands: MeetingCommandsService,
    private readonly audit: AuditService,
  ) {}

  chairedGroups(user: SessionUser): Promise<ChairedGroup[]> {
    return new WrittenProceduresRepository(this.dataSource.manager).chairedGroups(user.id);
  }

  list(user: SessionUser): Promise<WrittenProcedureSummary[]> {
    return new WrittenProceduresRepository(this.dataSource.manager).listFor(user.id);
  }

  /**
   * The chair puts a case to the group's members: a meeting of the group's kind, held in writing until the deadline,
   * with the case as its one item and voting open from the start (which tells the members their vote is waiting).
   * All of it, or nothing. Sent again with the same key, it answers with the one already put.
   */
  async put(user: SessionUser, body: PutInWritingDto): Promise<PutInWritingResult> {
    const respondBy = new Date(body.respondBy);
    const problem = respondByProblem(respondBy, new Date());
    if (problem) throw invalidField('respondBy', problem);
    const key = (step: string) => `${body.idempotencyKey}:${step}`;
    const written = new WrittenProceduresRepository(this.dataSource.manager);
    const earlier = await written.startedWithKey(user.id, key('start'));
    if (earlier) return earlier;
    const steps = (meetingId: string, done: readonly { payload: unknown }[]): NextCommand | null => {
      if (done.length === 0)
        return { name: 'meeting.start', command: { meetingId, idempotencyKey: key('start') } };
      if (done.length === 1) {
        const added = { caseReference: body.caseReference.trim(), kind: body.kind };
        return { name: 'agenda.add', command: { meetingId, idempotencyKey: key('item'), ...added } };
      }
      if (done.length === 2) {
        const { item } = done[1]!.payload as MeetingEventPayloads['agenda.item_added'];
        return { name: 'voting.open', command: { meetingId, itemId: item.id, idempotencyKey: key('open') } };
      }
      return null;
    };
    const { meetingId, events } = await this.commands
      .executeTogether(user, (manager) => this.arrange(manager, user, body, respondBy), steps)
      .catch(async (error: unknown) => {
        // The same request a moment ago, on another connection: its answer is this one's.
        const meanwhile = await written.startedWithKey(user.id, key('start'));
        if (meanwhile) return { meetingId: meanwhile.meetingId, events: [], replayedVersion: null };
        throw error;
      });
    if (events.length === 0) return (await written.startedWithKey(user.id, key('start')))!;
    return { meetingId, itemId: (events[1]!.payload as MeetingEventPayloads['agenda.item_added']).item.id };
  }

  /** A member's vote, with its reason: the engine's vote, refused once the deadline has passed. */
  async vote(user: SessionUser, meetingId: string, body: VoteInWritingDto): Promise<WrittenCommandResult> {
    await this.assertInWriting(user, meetingId);
    const { itemId, choice, reason, idempotencyKey } = body;
    const vote: CastVote = { meetingId, itemId, choice, reason, idempotencyKey };
    const result = await this.commands.execute(user, 'vote.cast', vote, []);
    return { version: result.version };
  }

  /** The chair closes the vote and reveals it, together: after the deadline, or once every member has voted. */
  async reveal(
    user: SessionUser,
    meetingId: string,
    body: RevealInWritingDto,
  ): Promise<WrittenCommandResult> {
    const { itemId, inquorateReason, idempotencyKey } = body;
    return this.together(user, meetingId, [
      {
        name: 'voting.close',
        command: { meetingId, itemId, inquorateReason, idempotencyKey: `${idempotencyKey}:close` },
      },
      { name: 'votes.reveal', command: { meetingId, itemId, idempotencyKey: `${idempotencyKey}:reveal` } },
    ]);
  }

  /** The chair records the decision, as in the room (the same outcomes, letters and effects), and the procedure ends. */
  async record(
    user: SessionUser,
    meetingId: string,
    body: RecordInWritingDto,
  ): Promise<WrittenCommandResult> {
    const { idempotencyKey, ...decision } = body;
    return this.together(user, meetingId, [
      {
        name: 'outcome.record',
        command: { meetingId, ...decision, idempotencyKey: `${idempotencyKey}:record` },
      },
      { name: 'meeting.end', command: { meetingId, idempotencyKey: `${idempotencyKey}:end` } },
    ]);
  }

  /** For an ordinary sitting: the group's decisions taken in writing since it last sat, for noting. */
  async forNoting(user: SessionUser, meetingId: string): Promise<WrittenDecisionForNoting[]> {
    const db = this.dataSource.manager;
    const rows = await new WrittenProceduresRepository(db).forNotingAt(meetingId, user.id);
    if (!rows)
      throw new MeetingError('meeting_not_found', 'There is no such meeting that you are invited to.');
    const tallies = await new VotesRepository(db).talliesOf(rows.map((r) => r.item_id));
    return rows.map((r) => ({
      meetingId: r.meeting_id,
      question: r.question,
      itemKind: r.item_kind,
      caseReference: r.case_reference,
      outcome: r.outcome,
      reasons: r.reasons,
      tally: tallies.get(r.item_id) ?? {},
      decidedAt: new Date(r.decided_at).toISOString(),
    }));
  }

  private async arrange(
    manager: EntityManager,
    user: SessionUser,
    body: PutInWritingDto,
    respondBy: Date,
  ): Promise<string> {
    const written = new WrittenProceduresRepository(manager);
    const kind = await written.kindOfGroupChairedBy(body.groupId, user.id);
    if (!kind) throw new MeetingError('meeting_not_found', 'There is no such meeting group that you chair.');
    const decided = decisionsInWriting(kind);
    if (!decided.includes(body.kind))
      throw invalidField(
        'kind',
        decided.length
          ? `This group decides in writing on: ${decided.join(', ')}.`
          : 'This group takes its decisions at its sittings, not in writing.',
      );
    const meetingId = await written.arrange(body.groupId, kind, body.question.trim(), respondBy);
    await this.audit.record(manager, {
      actorId: user.id,
      action: 'written_procedure.put',
      entityType: 'meeting',
      entityId: meetingId,
      meetingId,
      after: { groupId: body.groupId, kind, itemKind: body.kind, respondBy: respondBy.toISOString() },
    });
    return meetingId;
  }

  /** The steps, in turn, as one: all are applied or none. The version after the last. */
  private async together(
    user: SessionUser,
    meetingId: string,
    steps: NextCommand[],
  ): Promise<WrittenCommandResult> {
    await this.assertInWriting(user, meetingId);
    const { events, replayedVersion } = await this.commands.executeTogether(
      user,
      () => Promise.resolve(meetingId),
      (_, done) => steps[done.length] ?? null,
    );
    return { version: events.at(-1)?.sequence ?? replayedVersion! };
  }

  private async assertInWriting(user: SessionUser, meetingId: string): Promise<void> {
    if (
      !(await new WrittenProceduresRepository(this.dataSource.manager).heldInWritingFor(meetingId, user.id))
    )
      throw notYours();
  }
}
