import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

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
}
