import { Injectable } from '@nestjs/common';
import type { FamilyFeedbackIndicator } from '@convene/contracts';
import { feedbackFigures, feedbackPeriods } from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../common/today.js';
import { FamilyFeedbackRepository } from '../family-say/family-feedback.repository.js';

/** Families' feedback on how the process went, for leadership: the last 90 days against the 90 before. */
@Injectable()
export class FamilyFeedbackIndicatorService {
  constructor(private readonly dataSource: DataSource) {}

  async indicator(): Promise<FamilyFeedbackIndicator> {
    const countedOn = todayInEngland();
    const { last, previous } = feedbackPeriods(countedOn);
    const feedback = new FamilyFeedbackRepository(this.dataSource.manager);
    const [lastRatings, previousRatings] = await Promise.all([
      feedback.ratingsBetween(last.from, last.to),
      feedback.ratingsBetween(previous.from, previous.to),
    ]);
    return {
      countedOn,
      last90Days: feedbackFigures(last, lastRatings),
      previous90Days: feedbackFigures(previous, previousRatings),
    };
  }
}
