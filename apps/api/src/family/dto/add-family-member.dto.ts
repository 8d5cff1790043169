import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AddFamilyMember } from '@convene/contracts';
import { FAMILY_MEMBER_KINDS, type FamilyMemberKind } from '@convene/domain';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const FAMILY_NAME_MAX_LENGTH = 200;
export const RELATIONSHIP_MAX_LENGTH = 60;
export const EMAIL_MAX_LENGTH = 254;

export class AddFamilyMemberDto implements AddFamilyMember {
  @ApiProperty({ maxLength: FAMILY_NAME_MAX_LENGTH, example: 'Sam Taylor' })
  @IsString()
  @Matches(/\S/, { message: 'Enter the family member’s name' })
  @MaxLength(FAMILY_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ maxLength: EMAIL_MAX_LENGTH, description: 'The address the council holds for them' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@example.com' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @ApiProperty({ enum: FAMILY_MEMBER_KINDS })
  @IsIn(FAMILY_MEMBER_KINDS)
  kind!: FamilyMemberKind;

  @ApiPropertyOptional({
    description: 'For a parent or carer: must be true (422 no_parental_responsibility otherwise)',
  })
  @IsOptional()
  @IsBoolean()
  parentalResponsibility?: boolean;

  @ApiProperty({ maxLength: RELATIONSHIP_MAX_LENGTH, example: 'mum' })
  @IsString()
  @Matches(/\S/, { message: 'Enter how they are related to the child' })
  @MaxLength(RELATIONSHIP_MAX_LENGTH)
  relationship!: string;

  @ApiPropertyOptional({ description: 'Parents living apart: never show them the other parent’s details' })
  @IsOptional()
  @IsBoolean()
  contactRestricted?: boolean;
}
