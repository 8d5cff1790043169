import {
  MILESTONE_KINDS,
  WEEKLY_ORDER_REASONS,
  type MilestoneKind,
  type WeeklyOrderReasonKind,
} from '@convene/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOf } from '../../database/check.js';
import { AgendaItem } from '../../meetings/agenda-item.entity.js';

/**
 * Why a child is on a Weekly Orders agenda, as the statutory clock gave it when the agenda was built: kept with the
 * item, so the officer's list and last week's agenda say what they said then, whatever has been done since.
 */
@Entity({ name: 'weekly_order_reasons' })
@Check('weekly_order_reasons_reason', oneOf('reason', WEEKLY_ORDER_REASONS))
@Check('weekly_order_reasons_milestone', oneOf('milestone', MILESTONE_KINDS))
export class WeeklyOrderReason {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  /** Most urgent first. */
  @PrimaryColumn({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => AgendaItem, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem!: AgendaItem;

  @Column({ type: 'text' })
  reason!: WeeklyOrderReasonKind;

  @Column({ type: 'text' })
  milestone!: MilestoneKind;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text', nullable: true })
  regulation!: string | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'boolean' })
  overdue!: boolean;
}
