import type { RevealedScore, RevealedVote, VotingStatus } from '@convene/contracts';
import type { AgendaItemKind, MeetingMemberRole, QualityGrade } from '@convene/domain';
import { preparedStatement, runPrepared, type Queryable } from '../database/prepared-statement.repository.js';
import type { AppendedRow, OptimisticRead } from './engine/meeting-commands.repository.js';

/** A member's place in the vote on an item. */
interface OnTheRoll {
  role: MeetingMemberRole;
  attendance: string;
  /** Declared an interest in the item. */
  recused: boolean;
  /** Has a vote on the item already. */
  voted: boolean;
}

/** The item and its voting roll, as the vote's rules need them. */
export interface VotingRoll {
  item_id: string | null;
  item_kind: AgendaItemKind;
  voting_status: VotingStatus;
  /** Members with a current vote. */
  voted_count: number;
  /** Every member of the meeting by user id; null when the meeting has none. */
  roll: Record<string, OnTheRoll> | null;
}

/** A vote as it is written: every vote is a new row, and a member's current vote is their latest. */
export interface NewVote {
  itemId: string;
  meetingId: string;
  voterId: string;
  choice: string;
  reason: string | null;
  /** The chair, for a proxy vote; the voter otherwise. */
  castBy: string;
}

/** A reviewer's score of a sampled plan or an advice: kept beside the vote its grade is. */
export interface NewScore {
  itemId: string;
  reviewerId: string;
  metCriterionIds: string[];
  computedGrade: QualityGrade;
  grade: QualityGrade;
  overrideReason: string | null;
}

/** A reviewer's current grade of a sampled plan whose votes were revealed, with its meeting. */
export interface RevealedSampleGrade {
  meeting_id: string;
  title: string;
  starts_at: Date;
  agenda_item_id: string;
  choice: QualityGrade;
}

/**
 * The engine's rule for whose vote counts, written once: a member's current vote on an item is their latest, and a
 * member who declared an interest in the item has none. `user` and `item` are SQL expressions.
 */
const recused = (item: string, user: string) =>
  `EXISTS (SELECT 1 FROM declarations_of_interest d WHERE d.agenda_item_id = ${item} AND d.user_id = ${user})`;

/** Each member's current vote (see `recused`) on the items `where` picks from `votes v` (and whatever `from` joins). */
const currentVotes = (columns: string, from: string, where: string) =>
  `SELECT DISTINCT ON (v.agenda_item_id, v.voter_id) ${columns}
     FROM votes v ${from}
    WHERE ${where} AND NOT ${recused('v.agenda_item_id', 'v.voter_id')}
    ORDER BY v.agenda_item_id, v.voter_id, v.id DESC`;

/** How many members have a current vote on the item (SQL expressions for the item and its meeting). */
const votedCountOf = (itemId: string, meetingId: string) => `(SELECT count(*)::int FROM meeting_members mb
    WHERE mb.meeting_id = ${meetingId}
      AND EXISTS (SELECT 1 FROM votes v WHERE v.agenda_item_id = ${itemId} AND v.voter_id = mb.user_id)
      AND NOT ${recused(itemId, 'mb.user_id')})`;

/**
 * The item, how many members have a current vote, and every member's place in the vote: the same whoever votes, so
 * a node can remember it from one vote to the next. No lock is needed: under the meeting's lock nothing else
 * changes, and without it the write checks nothing did.
 */
const votingRoll = (meeting: string, item: string) =>
  `SELECT a.id AS item_id, a.kind AS item_kind, a.voting_status, ${votedCountOf('a.id', 'a.meeting_id')} AS voted_count,
          (SELECT json_object_agg(mb.user_id, json_build_object('role', mb.role, 'attendance', mb.attendance,
                    'recused', ${recused('a.id', 'mb.user_id')},
                    'voted', EXISTS (SELECT 1 FROM votes v WHERE v.agenda_item_id = a.id AND v.voter_id = mb.user_id)))
             FROM meeting_members mb WHERE mb.meeting_id = a.meeting_id) AS roll
     FROM agenda_items a WHERE a.id = ${item} AND a.meeting_id = ${meeting}`;
const READ_ROLL = preparedStatement<VotingRoll>('vote-cast-roll', votingRoll('$2', '$1'));

/** The voting roll read in the same statement as the meeting, for a vote cast without the lock: $4 is the item. */
export const VOTING_ROLL_READ: OptimisticRead<VotingRoll> = {
  name: 'vote.cast',
  subquery: votingRoll('$1', '$4'),
};

const VOTE_COLUMNS = ['agenda_item_id', 'meeting_id', 'voter_id', 'choice', 'reason', 'cast_by'] as const;
const INSERT_VOTE = preparedStatement<never>(
  'vote-cast-insert',
  `INSERT INTO votes (${VOTE_COLUMNS.join(', ')}) VALUES ($1, $2, $3, $4, $5, $6)`,
);

const voteValues = (vote: NewVote) => [
  vote.itemId,
  vote.meetingId,
  vote.voterId,
  vote.choice,
  vote.reason,
  vote.castBy,
];

/** The row a vote appends, for the engine's one-statement write. */
export function voteRow(vote: NewVote): AppendedRow {
  return { table: 'votes', columns: VOTE_COLUMNS, values: voteValues(vote) };
}

const revealedVote = (row: {
  voter_id: string;
  choice: string;
  reason: string | null;
  cast_by: string;
}): RevealedVote => ({
  voterId: row.voter_id,
  choice: row.choice,
  reason: row.reason ?? null,
  proxyCastBy: row.cast_by === row.voter_id ? null : row.cast_by,
});

/** Votes, declarations of interest and quality scores: who decided what on each item, and who stood aside. */
export class VotesRepository {
  constructor(private readonly db: Queryable) {}

  async roll(itemId: string, meetingId: string): Promise<VotingRoll | undefined> {
    return (await runPrepared(this.db, READ_ROLL, [itemId, meetingId]))[0];
  }

  async cast(vote: NewVote): Promise<void> {
    await runPrepared(this.db, INSERT_VOTE, voteValues(vote));
  }

  /** Each member's current vote on an item. */
  async currentVotes(itemId: string): Promise<RevealedVote[]> {
    const rows = await this.db.query<
      { voter_id: string; choice: string; reason: string | null; cast_by: string }[]
    >(currentVotes('v.voter_id, v.choice, v.reason, v.cast_by', '', 'v.agenda_item_id = $1'), [itemId]);
    return rows.map(revealedVote);
  }

  /** How many members have a current vote on the item. */
  async votedCount(itemId: string, meetingId: string): Promise<number> {
    const [counted] = await this.db.query<{ n: number }[]>(`SELECT ${votedCountOf('$1', '$2')} AS n`, [
      itemId,
      meetingId,
    ]);
    return counted!.n;
  }

  /** Who has a current vote on each of the meeting's items: who, never what, until the reveal. */
  async votersOf(meetingId: string): Promise<{ agenda_item_id: string; voter_id: string }[]> {
    return this.db.query(currentVotes('v.agenda_item_id, v.voter_id', '', 'v.meeting_id = $1'), [meetingId]);
  }

  /** The count of each choice among the current votes on each of these items. */
  async talliesOf(itemIds: readonly string[]): Promise<Map<string, Record<string, number>>> {
    const rows = await this.db.query<{ item_id: string; choice: string; n: number }[]>(
      `SELECT c.agenda_item_id AS item_id, c.choice, count(*)::int AS n
         FROM (${currentVotes('v.agenda_item_id, v.choice', '', 'v.agenda_item_id = ANY($1::uuid[])')}) c
        GROUP BY c.agenda_item_id, c.choice`,
      [itemIds],
    );
    const tallies = new Map<string, Record<string, number>>();
    for (const row of rows) tallies.set(row.item_id, { ...tallies.get(row.item_id), [row.choice]: row.n });
    return tallies;
  }

  /** Each member's current vote on each of the meeting's items whose votes the chair has revealed. */
  async revealedIn(meetingId: string): Promise<(RevealedVote & { itemId: string })[]> {
    const rows = await this.db.query<
      { agenda_item_id: string; voter_id: string; choice: string; reason: string | null; cast_by: string }[]
    >(
      currentVotes(
        'v.agenda_item_id, v.voter_id, v.choice, v.reason, v.cast_by',
        `JOIN agenda_items a ON a.id = v.agenda_item_id AND a.voting_status = 'revealed'`,
        'v.meeting_id = $1',
      ),
      [meetingId],
    );
    return rows.map((row) => ({ itemId: row.agenda_item_id, ...revealedVote(row) }));
  }

  /** A member's own latest vote on each item of the meeting, which only they see before the reveal. */
  async latestOf(
    meetingId: string,
    voterId: string,
  ): Promise<{ agenda_item_id: string; choice: string; reason: string | null }[]> {
    return this.db.query(
      `SELECT DISTINCT ON (agenda_item_id) agenda_item_id, choice, reason FROM votes WHERE meeting_id = $1 AND voter_id = $2 ORDER BY agenda_item_id, id DESC`,
      [meetingId, voterId],
    );
  }

  /** Reviewers' current grades of the sampled plans revealed at meetings held between the dates (England). */
  async revealedSampleGrades(from: string, to: string): Promise<RevealedSampleGrade[]> {
    return this.db.query(
      currentVotes(
        'm.id AS meeting_id, m.title, m.starts_at, v.agenda_item_id, v.choice',
        'JOIN agenda_items a ON a.id = v.agenda_item_id JOIN meetings m ON m.id = a.meeting_id',
        `a.kind = 'dip_sample' AND a.voting_status = 'revealed' AND (m.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2`,
      ),
      [from, to],
    );
  }

  /** Members who declared an interest in the item. */
  async recusedFrom(itemId: string): Promise<string[]> {
    const rows = await this.db.query<{ user_id: string }[]>(
      `SELECT user_id FROM declarations_of_interest WHERE agenda_item_id = $1`,
      [itemId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Every declaration of interest in the meeting, in the order they were made. */
  async declarationsIn(
    meetingId: string,
  ): Promise<{ agenda_item_id: string; user_id: string; reason: string }[]> {
    return this.db.query(
      `SELECT agenda_item_id, user_id, reason FROM declarations_of_interest WHERE meeting_id = $1 ORDER BY declared_at`,
      [meetingId],
    );
  }

  /** False when the member had declared an interest in the item already. */
  async declareInterest(itemId: string, userId: string, meetingId: string, reason: string): Promise<boolean> {
    const inserted = await this.db.query<unknown[]>(
      `INSERT INTO declarations_of_interest (agenda_item_id, user_id, meeting_id, reason) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING 1`,
      [itemId, userId, meetingId, reason],
    );
    return inserted.length > 0;
  }

  async score(score: NewScore): Promise<void> {
    await this.db.query(
      `INSERT INTO plan_scores (agenda_item_id, reviewer_id, met_criteria, computed_grade, grade, override_reason) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        score.itemId,
        score.reviewerId,
        score.metCriterionIds,
        score.computedGrade,
        score.grade,
        score.overrideReason,
      ],
    );
  }

  /** Each reviewer's latest score of each item, leaving out reviewers who declared an interest in it. */
  async latestScores(itemIds: readonly string[]): Promise<Map<string, RevealedScore[]>> {
    const byItem = new Map<string, RevealedScore[]>();
    if (itemIds.length === 0) return byItem;
    const rows = await this.db.query<
      {
        agenda_item_id: string;
        reviewer_id: string;
        grade: QualityGrade;
        computed_grade: QualityGrade;
        override_reason: string | null;
        met_criteria: string[];
      }[]
    >(
      `SELECT DISTINCT ON (s.agenda_item_id, s.reviewer_id) s.agenda_item_id, s.reviewer_id, s.grade, s.computed_grade, s.override_reason, s.met_criteria
         FROM plan_scores s
        WHERE s.agenda_item_id = ANY($1::uuid[])
          AND NOT ${recused('s.agenda_item_id', 's.reviewer_id')}
        ORDER BY s.agenda_item_id, s.reviewer_id, s.submitted_at DESC, s.id`,
      [itemIds],
    );
    for (const row of rows) {
      byItem.set(row.agenda_item_id, [
        ...(byItem.get(row.agenda_item_id) ?? []),
        {
          reviewerId: row.reviewer_id,
          grade: row.grade,
          computedGrade: row.computed_grade,
          overrideReason: row.override_reason,
          metCriterionIds: row.met_criteria,
        },
      ]);
    }
    return byItem;
  }
}
