import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FamilyFeedbackSent, SendFamilyFeedback } from '@convene/contracts';
import { FEEDBACK_RATINGS, FEEDBACK_TEXT_MAX_LENGTH, type FeedbackRating } from '@convene/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class SendFamilyFeedbackDto implements SendFamilyFeedback {
  @ApiProperty({ enum: FEEDBACK_RATINGS, description: '1 very poor, 2 poor, 3 OK, 4 good, 5 very good' })
  @IsIn(FEEDBACK_RATINGS, { message: 'Choose how it went, from very poor to very good' })
  rating!: FeedbackRating;

  @ApiPropertyOptional({ maxLength: FEEDBACK_TEXT_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(FEEDBACK_TEXT_MAX_LENGTH, { message: 'What went well must be 2000 characters or fewer' })
  wentWell?: string;

  @ApiPropertyOptional({ maxLength: FEEDBACK_TEXT_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(FEEDBACK_TEXT_MAX_LENGTH, { message: 'What could be better must be 2000 characters or fewer' })
  couldBeBetter?: string;
}

export class FamilyFeedbackSentDto implements FamilyFeedbackSent {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: FEEDBACK_RATINGS })
  rating!: FeedbackRating;

  @ApiProperty({ format: 'date-time' })
  sentAt!: string;
}
