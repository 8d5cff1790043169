import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MeetingKind, MeetingStatus } from '@convene/domain';
import { MEETING_KINDS, MEETING_STATUSES } from '@convene/domain';
import { oneOf } from '../database/check.js';

/**
 * One sitting of a panel: a Decision-Making Group, a Health Gateway or a Quality and Compliance Group; or a decision
 * put to its members in writing between sittings (`respondBy`).
 */
@Entity({ name: 'meetings' })
@Check('meetings_kind', oneOf('kind', MEETING_KINDS))
@Check('meetings_status', oneOf('status', MEETING_STATUSES))
@Check('meetings_ends_after_start', `ends_at > starts_at`)
@Check('meetings_respond_by_after_start', `respond_by IS NULL OR respond_by > starts_at`)
@Index(['kind', 'startsAt'])
export class Meeting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: MeetingKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', default: 'scheduled' })
  status!: MeetingStatus;

  /** The month's "SEND and Inclusion Big Theme", for a Quality and Compliance Group. */
  @Column({ type: 'text', nullable: true })
  theme!: string | null;

  /** The sequence number of the meeting's last event; each command that changes the meeting adds one. */
  @Column({ type: 'bigint', default: 0 })
  sequence!: string;

  /**
   * Held in writing: a decision between sittings, put to the group's members by its chair, who respond from their own
   * page by this time. Null: a sitting in the room.
   */
  @Column({ name: 'respond_by', type: 'timestamptz', nullable: true })
  respondBy!: Date | null;

  @Column({ name: 'current_item_id', type: 'uuid', nullable: true })
  currentItemId!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
