import { ApiProperty } from '@nestjs/swagger';
import type {
  AdviceRequestView,
  CaseDetail,
  CaseRequestDetail,
  RequestStep,
  StatutoryExceptionView,
} from '@convene/contracts';
import {
  ADVICE_KINDS,
  ADVICE_REQUEST_STATUSES,
  REQUEST_STAGES,
  EXCEPTION_REGULATIONS,
  STATUTORY_EXCEPTION_KINDS,
  type RequestStage,
  type StatutoryExceptionKind,
} from '@convene/domain';
import { PersonRefDto } from '../../common/dto/person-ref.dto.js';
import { AgencyRefDto } from '../../identity/admin/dto/agency-view.dto.js';
import { CaseRequestSummaryDto, ChildCaseDto, ClockBadgeDto } from './case-summary.dto.js';
import { RequestClockViewDto } from './request-clock-view.dto.js';

export class RequestStepDto implements RequestStep {
  @ApiProperty({ enum: REQUEST_STAGES })
  stage!: RequestStage;

  @ApiProperty({ format: 'date' })
  occurredOn!: string;

  @ApiProperty({ nullable: true, type: PersonRefDto })
  recordedBy!: PersonRefDto | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ nullable: true, type: String })
  note!: string | null;
}

export class StatutoryExceptionViewDto implements StatutoryExceptionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: EXCEPTION_REGULATIONS })
  regulation!: StatutoryExceptionView['regulation'];

  @ApiProperty({ enum: STATUTORY_EXCEPTION_KINDS })
  kind!: StatutoryExceptionKind;

  @ApiProperty({ format: 'date' })
  startsOn!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'The last day of the absence or closure',
  })
  endsOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  adviceAskedOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  adviceRequestId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  note!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Why the statutory clock does not allow this exception (it then excuses no time limit, here or in the monthly return); null when it does',
  })
  notAllowedBecause!: string | null;
}

export class AdviceRequestViewDto implements AdviceRequestView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ADVICE_KINDS })
  adviceKind!: AdviceRequestView['adviceKind'];

  @ApiProperty({ nullable: true, type: AgencyRefDto })
  agency!: AgencyRefDto | null;

  @ApiProperty({ format: 'date' })
  requestedOn!: string;

  @ApiProperty({ format: 'date' })
  dueOn!: string;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  returnedOn!: string | null;

  @ApiProperty({ enum: ADVICE_REQUEST_STATUSES })
  status!: AdviceRequestView['status'];
}

export class CaseRequestDetailDto extends CaseRequestSummaryDto implements CaseRequestDetail {
  @ApiProperty({ nullable: true, type: String, format: 'date' })
  decisionToAssessOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  decisionToIssueOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  draftIssuedOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  finalIssuedOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  closedOn!: string | null;

  @ApiProperty({ type: RequestStepDto, isArray: true })
  steps!: RequestStepDto[];

  @ApiProperty({ type: StatutoryExceptionViewDto, isArray: true })
  exceptions!: StatutoryExceptionViewDto[];

  @ApiProperty({ type: AdviceRequestViewDto, isArray: true })
  adviceRequests!: AdviceRequestViewDto[];

  @ApiProperty({ nullable: true, type: ClockBadgeDto })
  clock!: ClockBadgeDto | null;

  @ApiProperty({
    type: RequestClockViewDto,
    description: 'Every milestone of the path, from the statutory clock',
  })
  statutoryClock!: RequestClockViewDto;
}

export class CaseDetailDto extends ChildCaseDto implements CaseDetail {
  @ApiProperty({
    type: CaseRequestDetailDto,
    isArray: true,
    description: 'Every request for assessment, latest first',
  })
  requests!: CaseRequestDetailDto[];
}
