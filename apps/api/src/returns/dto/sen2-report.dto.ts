import { ApiProperty } from '@nestjs/swagger';
import type { Sen2RecordIssues, Sen2Report } from '@convene/contracts';
import type { Sen2FixForm, Sen2Issue } from '@convene/domain';

class Sen2IssueDto implements Sen2Issue {
  @ApiProperty({
    example: 'upn_missing',
    description: 'The rule the record breaks (docs/sen2.md lists them)',
  })
  rule!: string;

  @ApiProperty({ enum: ['person', 'request', 'assessment', 'named_plan', 'active_plans', 'placement'] })
  module!: Sen2Issue['module'];

  @ApiProperty({ example: 'UPN', description: 'The SEN2 element, by the specification’s name' })
  field!: string;

  @ApiProperty({ example: 'Record the child’s unique pupil number (UPN), or why it is not known.' })
  message!: string;

  @ApiProperty({
    enum: ['return_details', 'placements', 'request'],
    description: 'Which form on the case page fixes it',
  })
  fix!: Sen2FixForm;

  @ApiProperty({
    format: 'uuid',
    required: false,
    description: 'The request it is about, for a request’s rule',
  })
  requestId?: string;
}

class Sen2RecordIssuesDto implements Sen2RecordIssues {
  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty({ example: 'EHC-26-0173' })
  caseReference!: string;

  @ApiProperty({ type: Sen2IssueDto, isArray: true })
  issues!: Sen2IssueDto[];
}

class Sen2CollectionYearDto {
  @ApiProperty({ format: 'date' })
  from!: string;

  @ApiProperty({ format: 'date' })
  to!: string;
}

class Sen2CountsDto {
  @ApiProperty({ description: 'Children in scope on the census date' })
  persons!: number;
  @ApiProperty({ description: 'Of those, ready to return' })
  ready!: number;
  @ApiProperty({ description: 'Of those, held back until fixed' })
  heldBack!: number;
  @ApiProperty()
  requests!: number;
  @ApiProperty()
  assessments!: number;
  @ApiProperty()
  namedPlans!: number;
  @ApiProperty()
  activePlans!: number;
  @ApiProperty()
  ceasedPlans!: number;
  @ApiProperty({ description: 'Placements of active plans on the census date' })
  placements!: number;
}

export class Sen2ReportDto implements Sen2Report {
  @ApiProperty({ format: 'date' })
  censusDate!: string;

  @ApiProperty({ type: Sen2CollectionYearDto })
  collectionYear!: Sen2CollectionYearDto;

  @ApiProperty({ type: String, isArray: true, description: 'Problems with the return as a whole' })
  returnIssues!: string[];

  @ApiProperty({ type: Sen2CountsDto })
  counts!: Sen2CountsDto;

  @ApiProperty({
    type: Sen2RecordIssuesDto,
    isArray: true,
    description: 'Every record that cannot be returned yet',
  })
  records!: Sen2RecordIssuesDto[];
}
