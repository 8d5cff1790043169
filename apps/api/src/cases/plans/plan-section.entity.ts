import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EHC_PLAN_SECTIONS, type EhcPlanSection } from '@convene/domain';
import { oneOf } from '../../database/check.js';
import { EhcRequest } from '../ehc-request.entity.js';

/**
 * One section (A to K) of the EHC plan issued for a request, with its text. A section the plan leaves out
 * has no row, which is itself something quality reviewers judge.
 */
@Entity({ name: 'plan_sections' })
@Check('plan_sections_section', oneOf('section', EHC_PLAN_SECTIONS))
@Check('plan_sections_text', `length(btrim(text)) BETWEEN 1 AND 20000`)
export class PlanSection {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => EhcRequest, { nullable: false })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest;

  @PrimaryColumn({ type: 'text' })
  section!: EhcPlanSection;

  @Column({ type: 'text' })
  text!: string;
}
