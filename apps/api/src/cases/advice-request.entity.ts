import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AdviceKind, AdviceRequestStatus } from '@convene/domain';
import { Agency } from '../identity/agency.entity.js';
import { EhcRequest } from './ehc-request.entity.js';
import { ADVICE_KINDS, ADVICE_REQUEST_STATUSES } from '@convene/domain';
import { oneOf } from '../database/check.js';

/** A request for advice to inform an EHC needs assessment; due 6 weeks after it is asked (reg 8(1)). */
@Entity({ name: 'advice_requests' })
@Check('advice_requests_status', oneOf('status', ADVICE_REQUEST_STATUSES))
@Check('advice_requests_kind', oneOf('advice_kind', ADVICE_KINDS))
@Check('advice_requests_returned_after_requested', `returned_on IS NULL OR returned_on >= requested_on`)
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

  /** Health advice goes through the Health Gateway; EP and social care advice are asked directly. */
  @Column({ name: 'advice_kind', type: 'text' })
  adviceKind!: AdviceKind;

  @Column({ name: 'requested_on', type: 'date' })
  requestedOn!: string;

  @Column({ name: 'returned_on', type: 'date', nullable: true })
  returnedOn!: string | null;

  @Column({ type: 'text' })
  status!: AdviceRequestStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
