import { ApiProperty } from '@nestjs/swagger';
import type { AdviceGatewaysView } from '@convene/contracts';
import { ADVICE_KINDS, type AdviceKind } from '@convene/domain';

export class AdviceGatewaysViewDto implements AdviceGatewaysView {
  @ApiProperty({
    enum: ADVICE_KINDS,
    isArray: true,
    description:
      "The agencies whose advice is triaged at a weekly gateway (health always); the others' is asked directly",
    example: ['health', 'social_care'],
  })
  adviceKinds!: AdviceKind[];
}
