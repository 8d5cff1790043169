import { MeetingInvitationsController } from './invitations/meeting-invitations.controller.js';
import { MeetingInvitationsService } from './invitations/meeting-invitations.service.js';
import { Module } from '@nestjs/common';
import { MeetingBroadcaster } from './engine/meeting-broadcaster.js';
import { MeetingCommandsService } from './engine/meeting-commands.service.js';
import { MeetingSnapshotService } from './engine/meeting-snapshot.service.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingGroupsController } from './groups/meeting-groups.controller.js';
import { MeetingGroupsService } from './groups/meeting-groups.service.js';
import { MeetingsService } from './meetings.service.js';
import { EngineCommands } from './engine/engine-commands.js';
import { MeetingEngineRegistry } from './engine/meeting-engine-registry.js';
import { NotificationPush } from './realtime/notification-push.js';
import { RememberedReads } from './engine/remembered-reads.js';
import { MinutesService } from './minutes.service.js';
import { MeetingsGateway } from './realtime/meetings.gateway.js';
import { SocketSessionUse } from './realtime/socket-session-use.js';
import { WrittenProceduresController } from './written-procedures/written-procedures.controller.js';
import { WrittenProceduresService } from './written-procedures/written-procedures.service.js';

/**
 * The engine every panel runs on: rooms, commands, the state machine, votes, presence. Each panel's module registers
 * its own commands and outcome effects with MeetingEngineRegistry, as EngineCommands registers the engine's.
 */
@Module({
  controllers: [
    MeetingsController,
    MeetingGroupsController,
    MeetingInvitationsController,
    WrittenProceduresController,
  ],
  providers: [
    MeetingsGateway,
    SocketSessionUse,
    MeetingBroadcaster,
    MeetingCommandsService,
    MeetingSnapshotService,
    MeetingsService,
    MinutesService,
    MeetingEngineRegistry,
    EngineCommands,
    MeetingGroupsService,
    MeetingInvitationsService,
    RememberedReads,
    NotificationPush,
    WrittenProceduresService,
  ],
  exports: [MeetingCommandsService, MeetingSnapshotService, MeetingBroadcaster, MeetingEngineRegistry],
})
export class MeetingsModule {}
