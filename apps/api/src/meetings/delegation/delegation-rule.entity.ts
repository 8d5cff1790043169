import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import {
  DELEGABLE_KINDS,
  DELEGATE_ROLES,
  KINDS_WITH_AMOUNT,
  type DelegableKind,
  type DelegateRole,
} from '@convene/domain';
import { oneOf } from '../../database/check.js';

/**
 * One line of the council's scheme of delegation: a kind of decision that one role may take alone, between
 * meetings, up to an amount for the kinds decided on money. Retired, never deleted: decisions keep their line.
 */
@Entity({ name: 'delegation_rules' })
@Check('delegation_rules_kind', oneOf('kind', DELEGABLE_KINDS))
@Check('delegation_rules_role', oneOf('role', DELEGATE_ROLES))
@Check(
  'delegation_rules_amount',
  `max_amount_pence IS NULL OR (max_amount_pence > 0 AND ${oneOf('kind', KINDS_WITH_AMOUNT)})`,
)
@Unique('delegation_rules_kind_role', ['kind', 'role'])
export class DelegationRule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: DelegableKind;

  @Column({ type: 'text' })
  role!: DelegateRole;

  /** In whole pence; null: no limit. */
  @Column({ name: 'max_amount_pence', type: 'integer', nullable: true })
  maxAmountPence!: number | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
