import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Child } from '../cases/child.entity.js';
import { EhcRequest } from '../cases/ehc-request.entity.js';
import { FamilyLink } from '../family/family-link.entity.js';
import { User } from '../identity/user.entity.js';

/**
 * What a parent, carer or young person said about a draft plan, and the school or college they would like named
 * in it (reg 13(1)): one row for each time they sent something, never changed or deleted (a trigger refuses it), so
 * the council can show what the family said and when.
 */
@Entity({ name: 'draft_plan_comments' })
@Check('draft_plan_comments_comments', `length(btrim(comments)) BETWEEN 1 AND 10000`)
@Check(
  'draft_plan_comments_preferred_school',
  `preferred_school IS NULL OR length(btrim(preferred_school)) BETWEEN 1 AND 200`,
)
export class DraftPlanComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => EhcRequest, { nullable: false })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  /** The link the person sent it through: who they are to the child, as the council recorded it then. */
  @ManyToOne(() => FamilyLink, { nullable: false })
  @JoinColumn({ name: 'family_link_id' })
  familyLink!: FamilyLink;

  @Column({ name: 'family_link_id', type: 'uuid' })
  familyLinkId!: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  comments!: string;

  @Column({ name: 'preferred_school', type: 'text', nullable: true })
  preferredSchool!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}
