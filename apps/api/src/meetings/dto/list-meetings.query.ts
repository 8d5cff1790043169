import { IsIn, IsOptional } from 'class-validator';

export class ListMeetingsQuery {
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when: 'upcoming' | 'past' = 'upcoming';
}
