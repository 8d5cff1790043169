import { Injectable, type OnModuleInit, type Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { AppModule } from '../src/app.module.js';
import { loadConfig } from '../src/config/load-config.js';
import { SessionsService } from '../src/identity/sessions.service.js';
import { MeetingEngineRegistry } from '../src/meetings/engine/meeting-engine-registry.js';
import { MeetingError } from '../src/meetings/engine/meeting-error.js';
import { ConveneIoAdapter } from '../src/meetings/realtime/convene-io.adapter.js';
import { DECISION_MAKING_PANEL } from '../src/panels/decision-making/decision-making.panel.js';
import { DecisionMakingPanel } from '../src/panels/decision-making/decision-making.panel.js';
import { HealthGatewayPanel } from '../src/panels/health-gateway/health-gateway.panel.js';
import { QualityPanel, QUALITY_PANEL } from '../src/panels/quality/quality.panel.js';
import { SubmitScoreDto } from '../src/panels/quality/dto/quality-commands.dto.js';
import { aUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { aMeeting } from './support/meeting-factory.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/** The Health Gateway's module, registering the Decision-Making Group's command as well as its own. */
@Injectable()
class HealthGatewayTakingCriteria implements OnModuleInit {
  constructor(private readonly engine: MeetingEngineRegistry) {}
  onModuleInit(): void {
    this.engine.register({ panel: 'the Health Gateway', commands: DECISION_MAKING_PANEL.commands });
  }
}

/** The Quality and Compliance Group's module, with scoring answered by a handler of its own. */
@Injectable()
class QualityWithScoringClosed implements OnModuleInit {
  constructor(private readonly engine: MeetingEngineRegistry) {}
  onModuleInit(): void {
    this.engine.register({
      ...QUALITY_PANEL,
      commands: {
        ...QUALITY_PANEL.commands,
        'score.submit': {
          dto: SubmitScoreDto,
          handler: () => Promise.reject(new MeetingError('wrong_state', 'Scoring is closed at this panel.')),
        },
      },
    });
  }
}

/** The whole API, with one panel's registration put in place of its own, on a database of the test's own. */
async function startWith(panel: Type, standIn: Type | object): Promise<NestExpressApplication> {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'off', LOG_LEVEL: 'error' });
  const testing = Test.createTestingModule({ imports: [AppModule.forRoot(config, database.url)] });
  const moduleRef = await (
    typeof standIn === 'function'
      ? testing.overrideProvider(panel).useClass(standIn)
      : testing.overrideProvider(panel).useValue(standIn)
  ).compile();
  app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  const io = new ConveneIoAdapter(app, config);
  await io.connectRedis();
  app.useWebSocketAdapter(io);
  await app.init();
  return app;
}

let database: TestDatabase | undefined;
let app: NestExpressApplication | undefined;
const clients: MeetingClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await app?.close().catch(() => undefined);
  await database?.drop();
  app = database = undefined;
});

describe('what each panel brings to the live room', () => {
  it('refuses to start the server when a command of the room has no panel to answer it', async () => {
    // The Decision-Making Group's module registers nothing: no one would answer the chair marking a criterion.
    await expect(startWith(DecisionMakingPanel, {})).rejects.toThrow(
      "The meeting engine cannot start: no panel registered the command 'criteria.mark'.",
    );
  });

  it('refuses to start the server when two panels would answer the same command', async () => {
    await expect(startWith(HealthGatewayPanel, HealthGatewayTakingCriteria)).rejects.toThrow(
      /the Decision-Making Group and the Health Gateway both registered the command 'criteria\.mark'|the Health Gateway and the Decision-Making Group both registered the command 'criteria\.mark'/,
    );
  });

  it('answers a command in the room with what its panel registered, and nothing the panels did not', async () => {
    const server = await startWith(QualityPanel, QualityWithScoringClosed);
    await server.listen(0, '127.0.0.1');
    const { port } = server.getHttpServer().address() as { port: number };
    const dataSource = server.get(DataSource);
    const chair = await aUser(dataSource, { roles: ['chair'] });
    const { token } = await server.get(SessionsService).start(chair.id, 'password');
    const meeting = await aMeeting(dataSource, {
      kind: 'quality',
      chair: chair.id,
      items: [{ kind: 'dip_sample' }],
    });
    const client = await MeetingClient.connect(`http://127.0.0.1:${port}`, `convene_session=${token}`);
    clients.push(client);
    await client.join(meeting.meetingId);

    const score = { meetingId: meeting.meetingId, itemId: meeting.itemIds[0], metCriterionIds: [] };
    expect(await client.send('score.submit', score)).toEqual({
      ok: false,
      code: 'wrong_state',
      message: 'Scoring is closed at this panel.',
    });
    // The panel's payload check comes first, as for every command.
    expect(await client.send('score.submit', { ...score, metCriterionIds: 'all' })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      fields: [expect.objectContaining({ field: 'metCriterionIds' })],
    });
    // A command no panel registered is not in the protocol: the room does not answer it.
    await expect(
      client.socket.timeout(500).emitWithAck('score.retract' as 'meeting.join', score as never),
    ).rejects.toThrow();
  });
});
