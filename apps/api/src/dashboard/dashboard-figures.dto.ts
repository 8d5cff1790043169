import {
  DECISION_BREAKDOWNS,
  DECISION_OUTCOMES,
  FIGURE_MEASURES,
  FIGURE_SPANS,
  FIGURES_COUNTED_TODAY,
  type DecisionBreakdown,
  type DecisionOutcome,
  type FigureMeasure,
  type FigureQuery,
  type FigureSpan,
} from '@convene/contracts';
import { ADVICE_KINDS } from '@convene/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { OPEN_REQUEST_STAGES } from './timeliness-figures.query.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = 'month must be a month like 2026-10';

const ADVICE_TIMELINESS: readonly FigureMeasure[] = ['advices_due', 'advices_on_time'];
const ADVICE_FIGURES: readonly FigureMeasure[] = [
  ...ADVICE_TIMELINESS,
  'advices_moderated',
  'advices_meeting_standard',
];

/** A property that belongs to some figures only: given with any other, it is refused rather than ignored. */
function OnlyWhen(applies: (query: FigureCasesQuery) => boolean, message: string) {
  return ValidateBy({
    name: 'onlyWhen',
    validator: {
      validate: (_value, args) => applies(args!.object as FigureCasesQuery),
      defaultMessage: () => message,
    },
  });
}

export class DashboardMonthQuery {
  @ApiPropertyOptional({
    example: '2026-10',
    description: 'The month (YYYY-MM); the 12 months end with it. This month if left out.',
  })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;
}

/** A figure of the dashboard whose cases are wanted; what each measure needs besides is checked here. */
export class FigureCasesQuery implements FigureQuery {
  @ApiProperty({ enum: FIGURE_MEASURES, description: 'Which figure' })
  @IsIn(FIGURE_MEASURES, { message: `measure must be one of ${FIGURE_MEASURES.join(', ')}` })
  measure!: FigureMeasure;

  @ApiPropertyOptional({
    example: '2026-10',
    description: 'The month of the figure; not needed for the open requests, which are counted today',
  })
  @ValidateIf((q: FigureCasesQuery) => !FIGURES_COUNTED_TODAY.includes(q.measure) || q.month !== undefined)
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;

  @ApiPropertyOptional({
    enum: FIGURE_SPANS,
    default: 'month',
    description: 'The month itself, or the 12 months to its end',
  })
  @IsOptional()
  @IsIn(FIGURE_SPANS)
  span?: FigureSpan;

  @ApiPropertyOptional({
    enum: OPEN_REQUEST_STAGES,
    description: 'For `open`: only the requests at this stage',
  })
  @IsOptional()
  @IsIn(OPEN_REQUEST_STAGES)
  @OnlyWhen((q) => q.measure === 'open', 'stage is only for the measure open')
  stage?: string;

  @ApiPropertyOptional({
    example: 'Educational psychology',
    description: 'For the advice figures: the agency, by the name the figure gives it',
  })
  @ValidateIf((q: FigureCasesQuery) => ADVICE_FIGURES.includes(q.measure) || q.agency !== undefined)
  @IsString()
  @IsNotEmpty({ message: 'agency is needed for the advice figures' })
  @MaxLength(200)
  @OnlyWhen((q) => ADVICE_FIGURES.includes(q.measure), 'agency is only for the advice figures')
  agency?: string;

  @ApiPropertyOptional({ enum: ADVICE_KINDS, description: 'For `advices_due` and `advices_on_time`' })
  @ValidateIf((q: FigureCasesQuery) => ADVICE_TIMELINESS.includes(q.measure) || q.adviceKind !== undefined)
  @IsIn(ADVICE_KINDS)
  @OnlyWhen(
    (q) => ADVICE_TIMELINESS.includes(q.measure),
    'adviceKind is only for advices_due and advices_on_time',
  )
  adviceKind?: string;

  @ApiPropertyOptional({ enum: DECISION_OUTCOMES, description: 'For `decisions`' })
  @ValidateIf((q: FigureCasesQuery) => q.measure === 'decisions' || q.outcome !== undefined)
  @IsIn(DECISION_OUTCOMES)
  @OnlyWhen((q) => q.measure === 'decisions', 'outcome is only for decisions')
  outcome?: DecisionOutcome;

  @ApiPropertyOptional({
    enum: DECISION_BREAKDOWNS,
    description: 'For `decisions`: the breakdown the figure is a row of (with `key`)',
  })
  @IsOptional()
  @IsIn(DECISION_BREAKDOWNS)
  @OnlyWhen((q) => q.measure === 'decisions', 'by is only for decisions')
  by?: DecisionBreakdown;

  @ApiPropertyOptional({
    example: 'Northdale',
    description: 'With `by`: the row, as the figures name it (a locality, an area of need, a setting)',
  })
  @ValidateIf((q: FigureCasesQuery) => q.by !== undefined || q.key !== undefined)
  @IsString()
  @IsNotEmpty({ message: 'key is needed with by: the row of the breakdown' })
  @MaxLength(200)
  @OnlyWhen((q) => q.by !== undefined, 'key is only given with by')
  key?: string;
}
