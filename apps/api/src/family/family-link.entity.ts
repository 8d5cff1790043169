import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FAMILY_MEMBER_KINDS, type FamilyMemberKind } from '@convene/domain';
import { Child } from '../cases/child.entity.js';
import { oneOf } from '../database/check.js';
import { User } from '../identity/user.entity.js';

/**
 * A family account's access to one child's case: a parent or carer with parental responsibility, or the young person
 * themself. One person may have a link for each of several children (siblings). Never deleted: removing access sets
 * `removed_at`, and a later return is a new link.
 */
@Entity({ name: 'family_links' })
@Check('family_links_kind', oneOf('kind', FAMILY_MEMBER_KINDS))
@Check('family_links_relationship', `length(btrim(relationship)) BETWEEN 1 AND 60`)
@Index('family_links_live_once', ['userId', 'childId'], { unique: true, where: 'removed_at IS NULL' })
export class FamilyLink {
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

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ type: 'text' })
  kind!: FamilyMemberKind;

  /** In the family's words: "mum", "dad", "foster carer", "grandmother", "self". */
  @Column({ type: 'text' })
  relationship!: string;

  /**
   * Parents living apart where the council recorded a restriction: this person is never shown the other parent's
   * contact details.
   */
  @Column({ name: 'contact_restricted', type: 'boolean', default: false })
  contactRestricted!: boolean;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'added_by' })
  addedByUser!: User;

  @Column({ name: 'added_by', type: 'uuid' })
  addedBy!: string;

  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'now()' })
  addedAt!: Date;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'removed_by' })
  removedByUser!: User | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy!: string | null;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}
