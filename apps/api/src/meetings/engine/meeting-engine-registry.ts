import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import {
  MEETING_COMMANDS,
  type ClientToServerEvents,
  type CommandBase,
  type MeetingCommandName,
  type SnapshotItem,
} from '@convene/contracts';
import type { AgendaItemKind, MeetingMemberRole } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import type { AgendaItemRow } from '../agenda-items.repository.js';
import type { CommandHandler, OptimisticHandler } from './command-context.js';
import type { OutcomeEffect, OutcomeEffects, RecordedOutcome } from './outcome-effects.js';

/** What the contract says a command's payload is. */
type PayloadOf<N extends MeetingCommandName> = Parameters<ClientToServerEvents[N]>[0];

/** A socket command: the DTO that checks its payload, and the handler that applies it. */
export interface RegisteredCommand<P = CommandBase> {
  dto: new () => P;
  handler: CommandHandler<P>;
  /** For a command that only appends a row: tried first, without the meeting's lock. */
  optimistic?: OptimisticHandler<P, unknown>;
}

/** Commands by their name in the contract, each typed by the payload the contract gives it. */
export type PanelCommands = { readonly [N in MeetingCommandName]?: RegisteredCommand<PayloadOf<N>> };

/** What a recorded outcome does beyond the meeting, by the kind of item it was recorded on. */
export type PanelOutcomeEffects = { readonly [K in AgendaItemKind]?: OutcomeEffect };

/** The fields of a snapshot item that a panel fills: each is null on items the panel has nothing to show for. */
const PANEL_SNAPSHOT_FIELDS = ['quality', 'jointFunding', 'advice', 'weeklyOrders'] as const;
export type PanelSnapshotField = (typeof PANEL_SNAPSHOT_FIELDS)[number];

/** Who the snapshot is for. */
export interface SnapshotViewer {
  userId: string;
  role: MeetingMemberRole;
}

/**
 * A panel's part of each item in the snapshot: read once for all the meeting's items, then given item by item.
 * `hidden`: the item is restricted and the viewer may not see whose case it is.
 */
export type SnapshotPart<F extends PanelSnapshotField> = (
  db: EntityManager,
  items: readonly AgendaItemRow[],
  viewer: SnapshotViewer,
) => Promise<(item: AgendaItemRow, hidden: boolean) => SnapshotItem[F]>;

export type PanelSnapshotParts = { readonly [F in PanelSnapshotField]?: SnapshotPart<F> };

/** What the panels show of one item in the snapshot. */
export type PanelSnapshotFields = Pick<SnapshotItem, PanelSnapshotField>;

/**
 * What one part of the live meeting adds to the engine: the core's own commands, or a panel's commands, its part
 * of the snapshot and what its outcomes do. Every part registers the same way, once, when its module starts.
 */
export interface PanelRegistration {
  /** Who registers, named when two parts register the same command, snapshot field or item kind. */
  panel: string;
  commands?: PanelCommands;
  snapshotParts?: PanelSnapshotParts;
  outcomeEffects?: PanelOutcomeEffects;
}

/**
 * What a panel adds to the engine that needs nothing injected: its commands, checked against the contract's names and
 * payloads where they are written, and its part of the snapshot. Its module registers it, with its outcome effects.
 */
export function definePanel(
  panel: string,
  parts: { commands?: PanelCommands; snapshotParts?: PanelSnapshotParts },
): PanelRegistration {
  return { panel, ...parts };
}

/** The ids of the items of the given kinds, for a snapshot part to read only what it shows. */
export function idsOfKinds(items: readonly AgendaItemRow[], kinds: readonly string[]): string[] {
  return items.filter((item) => kinds.includes(item.kind)).map((item) => item.id);
}

/**
 * The engine's commands, snapshot parts and outcome effects as the core and the panels registered them. The gateway subscribes
 * every registered command, the engine applies each by its registration, and the snapshot asks each panel for its
 * part. The application refuses to start if a command in the contract or a panel's field of the snapshot has no
 * registration, or two parts register one command, one field or one item kind's effect.
 */
@Injectable()
export class MeetingEngineRegistry implements OutcomeEffects, OnApplicationBootstrap {
  private readonly commands = new Map<MeetingCommandName, RegisteredCommand>();
  private readonly effects = new Map<AgendaItemKind, OutcomeEffect>();
  private readonly snapshotParts: { -readonly [F in PanelSnapshotField]?: SnapshotPart<F> } = {};
  private readonly owners = new Map<string, string>();
  private started = false;

  /** A registry of the given registrations, started: for checks that need every command without the application. */
  static of(...registrations: PanelRegistration[]): MeetingEngineRegistry {
    const registry = new MeetingEngineRegistry();
    for (const registration of registrations) registry.register(registration);
    registry.onApplicationBootstrap();
    return registry;
  }

  register({ panel, commands = {}, snapshotParts = {}, outcomeEffects = {} }: PanelRegistration): void {
    if (this.started)
      throw new Error(
        `${panel} registered with the meeting engine after it started: register in onModuleInit.`,
      );
    for (const [name, command] of Object.entries(commands) as [MeetingCommandName, RegisteredCommand][]) {
      if (!MEETING_COMMANDS.includes(name))
        throw new Error(`${panel} registered '${name}', which is not a command in the meeting protocol.`);
      this.claim(`the command '${name}'`, panel);
      this.commands.set(name, command);
    }
    for (const field of Object.keys(snapshotParts) as PanelSnapshotField[]) {
      this.claim(`the snapshot's ${field}`, panel);
      Object.assign(this.snapshotParts, { [field]: snapshotParts[field] });
    }
    for (const [kind, effect] of Object.entries(outcomeEffects) as [AgendaItemKind, OutcomeEffect][]) {
      this.claim(`what an outcome on a ${kind} item does`, panel);
      this.effects.set(kind, effect);
    }
  }

  /** Every command in the contract and every panel field of the snapshot is registered: else the application does not start. */
  onApplicationBootstrap(): void {
    const missing = [
      ...MEETING_COMMANDS.filter((name) => !this.commands.has(name)).map((name) => `the command '${name}'`),
      ...PANEL_SNAPSHOT_FIELDS.filter((field) => !this.snapshotParts[field]).map(
        (f) => `the snapshot's ${f}`,
      ),
    ];
    if (missing.length > 0)
      throw new Error(`The meeting engine cannot start: no panel registered ${missing.join(', ')}.`);
    this.started = true;
  }

  /** The registered command of that name: a Map lookup, nothing more, on every command. */
  command(name: MeetingCommandName): RegisteredCommand | undefined {
    return this.commands.get(name);
  }

  /** The names of every registered command, for the gateway to subscribe. */
  commandNames(): MeetingCommandName[] {
    return [...this.commands.keys()];
  }

  /** Each panel's part of the snapshot, read for the meeting's items at once: then, item by item, the panels' fields. */
  async snapshotOf(
    db: EntityManager,
    items: readonly AgendaItemRow[],
    viewer: SnapshotViewer,
  ): Promise<(item: AgendaItemRow, hidden: boolean) => PanelSnapshotFields> {
    const parts = this.snapshotParts;
    const [quality, jointFunding, advice, weeklyOrders] = await Promise.all([
      parts.quality!(db, items, viewer),
      parts.jointFunding!(db, items, viewer),
      parts.advice!(db, items, viewer),
      parts.weeklyOrders!(db, items, viewer),
    ]);
    return (item, hidden) => ({
      quality: quality(item, hidden),
      jointFunding: jointFunding(item, hidden),
      advice: advice(item, hidden),
      weeklyOrders: weeklyOrders(item, hidden),
    });
  }

  /** Runs inside the command's transaction: if the effect is refused, so is the outcome. */
  async apply(recorded: RecordedOutcome): Promise<void> {
    await this.effects.get(recorded.item.kind)?.(recorded);
  }

  private claim(what: string, panel: string): void {
    const owner = this.owners.get(what);
    if (owner)
      throw new Error(`The meeting engine cannot start: ${owner} and ${panel} both registered ${what}.`);
    this.owners.set(what, panel);
  }
}
