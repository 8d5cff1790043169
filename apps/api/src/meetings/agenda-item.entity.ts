import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { AgendaItemKind, AgendaItemStatus } from '@convene/domain';
import { EhcRequest } from '../cases/ehc-request.entity.js';
import { User } from '../identity/user.entity.js';
import { Meeting } from './meeting.entity.js';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_STATUSES } from '@convene/domain';
import { oneOf } from '../database/check.js';

/** One case on a meeting's agenda, in its place, with the person presenting it. */
@Entity({ name: 'agenda_items' })
@Check('agenda_items_kind', oneOf('kind', AGENDA_ITEM_KINDS))
@Check('agenda_items_status', oneOf('status', AGENDA_ITEM_STATUSES))
@Unique('agenda_items_meeting_position', ['meetingId', 'position'])
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Meeting, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Meeting;

  @Index()
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  kind!: AgendaItemKind;

  @ManyToOne(() => EhcRequest, { nullable: true })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest | null;

  @Index()
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'presenter_id' })
  presenter!: User | null;

  @Column({ name: 'presenter_id', type: 'uuid', nullable: true })
  presenterId!: string | null;

  @Column({ type: 'text', default: 'pending' })
  status!: AgendaItemStatus;

  /** Children in Care items are seen only by that group's members. */
  @Column({ type: 'boolean', default: false })
  restricted!: boolean;
}
