import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class SignInDto {
  @ApiProperty({ example: 'chair@fernshire.example' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@council.gov.uk' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'convene-demo', format: 'password' })
  @IsString()
  @MinLength(1, { message: 'Enter your password' })
  @MaxLength(1024)
  password!: string;

  @ApiProperty({
    required: false,
    example: '123456',
    description: 'With two-step sign-in on: the code from the authenticator app, or a recovery code',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  code?: string;
}
