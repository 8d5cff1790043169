import { LEADERSHIP_PACK_NARRATIVE_MAX, type WriteLeadershipPackNarrative } from '@convene/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class LeadershipPackMonthParams {
  @ApiProperty({ example: '2026-11', description: 'The month of the pack (YYYY-MM)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month like 2026-11' })
  month!: string;
}

export class WriteLeadershipPackNarrativeDto implements WriteLeadershipPackNarrative {
  @ApiProperty({
    maxLength: LEADERSHIP_PACK_NARRATIVE_MAX,
    description: "The service's account of the month, for the Head of Service and the Improvement Board",
  })
  @IsString()
  @Matches(/\S/, { message: 'narrative must not be blank' })
  @IsNotEmpty()
  @MaxLength(LEADERSHIP_PACK_NARRATIVE_MAX)
  narrative!: string;
}
