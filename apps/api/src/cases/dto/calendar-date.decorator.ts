import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';

/** A calendar day, YYYY-MM-DD, that exists (2023-02-29 does not). */
export function IsCalendarDate(options: { optional?: boolean; description?: string } = {}) {
  const doc = { type: String, format: 'date', example: '2026-03-02', description: options.description };
  return applyDecorators(
    options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date like 2026-03-02' }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
  );
}
