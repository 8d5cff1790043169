import { ApiProperty } from '@nestjs/swagger';
import type { DraftPlanComments } from '@convene/contracts';
import { FAMILY_MEMBER_KINDS, type FamilyMemberKind } from '@convene/domain';

class CommentSenderDto {
  @ApiProperty({ example: 'Sam Taylor' })
  name!: string;

  @ApiProperty({ example: 'mum', description: 'Who they are to the child, as their family link records it' })
  relationship!: string;

  @ApiProperty({ enum: FAMILY_MEMBER_KINDS })
  kind!: FamilyMemberKind;
}

export class DraftPlanCommentsDto implements DraftPlanComments {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The request whose draft plan it is about' })
  requestId!: string;

  @ApiProperty({ format: 'date-time' })
  sentAt!: string;

  @ApiProperty({ type: CommentSenderDto })
  sentBy!: CommentSenderDto;

  @ApiProperty()
  comments!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The school or college the family would like named',
  })
  preferredSchool!: string | null;
}
