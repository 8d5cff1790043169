import { Injectable } from '@nestjs/common';
import type { AgendaItemKind } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import type { SessionUser } from '../../identity/session-user.js';

export interface RecordedOutcome {
  manager: EntityManager;
  user: SessionUser;
  meetingId: string;
  item: { id: string; kind: AgendaItemKind; requestId: string | null; panelRequestId: string | null };
  outcome: string;
  reasons: string;
}

export type OutcomeEffect = (recorded: RecordedOutcome) => Promise<void>;

/**
 * What a recorded outcome does beyond the meeting, by item kind, registered by each panel (the
 * Decision-Making Group moves the case along its path). Runs inside the command's transaction: if the
 * effect is refused, so is the outcome, and nothing is half-written.
 */
@Injectable()
export class OutcomeEffects {
  private readonly effects = new Map<AgendaItemKind, OutcomeEffect>();

  register(kinds: readonly AgendaItemKind[], effect: OutcomeEffect): void {
    for (const kind of kinds) this.effects.set(kind, effect);
  }

  async apply(recorded: RecordedOutcome): Promise<void> {
    await this.effects.get(recorded.item.kind)?.(recorded);
  }
}
