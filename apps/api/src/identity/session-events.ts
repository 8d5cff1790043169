import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';

export interface SessionEnded {
  userId: string;
  /** The one session that ended (a sign-out); absent when all the user's sessions ended (deactivation). */
  tokenHash?: string;
}

export interface SessionStandingChanged {
  /** Whose name, agency or two-step sign-in changed while their sessions go on. */
  userId: string;
}

/**
 * Tells the live rooms when sessions end, so a signed-out or deactivated person is disconnected at once; and when
 * what a session stands for changed, so their live connections read it again before their next command.
 */
@Injectable()
export class SessionEvents {
  readonly ended = new Subject<SessionEnded>();
  readonly standingChanged = new Subject<SessionStandingChanged>();
}
