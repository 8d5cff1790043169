import { ApiProperty } from '@nestjs/swagger';

/** Whether the sign-in page offers single sign-on, and the words on its button. */
export class SsoStatusDto {
  @ApiProperty({ description: 'True when the council has set up single sign-on.' })
  enabled!: boolean;

  @ApiProperty({
    description: 'The button label; empty when single sign-on is not set up.',
    example: 'Sign in with your council account',
  })
  label!: string;
}
