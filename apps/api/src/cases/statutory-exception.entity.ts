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
import { EhcRequest } from './ehc-request.entity.js';
import {
  CORONAVIRUS_EASEMENT,
  EXCEPTION_REGULATIONS,
  STATUTORY_EXCEPTION_KINDS,
  type ExceptionRegulation,
  type StatutoryExceptionKind,
} from '@convene/domain';
import { oneOf } from '../database/check.js';

/**
 * A recorded exception to a statutory time limit: reg 5(4) for the decision whether to assess, reg 8(2) for an
 * advice, reg 10(4) for the 16 and 20 week limits, each with the 2020 coronavirus easement (SI 2020/471) as a
 * kind of its own. Kept with its type and dates so timeliness is reported with and without them.
 */
@Entity({ name: 'statutory_exceptions' })
@Check('statutory_exceptions_regulation', oneOf('regulation', EXCEPTION_REGULATIONS))
@Check('statutory_exceptions_kind', oneOf('kind', STATUTORY_EXCEPTION_KINDS))
@Check('statutory_exceptions_dates', `ends_on IS NULL OR ends_on >= starts_on`)
// SI 2020/471 was in force from 1 May to 25 September 2020: its exception is for those days only.
@Check(
  'statutory_exceptions_coronavirus_easement',
  `kind <> 'coronavirus' OR (starts_on >= DATE '${CORONAVIRUS_EASEMENT.from}' AND coalesce(ends_on, starts_on) <= DATE '${CORONAVIRUS_EASEMENT.to}')`,
)
export class StatutoryException {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => EhcRequest, { nullable: false })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest;

  @Index()
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  /** `5(4)` (the decision whether to assess), `8(2)` (advice) or `10(4)` (decision not to issue, final plan). */
  @Column({ type: 'text' })
  regulation!: ExceptionRegulation;

  @Column({ type: 'text' })
  kind!: StatutoryExceptionKind;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  /** The last day of the absence or closure (included), not the day after. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  /** For a closure (reg 5(4)(a), 10(4)(a) or (b)): the day the school or early years provider was asked for its advice. */
  @Column({ name: 'advice_asked_on', type: 'date', nullable: true })
  adviceAskedOn!: string | null;

  /** For a reg 8(2) exception: the advice it applies to. */
  @Column({ name: 'advice_request_id', type: 'uuid', nullable: true })
  adviceRequestId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
