import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../identity/user.entity.js';
import { AgendaItem } from './agenda-item.entity.js';

/**
 * A correction of a recorded decision's written reasons, kept beside the original and never in its place: the
 * decision as recorded stays in the item, and every correction after it says what was put right and why.
 * Append-only: the database refuses to change or delete one.
 */
@Entity({ name: 'decision_corrections' })
export class DecisionCorrection {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AgendaItem, { nullable: false })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem!: AgendaItem;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'text' })
  reasons!: string;

  @Column({ type: 'text', nullable: true })
  conditions!: string | null;

  @Column({ name: 'correction_reason', type: 'text' })
  correctionReason!: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'corrected_by' })
  correctedBy!: User;

  @Column({ name: 'corrected_by', type: 'uuid' })
  correctedById!: string;

  @CreateDateColumn({ name: 'corrected_at', type: 'timestamptz' })
  correctedAt!: Date;
}
