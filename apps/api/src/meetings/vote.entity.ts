import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../identity/user.entity.js';
import { AgendaItem } from './agenda-item.entity.js';

/**
 * Every vote ever cast, append-only: a member's current vote on an item is their latest row, and
 * the earlier ones stay as its history. The database refuses UPDATE and DELETE on this table.
 */
@Entity({ name: 'votes' })
@Index('votes_current', ['agendaItemId', 'voterId', 'id'])
export class Vote {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /**
   * The item, in the vote's meeting: one key for both, so a vote cannot name an item of another meeting, and
   * each vote's insert checks one parent row rather than also locking the meeting's, which every command updates.
   */
  @ManyToOne(() => AgendaItem, { nullable: false })
  @JoinColumn([
    { name: 'agenda_item_id', referencedColumnName: 'id', foreignKeyConstraintName: 'votes_item_in_meeting' },
    {
      name: 'meeting_id',
      referencedColumnName: 'meetingId',
      foreignKeyConstraintName: 'votes_item_in_meeting',
    },
  ])
  agendaItem!: AgendaItem;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'voter_id' })
  voter!: User;

  @Column({ name: 'voter_id', type: 'uuid' })
  voterId!: string;

  @Column({ type: 'text' })
  choice!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Who pressed the button: the voter, or the chair casting a proxy vote for an absent member. */
  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'cast_by' })
  castBy!: User;

  @Column({ name: 'cast_by', type: 'uuid' })
  castById!: string;

  @CreateDateColumn({ name: 'cast_at', type: 'timestamptz' })
  castAt!: Date;
}
