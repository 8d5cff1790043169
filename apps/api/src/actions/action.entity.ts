import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ACTION_ORIGINS, ACTION_STATUSES, type ActionOrigin, type ActionStatus } from '@convene/domain';
import { AdviceRequest } from '../cases/advice-request.entity.js';
import { Child } from '../cases/child.entity.js';
import { oneOf } from '../database/check.js';
import { Agency } from '../identity/agency.entity.js';
import { User } from '../identity/user.entity.js';
import { AgendaItem } from '../meetings/agenda-item.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { DipSample } from '../panels/quality/dip-sample.entity.js';
import { Disagreement } from '../disagreements/disagreement.entity.js';

/**
 * Something a panel, a case worker or an audit agreed someone would do by a day: owned by one person or by a team,
 * open until done (with a note of what was done) or cancelled (with why). What it came from is kept with it: the
 * meeting's item, the case, the advice request or the dip sample. Every change to one is in the audit trail.
 */
@Entity({ name: 'actions' })
@Check('actions_status', oneOf('status', ACTION_STATUSES))
@Check('actions_origin', oneOf('origin', ACTION_ORIGINS))
@Check('actions_one_owner', '(owner_user_id IS NULL) <> (owner_agency_id IS NULL)')
@Check(
  'actions_closed',
  "(status = 'open') = (closed_at IS NULL) AND (closed_at IS NULL) = (closing_note IS NULL) AND (closed_at IS NULL) = (closed_by IS NULL)",
)
@Check(
  'actions_origin_kept',
  "CASE origin WHEN 'meeting_item' THEN meeting_id IS NOT NULL AND agenda_item_id IS NOT NULL WHEN 'case' THEN child_id IS NOT NULL WHEN 'advice_request' THEN advice_request_id IS NOT NULL AND child_id IS NOT NULL WHEN 'dip_sample' THEN dip_sample_id IS NOT NULL END",
)
@Index('actions_open_by_person', ['ownerUserId', 'dueOn'], { where: "status = 'open'" })
@Index('actions_open_by_team', ['ownerAgencyId', 'dueOn'], { where: "status = 'open'" })
@Index('actions_by_child', ['childId'])
@Index('actions_by_meeting', ['meetingId'])
export class CaseAction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  what!: string;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'owner_user_id' })
  ownerUser!: User | null;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(() => Agency, { nullable: true })
  @JoinColumn({ name: 'owner_agency_id' })
  ownerAgency!: Agency | null;

  @Column({ name: 'owner_agency_id', type: 'uuid', nullable: true })
  ownerAgencyId!: string | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', default: 'open' })
  status!: ActionStatus;

  @Column({ type: 'text' })
  origin!: ActionOrigin;

  @ManyToOne(() => Child, { nullable: true })
  @JoinColumn({ name: 'child_id' })
  child!: Child | null;

  @Column({ name: 'child_id', type: 'uuid', nullable: true })
  childId!: string | null;

  @ManyToOne(() => Meeting, { nullable: true })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Meeting | null;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => AgendaItem, { nullable: true })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem!: AgendaItem | null;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @ManyToOne(() => AdviceRequest, { nullable: true })
  @JoinColumn({ name: 'advice_request_id' })
  adviceRequest!: AdviceRequest | null;

  @Column({ name: 'advice_request_id', type: 'uuid', nullable: true })
  adviceRequestId!: string | null;

  @ManyToOne(() => DipSample, { nullable: true })
  @JoinColumn({ name: 'dip_sample_id' })
  dipSample!: DipSample | null;

  @Column({ name: 'dip_sample_id', type: 'uuid', nullable: true })
  dipSampleId!: string | null;

  /** The disagreement whose order, concession or mediation agreement requires it (an action on the case). */
  @ManyToOne(() => Disagreement, { nullable: true })
  @JoinColumn({ name: 'disagreement_id' })
  disagreement!: Disagreement | null;

  @Column({ name: 'disagreement_id', type: 'uuid', nullable: true })
  disagreementId!: string | null;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'created_by' })
  createdBy!: User;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote!: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'closed_by' })
  closedBy!: User | null;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedById!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
