import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { YouSaidWeDid } from '@convene/contracts';
import { YouSaidWeDidDto } from './dto/you-said-we-did.dto.js';
import { YouSaidWeDidService } from './you-said-we-did.service.js';

@ApiTags('family')
@ApiCookieAuth()
@Controller('family/you-said-we-did')
export class FamilyYouSaidWeDidController {
  constructor(private readonly entries: YouSaidWeDidService) {}

  @Get()
  @ApiOperation({
    summary: 'You said, we did: what families told the service and what it changed, newest first',
    description: 'Published entries only; withdrawn ones are not shown.',
  })
  @ApiOkResponse({ type: [YouSaidWeDidDto] })
  list(): Promise<YouSaidWeDid[]> {
    return this.entries.published();
  }
}
