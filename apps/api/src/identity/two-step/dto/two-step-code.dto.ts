import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** A code from the authenticator app (or, where it says so, a recovery code). */
export class TwoStepCodeDto {
  @ApiProperty({ example: '123456' })
  @IsString()
  @MinLength(6, { message: 'Enter the 6-digit code from your authenticator app' })
  @MaxLength(32)
  code!: string;
}
