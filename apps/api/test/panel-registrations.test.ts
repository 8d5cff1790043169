import { Injectable, Module, type OnModuleInit, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { EngineCommands } from '../src/meetings/engine/engine-commands.js';
import {
  MeetingEngineRegistry,
  type PanelRegistration,
} from '../src/meetings/engine/meeting-engine-registry.js';
import { DECISION_MAKING_PANEL } from '../src/panels/decision-making/decision-making.panel.js';
import { AdviceGatewayPanel } from '../src/panels/advice-gateway/advice-gateway.panel.js';
import { QUALITY_PANEL } from '../src/panels/quality/quality.panel.js';
import { WeeklyOrdersPanel } from '../src/panels/weekly-orders/weekly-orders.panel.js';
import { aMeeting } from './support/meeting-factory.js';
import { roomSeats } from './support/room-seats.js';

/** A panel's module as a test writes it: registering what it is given with the engine when it starts. */
function aPanelRegistering(registration: PanelRegistration): Type {
  @Injectable()
  class PanelModuleRegistration implements OnModuleInit {
    constructor(private readonly engine: MeetingEngineRegistry) {}
    onModuleInit(): void {
      this.engine.register(registration);
    }
  }
  return PanelModuleRegistration;
}

/** The meeting engine started with the engine's own commands, the Health Gateway's and Weekly Orders' modules and the given panels. */
async function startEngineWith(...panels: Type[]): Promise<void> {
  @Module({
    providers: [MeetingEngineRegistry, EngineCommands, AdviceGatewayPanel, WeeklyOrdersPanel, ...panels],
  })
  class EngineWithPanels {}
  const context = await NestFactory.createApplicationContext(EngineWithPanels, {
    logger: false,
    abortOnError: false,
  });
  await context.close();
}

describe('what each panel brings to the live room', () => {
  const seats = roomSeats(0);

  it('refuses to start the server when a command of the room has no panel to answer it', async () => {
    // The Decision-Making Group registers nothing: no one would answer the chair marking a criterion.
    await expect(startEngineWith(aPanelRegistering(QUALITY_PANEL))).rejects.toThrow(
      "The meeting engine cannot start: no panel registered the command 'criteria.mark'.",
    );
    // With it, the engine starts.
    await expect(
      startEngineWith(aPanelRegistering(QUALITY_PANEL), aPanelRegistering(DECISION_MAKING_PANEL)),
    ).resolves.toBeUndefined();
  });

  it('refuses to start the server when two panels would answer the same command', async () => {
    const gatewayTakingCriteria = aPanelRegistering({
      panel: 'a second Health Gateway',
      commands: DECISION_MAKING_PANEL.commands,
    });
    await expect(
      startEngineWith(
        aPanelRegistering(QUALITY_PANEL),
        aPanelRegistering(DECISION_MAKING_PANEL),
        gatewayTakingCriteria,
      ),
    ).rejects.toThrow(
      "The meeting engine cannot start: the Decision-Making Group and a second Health Gateway both registered the command 'criteria.mark'.",
    );
  });

  it('answers a command in the room with what its panel registered, and nothing the panels did not', async () => {
    const engine = seats.test.app.get(MeetingEngineRegistry);
    expect(engine.command('score.submit')).toBe(QUALITY_PANEL.commands!['score.submit']);
    expect(engine.command('criteria.mark')).toBe(DECISION_MAKING_PANEL.commands!['criteria.mark']);

    // A Decision-Making Group meeting: its item is not one the Quality group scores.
    const meeting = await aMeeting(seats.dataSource, { chair: seats.chair.id });
    const client = await seats.connect(seats.chair);
    await client.join(meeting.meetingId);

    const score = { meetingId: meeting.meetingId, itemId: meeting.itemIds[0], metCriterionIds: [] };
    // The panel's payload check comes first, as for every command...
    expect(await client.send('score.submit', { ...score, metCriterionIds: 'all' })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      fields: [expect.objectContaining({ field: 'metCriterionIds' })],
    });
    // ...then the panel's own rule, in its own words.
    expect(await client.send('score.submit', score)).toEqual({
      ok: false,
      code: 'wrong_state',
      message: 'This item is not scored on the quality framework.',
    });
    // A command no panel registered is not in the protocol: the room does not answer it.
    await expect(
      client.socket.timeout(500).emitWithAck('score.retract' as 'meeting.join', score as never),
    ).rejects.toThrow();
  });
});
