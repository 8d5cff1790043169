import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FEEDBACK_TEXT_MAX_LENGTH } from '@convene/domain';
import { Child } from '../cases/child.entity.js';
import { User } from '../identity/user.entity.js';

/**
 * How the process went, in a family member's words: a rating from 1 (very poor) to 5 (very good) and what went well
 * or could be better. Append-only; at most one a day for each person and child (the database refuses a second).
 */
@Entity({ name: 'family_feedback' })
@Check('family_feedback_rating', `rating BETWEEN 1 AND 5`)
@Check('family_feedback_went_well', `length(went_well) <= ${FEEDBACK_TEXT_MAX_LENGTH}`)
@Check('family_feedback_could_be_better', `length(could_be_better) <= ${FEEDBACK_TEXT_MAX_LENGTH}`)
@Index('family_feedback_once_a_day', ['userId', 'childId', 'sentOn'], { unique: true })
export class FamilyFeedback {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ name: 'went_well', type: 'text', nullable: true })
  wentWell!: string | null;

  @Column({ name: 'could_be_better', type: 'text', nullable: true })
  couldBeBetter!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;

  /** The day in England it was sent: the leadership figures count by it, and it allows one a day. */
  @Index()
  @Column({ name: 'sent_on', type: 'date' })
  sentOn!: string;
}
