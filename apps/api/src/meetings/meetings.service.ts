import { Injectable } from '@nestjs/common';
import type { MeetingListItem } from '@convene/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../identity/session-user.js';
import { MeetingsRepository } from './meetings.repository.js';

/** The meetings a person is invited to. */
@Injectable()
export class MeetingsService {
  constructor(private readonly dataSource: DataSource) {}

  listFor(user: SessionUser, when: 'upcoming' | 'past'): Promise<MeetingListItem[]> {
    return new MeetingsRepository(this.dataSource.manager).listFor(user.id, when);
  }
}
