import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller.js';
import { DashboardService } from './dashboard.service.js';

/** The service dashboard: the council's own indicators, from the records. */
@Module({ controllers: [DashboardController], providers: [DashboardService] })
export class DashboardModule {}
