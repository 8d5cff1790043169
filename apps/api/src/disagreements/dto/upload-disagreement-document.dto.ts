import { ApiProperty } from '@nestjs/swagger';
import type { UploadDisagreementDocumentRequest } from '@convene/contracts';
import { DISAGREEMENT_DOCUMENT_KINDS, type DisagreementDocumentKind } from '@convene/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

/** The form fields sent with a document filed on a disagreement (multipart, so every value arrives as text). */
export class UploadDisagreementDocumentDto implements UploadDisagreementDocumentRequest {
  @ApiProperty({ enum: DISAGREEMENT_DOCUMENT_KINDS })
  @IsIn(DISAGREEMENT_DOCUMENT_KINDS, {
    message: `kind must be one of: ${DISAGREEMENT_DOCUMENT_KINDS.join(', ')}`,
  })
  kind!: DisagreementDocumentKind;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Tribunal notice of appeal, registered 3 March' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(200)
  title!: string;
}
