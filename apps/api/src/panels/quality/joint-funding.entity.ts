import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
} from 'typeorm';
import { JOINT_FUNDING_PARTIES, type JointFundingParty } from '@convene/domain';
import { oneOf } from '../../database/check.js';
import { AgendaItem } from '../../meetings/agenda-item.entity.js';
import { User } from '../../identity/user.entity.js';

/** A package that needs money from more than one agency, proposed at the Quality and Compliance Group. */
@Entity({ name: 'joint_funding_proposals' })
@Check('joint_funding_total', `total_pence > 0`)
export class JointFundingProposal {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @OneToOne(() => AgendaItem, { nullable: false })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem!: AgendaItem;

  @Column({ type: 'text' })
  summary!: string;

  /** A year's cost in whole pence. */
  @Column({ name: 'total_pence', type: 'integer' })
  totalPence!: number;

  @CreateDateColumn({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;
}

/** One agency's share of a joint funding proposal, and its representative's answer in the room. */
@Entity({ name: 'joint_funding_shares' })
@Check('joint_funding_shares_party', oneOf('party', JOINT_FUNDING_PARTIES))
@Check('joint_funding_shares_amount', `amount_pence >= 0`)
@Check('joint_funding_shares_answer', `answer IN ('pending', 'consent', 'decline')`)
@Check('joint_funding_shares_decline_reason', `answer <> 'decline' OR reason IS NOT NULL`)
export class JointFundingShare {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => JointFundingProposal, { nullable: false })
  @JoinColumn({ name: 'agenda_item_id' })
  proposal!: JointFundingProposal;

  @PrimaryColumn({ type: 'text' })
  party!: JointFundingParty;

  @Column({ name: 'amount_pence', type: 'integer' })
  amountPence!: number;

  @Column({ type: 'text', default: 'pending' })
  answer!: 'pending' | 'consent' | 'decline';

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'answered_by' })
  answeredBy!: User | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredById!: string | null;
}
