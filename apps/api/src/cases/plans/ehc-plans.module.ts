import { Module } from '@nestjs/common';
import { EhcPlansController } from './ehc-plans.controller.js';
import { EhcPlansService } from './ehc-plans.service.js';

/** Issued EHC plans' content: read in full by roles that may see names, and redacted for quality reviews. */
@Module({ controllers: [EhcPlansController], providers: [EhcPlansService], exports: [EhcPlansService] })
export class EhcPlansModule {}
