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
import { User } from '../identity/user.entity.js';
import { EhcRequest } from './ehc-request.entity.js';
import { REQUEST_STAGES } from '@convene/domain';
import { oneOf } from '../database/check.js';

/** One step on a request's path (received, decision to assess, draft issued…), with who recorded it and when. */
@Entity({ name: 'request_events' })
@Check('request_events_stage', oneOf('stage', REQUEST_STAGES))
export class RequestEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => EhcRequest, { nullable: false })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest;

  @Index()
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  /** The stage the request moved to. */
  @Column({ type: 'text' })
  stage!: string;

  /** The date the step happened, which the statutory clock counts from. */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'recorded_by' })
  recordedBy!: User | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedById!: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
