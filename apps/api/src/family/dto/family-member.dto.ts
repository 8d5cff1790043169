import { ApiProperty } from '@nestjs/swagger';
import type { FamilyMember } from '@convene/contracts';
import { FAMILY_MEMBER_KINDS, type FamilyMemberKind } from '@convene/domain';

export class FamilyMemberDto implements FamilyMember {
  @ApiProperty({ format: 'uuid', description: 'This person’s access to this child (the family link)' })
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ format: 'email' })
  email!: string;
  @ApiProperty({ enum: FAMILY_MEMBER_KINDS })
  kind!: FamilyMemberKind;
  @ApiProperty({ example: 'mum' })
  relationship!: string;
  @ApiProperty({
    description: 'Parents living apart: this person is never shown the other parent’s contact details',
  })
  contactRestricted!: boolean;
  @ApiProperty({ format: 'date-time' })
  addedAt!: string;
}
