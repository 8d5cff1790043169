import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AdviceKind, AdviceRequestStatus } from '@convene/domain';
import { Agency } from '../identity/agency.entity.js';
import { EhcRequest } from './ehc-request.entity.js';
import {
  ADVICE_KINDS,
  ADVICE_REQUEST_STATUSES,
  ADVICE_RESPONSES,
  ADVICE_SOURCES,
  TEAM_RESPONSES,
  TRIAGE_PRIORITIES,
  type AdviceQualityCriterion,
  type AdviceResponse,
  type AdviceSource,
  type TeamResponse,
  type TriagePriority,
} from '@convene/domain';
import { oneOf } from '../database/check.js';

/** A request for advice to inform an EHC needs assessment; due 6 weeks after it is asked (reg 8(1)). */
@Entity({ name: 'advice_requests' })
@Check('advice_requests_status', oneOf('status', ADVICE_REQUEST_STATUSES))
@Check('advice_requests_kind', oneOf('advice_kind', ADVICE_KINDS))
@Check('advice_requests_returned_after_requested', `returned_on IS NULL OR returned_on >= requested_on`)
@Check('advice_requests_source', oneOf('source', ADVICE_SOURCES))
@Check('advice_requests_response', `response IS NULL OR ${oneOf('response', ADVICE_RESPONSES)}`)
@Check('advice_requests_priority', `priority IS NULL OR ${oneOf('priority', TRIAGE_PRIORITIES)}`)
@Check('advice_requests_team_response', `team_response IS NULL OR ${oneOf('team_response', TEAM_RESPONSES)}`)
@Index(['agencyId', 'status'])
export class AdviceRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => EhcRequest, { nullable: false })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest;

  @Index()
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  /** The team asked: a health team, the EP service, social care. Null while awaiting triage. */
  @ManyToOne(() => Agency, { nullable: true })
  @JoinColumn({ name: 'agency_id' })
  agency!: Agency | null;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  /** Each kind goes through its gateway where the council runs one (ADVICE_GATEWAYS), or is asked directly of the agency. */
  @Column({ name: 'advice_kind', type: 'text' })
  adviceKind!: AdviceKind;

  @Column({ name: 'requested_on', type: 'date' })
  requestedOn!: string;

  @Column({ name: 'returned_on', type: 'date', nullable: true })
  returnedOn!: string | null;

  @Column({ type: 'text' })
  status!: AdviceRequestStatus;

  /** An EHC needs assessment, or a referral on the 0–2 pathway. */
  @Column({ type: 'text', default: 'assessment' })
  source!: AdviceSource;

  // The Health Gateway's triage: what was asked of the team, how urgently, at which agenda item, by whom.
  @Column({ type: 'text', nullable: true })
  response!: AdviceResponse | null;

  @Column({ type: 'text', nullable: true })
  priority!: TriagePriority | null;

  @Index()
  @Column({ name: 'triaged_in_item', type: 'uuid', nullable: true })
  triagedInItemId!: string | null;

  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true })
  triagedAt!: Date | null;

  @Column({ name: 'triaged_by', type: 'uuid', nullable: true })
  triagedById!: string | null;

  @Column({ name: 'team_response', type: 'text', nullable: true })
  teamResponse!: TeamResponse | null;

  @Column({ name: 'team_response_reason', type: 'text', nullable: true })
  teamResponseReason!: string | null;

  /** Moves to another team after triage: any counts against "right team first time". */
  @Column({ type: 'integer', default: 0 })
  reassignments!: number;

  @Column({ name: 'last_chased_at', type: 'timestamptz', nullable: true })
  lastChasedAt!: Date | null;

  /** The returned advice, kept in the case's evidence. */
  @Column({ name: 'evidence_id', type: 'uuid', nullable: true })
  evidenceId!: string | null;

  /** The DCO's rating on the rubric: each point met or not, and a note. */
  @Column({ type: 'jsonb', nullable: true })
  quality!: { criteria: Record<AdviceQualityCriterion, boolean>; note: string | null } | null;

  /** The moderated grade from a Quality and Compliance Group advice audit. */
  @Column({ name: 'audited_grade', type: 'text', nullable: true })
  auditedGrade!: string | null;

  @Column({ name: 'quality_rated_by', type: 'uuid', nullable: true })
  qualityRatedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
