import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TwoStepEnrolment, TwoStepStatus } from '@convene/contracts';
import { CurrentUser } from '../current-user.decorator.js';
import type { SessionUser } from '../session-user.js';
import { TwoStepCodeDto } from './dto/two-step-code.dto.js';
import { RecoveryCodesDto, TwoStepEnrolmentDto, TwoStepStatusDto } from './dto/two-step-views.dto.js';
import { TwoStepService } from './two-step.service.js';

@ApiTags('sign-in')
@ApiCookieAuth()
@Controller('auth/two-step')
export class TwoStepController {
  constructor(private readonly twoStep: TwoStepService) {}

  @Get()
  @ApiOperation({ summary: 'Whether two-step sign-in is on for you' })
  @ApiOkResponse({ type: TwoStepStatusDto })
  status(@CurrentUser() user: SessionUser): Promise<TwoStepStatus> {
    return this.twoStep.status(user);
  }

  @Post('enrolment')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start setting up an authenticator app',
    description:
      'Returns a new secret, its otpauth URI and a QR code, shown this once. 409 when it is already on.',
  })
  @ApiOkResponse({ type: TwoStepEnrolmentDto })
  startEnrolment(@CurrentUser() user: SessionUser): Promise<TwoStepEnrolment> {
    return this.twoStep.startEnrolment(user);
  }

  @Post('enrolment/confirm')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Turn two-step sign-in on with a first code from the app',
    description:
      'Returns 10 single-use recovery codes, shown this once. 401 two_step_code_wrong for a wrong code.',
  })
  @ApiOkResponse({ type: RecoveryCodesDto })
  confirmEnrolment(
    @CurrentUser() user: SessionUser,
    @Body() body: TwoStepCodeDto,
  ): Promise<RecoveryCodesDto> {
    return this.twoStep.confirmEnrolment(user, body.code);
  }

  @Post('disable')
  @HttpCode(204)
  @ApiOperation({ summary: 'Turn two-step sign-in off with a current code (administrators must keep it)' })
  @ApiNoContentResponse()
  disable(@CurrentUser() user: SessionUser, @Body() body: TwoStepCodeDto): Promise<void> {
    return this.twoStep.disable(user, body.code);
  }
}
