import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AgendaItem } from '../../meetings/agenda-item.entity.js';
import { ThresholdCriterion } from './threshold-criterion.entity.js';

/** Whether the panel found a criterion met for an item: kept with the item, and so with its decision. */
@Entity({ name: 'criterion_marks' })
export class CriterionMark {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @PrimaryColumn({ name: 'criterion_id', type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => AgendaItem, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem!: AgendaItem;

  @ManyToOne(() => ThresholdCriterion, { nullable: false })
  @JoinColumn({ name: 'criterion_id' })
  criterion!: ThresholdCriterion;

  @Column({ type: 'boolean' })
  met!: boolean;

  @Column({ name: 'marked_by', type: 'uuid' })
  markedBy!: string;

  @UpdateDateColumn({ name: 'marked_at', type: 'timestamptz' })
  markedAt!: Date;
}
