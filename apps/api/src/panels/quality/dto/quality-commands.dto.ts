import type { AnswerJointFunding, ProposeJointFunding, SubmitScore } from '@convene/contracts';
import { JOINT_FUNDING_PARTIES, QUALITY_GRADES } from '@convene/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ItemCommandDto } from '../../../meetings/dto/meeting-commands.dto.js';

// The Quality and Compliance Group's socket commands, checked before anything runs: unknown fields are refused.

export class SubmitScoreDto extends ItemCommandDto implements SubmitScore {
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  metCriterionIds!: string[];

  @IsOptional()
  @IsIn(QUALITY_GRADES)
  grade?: SubmitScore['grade'];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  overrideReason?: string;
}

class JointFundingShareDto {
  @IsIn(JOINT_FUNDING_PARTIES)
  party!: ProposeJointFunding['shares'][number]['party'];

  @IsInt()
  @Min(0)
  @Max(100_000_000)
  amountPence!: number;
}

export class ProposeJointFundingDto extends ItemCommandDto implements ProposeJointFunding {
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  summary!: string;

  @IsInt()
  @Min(1)
  @Max(300_000_000)
  totalPence!: number;

  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(3)
  // Each an object: class-validator passes a list nested in the list, which has no fields to check.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => JointFundingShareDto)
  shares!: JointFundingShareDto[];
}

export class AnswerJointFundingDto extends ItemCommandDto implements AnswerJointFunding {
  @IsIn(JOINT_FUNDING_PARTIES)
  party!: AnswerJointFunding['party'];

  @IsBoolean()
  consent!: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
