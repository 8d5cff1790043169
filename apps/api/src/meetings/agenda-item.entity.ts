import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { AgendaItemKind, AgendaItemStatus } from '@convene/domain';
import { EhcRequest } from '../cases/ehc-request.entity.js';
import { User } from '../identity/user.entity.js';
import { Meeting } from './meeting.entity.js';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_STATUSES } from '@convene/domain';
import { VOTING_STATUSES, type VotingStatus } from '@convene/contracts';
import { oneOf } from '../database/check.js';

/** One case on a meeting's agenda, in its place, with the person presenting it. */
@Entity({ name: 'agenda_items' })
@Check('agenda_items_kind', oneOf('kind', AGENDA_ITEM_KINDS))
@Check('agenda_items_status', oneOf('status', AGENDA_ITEM_STATUSES))
@Check('agenda_items_voting_status', oneOf('voting_status', VOTING_STATUSES))
@Check('agenda_items_allowance_minutes', 'allowance_minutes BETWEEN 1 AND 120')
@Check('agenda_items_outcome_has_reasons', `outcome IS NULL OR length(trim(outcome_reasons)) > 0`)
@Unique('agenda_items_meeting_position', ['meetingId', 'position'])
/** What a vote's key refers to: the item and its meeting together. */
@Unique('agenda_items_id_meeting', ['id', 'meetingId'])
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

  /** A change of placement, funding or personal budget request: named by entity name, as panels build on the engine, not it on them. */
  @ManyToOne('PanelRequest', { nullable: true })
  @JoinColumn({ name: 'panel_request_id' })
  panelRequest!: unknown;

  @Index()
  @Column({ name: 'panel_request_id', type: 'uuid', nullable: true })
  panelRequestId!: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'presenter_id' })
  presenter!: User | null;

  @Column({ name: 'presenter_id', type: 'uuid', nullable: true })
  presenterId!: string | null;

  @Column({ type: 'text', default: 'pending' })
  status!: AgendaItemStatus;

  @Column({ name: 'voting_status', type: 'text', default: 'not_open' })
  votingStatus!: VotingStatus;

  /** The decision recorded by the chair; never without its reasons. */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'outcome_reasons', type: 'text', nullable: true })
  outcomeReasons!: string | null;

  @Column({ name: 'outcome_conditions', type: 'text', nullable: true })
  outcomeConditions!: string | null;

  @Column({ name: 'inquorate_reason', type: 'text', nullable: true })
  inquorateReason!: string | null;

  @Column({ name: 'deferred_reason', type: 'text', nullable: true })
  deferredReason!: string | null;

  /** An advice audit: the advice sampled (its request is the child's). */
  @Index()
  @Column({ name: 'advice_request_id', type: 'uuid', nullable: true })
  adviceRequestId!: string | null;

  /** Why the chair took the item off the agenda; the item stays, as a record. */
  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true })
  withdrawnReason!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedById!: string | null;

  /** The minutes the chair gives the item; null: the default for its kind (DEFAULT_ITEM_ALLOWANCE_MINUTES). */
  @Column({ name: 'allowance_minutes', type: 'integer', nullable: true })
  allowanceMinutes!: number | null;

  /** Why the decision was recorded with threshold criteria not marked met. */
  @Column({ name: 'criteria_not_met_reason', type: 'text', nullable: true })
  criteriaNotMetReason!: string | null;

  /** Why the chair opened voting again, in order. */
  @Column({ name: 'voting_reopened_reasons', type: 'text', array: true, default: () => "'{}'" })
  votingReopenedReasons!: string[];

  /** Children in Care items are seen only by that group's members. */
  @Column({ type: 'boolean', default: false })
  restricted!: boolean;
}
