import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiErrorBody, FieldError } from '@convene/contracts';

class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'child.dateOfBirth', description: 'Dotted path of the field in the body or query' })
  field!: string;

  @ApiProperty({ type: String, isArray: true })
  messages!: string[];
}

/** The one body of every 4xx and 5xx answer. */
export class ApiErrorBodyDto implements ApiErrorBody {
  @ApiProperty({ example: 429 })
  statusCode!: number;

  @ApiProperty({
    example: 'rate_limited',
    description: 'Stable and machine-readable: switch on this, never on `message`',
  })
  code!: string;

  @ApiProperty({ description: 'For a person to read; never a stack trace or personal data' })
  message!: string;

  @ApiPropertyOptional({
    type: FieldErrorDto,
    isArray: true,
    description: 'On validation_failed: each field wrong',
  })
  fields?: FieldErrorDto[];
}
