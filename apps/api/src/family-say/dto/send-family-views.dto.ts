import { ApiProperty } from '@nestjs/swagger';
import type { SendFamilyViews } from '@convene/contracts';
import { FAMILY_VIEWS_KINDS, type FamilyViewsKind } from '@convene/domain';
import { IsIn } from 'class-validator';

/** The form field sent with a family's file (multipart, so it arrives as text). */
export class SendFamilyViewsDto implements SendFamilyViews {
  @ApiProperty({ enum: FAMILY_VIEWS_KINDS, description: 'Your views, or your child’s own (All about me)' })
  @IsIn(FAMILY_VIEWS_KINDS, { message: 'Choose whose views these are' })
  kind!: FamilyViewsKind;
}
