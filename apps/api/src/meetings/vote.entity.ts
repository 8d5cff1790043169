import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../identity/user.entity.js';
import { AgendaItem } from './agenda-item.entity.js';
import { Meeting } from './meeting.entity.js';

/**
 * Every vote ever cast, append-only: a member's current vote on an item is their latest row, and
 * the earlier ones stay as its history. The database refuses UPDATE and DELETE on this table.
 */
@Entity({ name: 'votes' })
@Index('votes_current', ['agendaItemId', 'voterId', 'id'])
export class Vote {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @ManyToOne(() => AgendaItem, { nullable: false })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem!: AgendaItem;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => Meeting, { nullable: false })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Meeting;

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
