import { ApiProperty } from '@nestjs/swagger';
import type { WriteYouSaidWeDid } from '@convene/contracts';
import { YOU_SAID_WE_DID_MAX_LENGTH } from '@convene/domain';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class WriteYouSaidWeDidDto implements WriteYouSaidWeDid {
  @ApiProperty({
    maxLength: YOU_SAID_WE_DID_MAX_LENGTH,
    example: 'You said letters were hard to understand.',
    description: 'What families said. Never a child’s name.',
  })
  @IsString()
  @Matches(/\S/, { message: 'Enter what families said' })
  @MaxLength(YOU_SAID_WE_DID_MAX_LENGTH, { message: 'What families said must be 1000 characters or fewer' })
  youSaid!: string;

  @ApiProperty({
    maxLength: YOU_SAID_WE_DID_MAX_LENGTH,
    example: 'We rewrote our letters with parents from the parent carer forum.',
    description: 'What the service did about it. Never a child’s name.',
  })
  @IsString()
  @Matches(/\S/, { message: 'Enter what the service did' })
  @MaxLength(YOU_SAID_WE_DID_MAX_LENGTH, { message: 'What the service did must be 1000 characters or fewer' })
  weDid!: string;

  @IsOptional()
  @IsCalendarDate({ optional: true, description: 'The day families see it from; today when left out' })
  publishedOn?: string;
}
