import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { UploadEvidenceRequest } from '@convene/contracts';
import { PANEL_EVIDENCE_KINDS, type PanelEvidenceKind } from '@convene/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** The form fields sent with an evidence file (multipart, so every value arrives as text). */
export class UploadEvidenceDto implements UploadEvidenceRequest {
  @ApiProperty({ enum: PANEL_EVIDENCE_KINDS })
  @IsIn(PANEL_EVIDENCE_KINDS, { message: `kind must be one of: ${PANEL_EVIDENCE_KINDS.join(', ')}` })
  kind!: PanelEvidenceKind;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'EP advice, spring term' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "The request for assessment it belongs to: one of this child's",
  })
  @IsOptional()
  @IsUUID()
  requestId?: string;
}
