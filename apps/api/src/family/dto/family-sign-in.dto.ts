import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AskForFamilySignInLink,
  FamilySignInLinkAsked,
  RedeemFamilySignInLink,
} from '@convene/contracts';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';
import { EMAIL_MAX_LENGTH } from './add-family-member.dto.js';

export class AskForFamilySignInLinkDto implements AskForFamilySignInLink {
  @ApiProperty({ maxLength: EMAIL_MAX_LENGTH, example: 'sam.taylor@example.com' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@example.com' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;
}

export class RedeemFamilySignInLinkDto implements RedeemFamilySignInLink {
  @ApiProperty({ maxLength: 64, description: 'The token from the link’s `#token=` fragment' })
  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'token is not a sign-in link’s token' })
  token!: string;
}

export class FamilySignInLinkAskedDto implements FamilySignInLinkAsked {
  @ApiProperty({ description: 'The same words whether or not the address is a family account' })
  message!: string;

  @ApiPropertyOptional({
    description:
      'Only for a demo account (an address at a `.example` domain, which no real mailbox can have, while DEMO_DATA is ' +
      '`auto`): the link its email carries, so the demo can be tried without a mail server',
  })
  demoLink?: string;
}
