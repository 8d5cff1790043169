import { ApiProperty } from '@nestjs/swagger';
import type { AuditRecordView } from '@convene/contracts';
import { PersonRefDto } from '../../common/dto/person-ref.dto.js';
import { pageOf } from '../../common/dto/page.dto.js';

class AuditRecordViewDto implements AuditRecordView {
  @ApiProperty({ description: 'Its place in the trail' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ nullable: true, type: PersonRefDto, description: 'Null for what the system did itself' })
  actor!: PersonRefDto | null;

  @ApiProperty({ example: 'request.assessment' })
  action!: string;

  @ApiProperty({ example: 'ehc_request' })
  entityType!: string;

  @ApiProperty()
  entityId!: string;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  meetingId!: string | null;

  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true })
  before!: Record<string, unknown> | null;

  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true })
  after!: Record<string, unknown> | null;
}

export const AuditRecordViewPage = pageOf(AuditRecordViewDto);
