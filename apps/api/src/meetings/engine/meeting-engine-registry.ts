import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import {
  MEETING_COMMANDS,
  type ClientToServerEvents,
  type CommandBase,
  type MeetingCommandName,
} from '@convene/contracts';
import type { AgendaItemKind } from '@convene/domain';
import type { CommandHandler, OptimisticHandler } from './command-context.js';
import type { OutcomeEffect, OutcomeEffects, RecordedOutcome } from './outcome-effects.js';

/** What the contract says a command's payload is. */
export type PayloadOf<N extends MeetingCommandName> = Parameters<ClientToServerEvents[N]>[0];

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

/**
 * What one part of the live meeting adds to the engine: the core's own commands, or a panel's commands and what
 * its outcomes do. Every part registers the same way, once, when its module starts.
 */
export interface PanelRegistration {
  /** Who registers, named when two parts register the same command or item kind. */
  panel: string;
  commands?: PanelCommands;
  outcomeEffects?: PanelOutcomeEffects;
}

/** A panel's commands, checked against the contract's names and payloads where they are written. */
export function defineCommands(panel: string, commands: PanelCommands): PanelRegistration {
  return { panel, commands };
}

/**
 * The engine's commands and outcome effects as the core and the panels registered them. The gateway subscribes
 * every registered command, and the engine applies each by its registration. The application refuses to start
 * if a command in the contract has no registration, or two parts register one command or one item kind's effect.
 */
@Injectable()
export class MeetingEngineRegistry implements OutcomeEffects, OnApplicationBootstrap {
  private readonly commands = new Map<MeetingCommandName, RegisteredCommand>();
  private readonly effects = new Map<AgendaItemKind, OutcomeEffect>();
  private readonly owners = new Map<string, string>();
  private started = false;

  /** A registry of the given registrations, started: for checks that need every command without the application. */
  static of(...registrations: PanelRegistration[]): MeetingEngineRegistry {
    const registry = new MeetingEngineRegistry();
    for (const registration of registrations) registry.register(registration);
    registry.onApplicationBootstrap();
    return registry;
  }

  register({ panel, commands = {}, outcomeEffects = {} }: PanelRegistration): void {
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
    for (const [kind, effect] of Object.entries(outcomeEffects) as [AgendaItemKind, OutcomeEffect][]) {
      this.claim(`what an outcome on a ${kind} item does`, panel);
      this.effects.set(kind, effect);
    }
  }

  /** Every command in the contract is registered, once: otherwise the application does not start. */
  onApplicationBootstrap(): void {
    const missing = MEETING_COMMANDS.filter((name) => !this.commands.has(name));
    if (missing.length > 0)
      throw new Error(
        `The meeting engine cannot start: no panel registered ${missing.map((name) => `'${name}'`).join(', ')}.`,
      );
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
