import {
  EXCEPTION_REGULATIONS,
  MAX_YEAR_GROUP,
  MIN_YEAR_GROUP,
  NEED_AREAS,
  REQUEST_SOURCES,
  REQUEST_STAGES,
  STATUTORY_EXCEPTION_KINDS,
  VULNERABILITY_MARKERS,
  type ExceptionRegulation,
  type NeedArea,
  type RequestSource,
  type RequestStage,
  type StatutoryExceptionKind,
  type VulnerabilityMarker,
} from '@convene/domain';
import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  type ValidationArguments,
} from 'class-validator';

/** Cells arrive trimmed, with blank cells as undefined (see CaseImportRowValidator). */
const REQUIRED = { message: '$property is required' };
const oneOf = (values: readonly string[]) => ({
  message: `$property '$value' is not one of: ${values.join(', ')}`,
});

/** A calendar day written YYYY-MM-DD; `echo` false keeps the value (a date of birth) out of the reason. */
function CalendarDateCell(options: { echo?: boolean } = {}) {
  const shown = options.echo === false ? '' : " '$value'";
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, {
      message: `$property${shown} must be a date written YYYY-MM-DD, like 2024-03-05`,
    }),
    IsISO8601({ strict: true }, { message: `$property${shown} is not a day on the calendar` }),
  );
}

const toWholeNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d{1,3}$/.test(value) ? Number(value) : value;
const toMarkerList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? [
        ...new Set(
          value
            .split(';')
            .map((marker) => marker.trim().toLowerCase())
            .filter(Boolean),
        ),
      ]
    : value;

function unknownMarkers(args: ValidationArguments): string {
  const unknown = (args.value as string[]).filter(
    (marker) => !(VULNERABILITY_MARKERS as readonly string[]).includes(marker),
  );
  return `vulnerability_markers ${unknown.map((m) => `'${m}'`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not one of: ${VULNERABILITY_MARKERS.join(', ')} (separate several with semicolons)`;
}

/** One row of a case import file, column by column; docs/case-import.md says what each column holds. */
export class CaseImportRowDto {
  @IsDefined(REQUIRED)
  @Matches(/^[A-Z0-9][A-Z0-9-]{2,39}$/, {
    message:
      "case_reference '$value' may contain only capital letters, digits and dashes (3 to 40 of them), like EHC-24-0173",
  })
  case_reference!: string;

  @IsDefined(REQUIRED)
  @MaxLength(100, { message: '$property is longer than 100 characters' })
  given_name!: string;

  @IsDefined(REQUIRED)
  @MaxLength(100, { message: '$property is longer than 100 characters' })
  family_name!: string;

  @IsDefined(REQUIRED)
  @CalendarDateCell({ echo: false })
  date_of_birth!: string;

  @IsDefined(REQUIRED)
  @Transform(toWholeNumber)
  @IsInt({
    message: `year_group '$value' must be a whole number from ${MIN_YEAR_GROUP} to ${MAX_YEAR_GROUP} (0 is reception)`,
  })
  @Min(MIN_YEAR_GROUP, {
    message: `year_group $value must be from ${MIN_YEAR_GROUP} to ${MAX_YEAR_GROUP} (0 is reception)`,
  })
  @Max(MAX_YEAR_GROUP, {
    message: `year_group $value must be from ${MIN_YEAR_GROUP} to ${MAX_YEAR_GROUP} (0 is reception)`,
  })
  year_group!: number;

  @IsOptional()
  @MaxLength(200, { message: '$property is longer than 200 characters' })
  setting_name?: string;

  /** Checked against the localities table by the validator. */
  @IsDefined(REQUIRED)
  @MaxLength(40, { message: '$property is longer than 40 characters' })
  locality_code!: string;

  @IsOptional()
  @IsEmail({}, { message: "flo_email '$value' is not an email address" })
  flo_email?: string;

  @IsDefined(REQUIRED)
  @IsIn(NEED_AREAS, oneOf(NEED_AREAS))
  primary_need!: NeedArea;

  @IsOptional()
  @Transform(toMarkerList)
  @IsIn(VULNERABILITY_MARKERS, { each: true, message: unknownMarkers })
  @ArrayMaxSize(VULNERABILITY_MARKERS.length, { message: '$property lists more markers than there are' })
  vulnerability_markers?: VulnerabilityMarker[];

  @IsDefined(REQUIRED)
  @CalendarDateCell()
  received_on!: string;

  @IsDefined(REQUIRED)
  @IsIn(REQUEST_SOURCES, oneOf(REQUEST_SOURCES))
  source!: RequestSource;

  @IsDefined(REQUIRED)
  @IsIn(REQUEST_STAGES, oneOf(REQUEST_STAGES))
  stage!: RequestStage;

  @IsOptional()
  @CalendarDateCell()
  decision_to_assess_on?: string;

  @IsOptional()
  @CalendarDateCell()
  decision_to_issue_on?: string;

  @IsOptional()
  @CalendarDateCell()
  draft_issued_on?: string;

  @IsOptional()
  @CalendarDateCell()
  final_issued_on?: string;

  @IsOptional()
  @CalendarDateCell()
  closed_on?: string;

  @IsOptional()
  @IsIn(EXCEPTION_REGULATIONS, oneOf(EXCEPTION_REGULATIONS))
  exception_regulation?: ExceptionRegulation;

  @IsOptional()
  @IsIn(STATUTORY_EXCEPTION_KINDS, oneOf(STATUTORY_EXCEPTION_KINDS))
  exception_kind?: StatutoryExceptionKind;

  @IsOptional()
  @CalendarDateCell()
  exception_starts_on?: string;

  @IsOptional()
  @CalendarDateCell()
  exception_ends_on?: string;

  @IsOptional()
  @CalendarDateCell()
  exception_advice_asked_on?: string;
}
