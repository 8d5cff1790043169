import { ApiProperty } from '@nestjs/swagger';
import type { TwoStepEnrolment, TwoStepStatus } from '@convene/contracts';

export class TwoStepStatusDto implements TwoStepStatus {
  @ApiProperty()
  on!: boolean;

  @ApiProperty({ description: 'Administrators must have two-step sign-in' })
  requiredForYou!: boolean;

  @ApiProperty({ minimum: 0 })
  recoveryCodesLeft!: number;
}

export class TwoStepEnrolmentDto implements TwoStepEnrolment {
  @ApiProperty({ description: 'Base32; shown this once, never returned again' })
  secret!: string;

  @ApiProperty({ example: 'otpauth://totp/Convene:chair%40council.example?secret=…&issuer=Convene' })
  otpauthUri!: string;

  @ApiProperty({ description: 'The otpauth URI as a QR code, a PNG data URL' })
  qrCode!: string;
}

export class RecoveryCodesDto {
  @ApiProperty({ type: String, isArray: true, description: 'Single-use; shown this once' })
  recoveryCodes!: string[];
}
