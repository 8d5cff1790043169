import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ChangeFamilyMember } from '@convene/contracts';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, RELATIONSHIP_MAX_LENGTH } from './add-family-member.dto.js';

export class ChangeFamilyMemberDto implements ChangeFamilyMember {
  @ApiPropertyOptional({ maxLength: EMAIL_MAX_LENGTH })
  @IsOptional()
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@example.com' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string;

  @ApiPropertyOptional({ maxLength: RELATIONSHIP_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'Enter how they are related to the child' })
  @MaxLength(RELATIONSHIP_MAX_LENGTH)
  relationship?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  contactRestricted?: boolean;
}
