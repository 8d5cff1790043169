import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DRAFT_COMMENTS_MAX_LENGTH,
  PREFERRED_SCHOOL_MAX_LENGTH,
  type SendDraftComments,
} from '@convene/contracts';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class SendDraftCommentsDto implements SendDraftComments {
  @ApiProperty({ maxLength: DRAFT_COMMENTS_MAX_LENGTH, description: 'What the family thinks of the draft' })
  @IsString()
  @Matches(/\S/, { message: 'Write what you think of the draft plan' })
  @MaxLength(DRAFT_COMMENTS_MAX_LENGTH, { message: 'Your comments must be 10,000 characters or fewer' })
  comments!: string;

  @ApiPropertyOptional({
    maxLength: PREFERRED_SCHOOL_MAX_LENGTH,
    example: 'Fernshire Primary School',
    description: 'The school or college the family would like named in the plan',
  })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'Write the name of the school or college, or leave it empty' })
  @MaxLength(PREFERRED_SCHOOL_MAX_LENGTH, {
    message: 'The name of the school or college must be 200 characters or fewer',
  })
  preferredSchool?: string;
}
