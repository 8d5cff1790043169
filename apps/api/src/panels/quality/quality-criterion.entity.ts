import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One criterion of the council's quality framework for EHC plans, in a section, with its weight in the grade. */
@Entity({ name: 'quality_criteria' })
@Check('quality_criteria_weight', `weight BETWEEN 1 AND 10`)
@Index(['position'])
export class QualityCriterion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  section!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'integer' })
  weight!: number;

  @Column({ type: 'integer' })
  position!: number;

  /** Retired criteria stay, so past scores still show what was ticked. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
