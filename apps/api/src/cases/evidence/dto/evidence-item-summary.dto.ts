import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES, type EvidenceItemSummary, type EvidenceMediaType } from '@convene/contracts';
import { EVIDENCE_KINDS, type EvidenceKind } from '@convene/domain';
import { PersonRefDto } from '../../../common/dto/person-ref.dto.js';

export class EvidenceUploaderDto extends PersonRefDto {}

export class SentByFamilyDto {
  @ApiProperty({ example: 'mum', description: 'Their relationship to the child, in the family’s words' })
  relationship!: string;
}

export class EvidenceItemSummaryDto implements EvidenceItemSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  requestId!: string | null;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The complaint, mediation or appeal it is filed on',
  })
  disagreementId!: string | null;

  @ApiProperty({ enum: EVIDENCE_KINDS })
  kind!: EvidenceKind;

  @ApiProperty()
  title!: string;

  @ApiProperty({
    description: 'As uploaded, without folder path or control characters; never trusted for the type',
  })
  fileName!: string;

  @ApiProperty({ enum: EVIDENCE_MEDIA_TYPES, description: "Detected from the file's content" })
  mediaType!: EvidenceMediaType;

  @ApiProperty({ minimum: 1 })
  sizeBytes!: number;

  @ApiProperty({ description: 'Hex SHA-256 of the content' })
  sha256!: string;

  @ApiProperty({ format: 'date-time' })
  uploadedAt!: string;

  @ApiProperty({ type: EvidenceUploaderDto })
  uploadedBy!: EvidenceUploaderDto;

  @ApiProperty({
    type: SentByFamilyDto,
    nullable: true,
    description:
      'Sent by the child’s family themselves (their views or the child’s own); null when staff added it',
  })
  sentByFamily!: SentByFamilyDto | null;
}
