import { Module } from '@nestjs/common';
import { AnnualReviewsController } from './annual-reviews.controller.js';
import { AnnualReviewsService } from './annual-reviews.service.js';
import { PhaseTransfersController } from './phase-transfers.controller.js';
import { PhaseTransfersService } from './phase-transfers.service.js';

/** Annual reviews of EHC plans and phase transfers: recorded on the case, counted on the dashboard. */
@Module({
  controllers: [AnnualReviewsController, PhaseTransfersController],
  providers: [AnnualReviewsService, PhaseTransfersService],
})
export class ReviewsModule {}
