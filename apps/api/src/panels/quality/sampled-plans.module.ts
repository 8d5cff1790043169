import { Module } from '@nestjs/common';
import { EhcPlansModule } from '../../cases/plans/ehc-plans.module.js';
import { SampledPlansController } from './sampled-plans.controller.js';
import { SampledPlansService } from './sampled-plans.service.js';

/** The fourth tier of quality assurance: parent reviewers read sampled plans redacted and pseudonymous. */
@Module({
  imports: [EhcPlansModule],
  controllers: [SampledPlansController],
  providers: [SampledPlansService],
})
export class SampledPlansModule {}
