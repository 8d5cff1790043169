import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Child } from './child.entity.js';

/**
 * A child's parent or carer, as the plan names them. Personal, like the child's own name: shown only to
 * roles that may see names, never logged, and redacted from the plan parent reviewers read.
 */
@Entity({ name: 'parent_carers' })
@Check('parent_carers_name', `length(btrim(name)) BETWEEN 1 AND 200`)
@Check('parent_carers_relationship', `length(btrim(relationship)) BETWEEN 1 AND 60`)
export class ParentCarer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** In the family's words: "mum", "dad", "foster carer", "grandmother". */
  @Column({ type: 'text' })
  relationship!: string;
}
