import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '@convene/domain';
import { oneOf } from '../../database/check.js';

/**
 * One of the council's published criteria for a kind of decision (the same criteria schools are given
 * when they apply), shown to the panel and marked met or not met during discussion.
 */
@Entity({ name: 'threshold_criteria' })
@Check('threshold_criteria_item_kind', oneOf('item_kind', AGENDA_ITEM_KINDS))
@Index(['itemKind', 'position'])
export class ThresholdCriterion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'item_kind', type: 'text' })
  itemKind!: AgendaItemKind;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'integer' })
  position!: number;

  /** Retired criteria stay, so past decisions still show what was marked. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
