import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';

export interface SessionEnded {
  userId: string;
  /** The one session that ended (a sign-out); absent when all the user's sessions ended (deactivation). */
  tokenHash?: string;
}

/** Tells the live rooms when sessions end, so a signed-out or deactivated person is disconnected at once. */
@Injectable()
export class SessionEvents {
  readonly ended = new Subject<SessionEnded>();
}
