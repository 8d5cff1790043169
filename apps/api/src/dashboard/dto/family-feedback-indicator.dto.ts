import { ApiProperty } from '@nestjs/swagger';
import type { FamilyFeedbackIndicator } from '@convene/contracts';
import type { FeedbackPeriodFigures } from '@convene/domain';

class FeedbackPeriodFiguresDto implements FeedbackPeriodFigures {
  @ApiProperty({ format: 'date', description: 'First day of the period, counted' })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period, counted' })
  to!: string;

  @ApiProperty({ description: 'Feedbacks sent in the period' })
  count!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean rating to one decimal place; null with none',
  })
  meanRating!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Share rating good or very good (4 or 5), a whole percentage; null with none',
  })
  percentGood!: number | null;
}

export class FamilyFeedbackIndicatorDto implements FamilyFeedbackIndicator {
  @ApiProperty({ format: 'date' })
  countedOn!: string;

  @ApiProperty({ type: FeedbackPeriodFiguresDto, description: 'The 90 days to today' })
  last90Days!: FeedbackPeriodFiguresDto;

  @ApiProperty({ type: FeedbackPeriodFiguresDto, description: 'The 90 days before those' })
  previous90Days!: FeedbackPeriodFiguresDto;
}
