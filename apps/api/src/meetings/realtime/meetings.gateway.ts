import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayInit,
} from '@nestjs/websockets';
import {
  MEETINGS_NAMESPACE,
  type Ack,
  type ClientToServerEvents,
  type CommandRejection,
  type JoinAck,
  type MeetingCommandName,
  type ServerToClientEvents,
} from '@convene/contracts';
import type { Namespace, Socket } from 'socket.io';
import { QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError } from '../../common/domain-error.js';
import { runInLogContext } from '../../common/logging/log-context.js';
import { PersonLimits } from '../../common/rate-limits/person-limits.js';
import { SessionEvents } from '../../identity/session-events.js';
import { SessionsService } from '../../identity/sessions.service.js';
import { twoStepEnrolmentHold } from '../../identity/two-step/two-step-enrolment-hold.js';
import { JoinMeetingDto } from '../dto/meeting-commands.dto.js';
import { MeetingBroadcaster, meetingRoom, teamViewRoom, userRoom } from '../engine/meeting-broadcaster.js';
import { MeetingCommandsService } from '../engine/meeting-commands.service.js';
import { MeetingEngineRegistry } from '../engine/meeting-engine-registry.js';
import { MeetingError } from '../engine/meeting-error.js';
import { MeetingSnapshotService, seesOnlyTheirTeamsItems } from '../engine/meeting-snapshot.service.js';
import { validatePayload } from '../engine/validate-payload.js';
import { commandLogContext } from './command-log-context.js';
import { limitConnections } from './connection-limits.js';
import { holdBackFlood } from './flood-brake.js';
import { OneAtATime } from './one-at-a-time.js';
import {
  authenticateSockets,
  SESSION_CHECK_AGAIN_ROOM,
  sessionNeedsCheck,
  type SocketData,
} from './socket-authentication.js';
import { SocketSessionUse } from './socket-session-use.js';

type MeetingSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, SocketData>;

/**
 * The live room. Thin: it authenticates at the handshake, validates and rate-limits each command (holding back
 * a connection that floods), runs each person's commands one at a time, and hands them to the engine; the engine writes, commits, then broadcasts. Every command is
 * authorised again against the session and the meeting's membership.
 */
@WebSocketGateway({ namespace: MEETINGS_NAMESPACE })
export class MeetingsGateway implements OnGatewayInit, OnApplicationShutdown {
  private readonly logger = new Logger('MeetingsGateway');
  /** Each person's commands, one after another on this node. */
  private readonly eachPerson = new OneAtATime();
  private accepting = true;

  @WebSocketServer()
  namespace!: Namespace<ClientToServerEvents, ServerToClientEvents>;

  constructor(
    private readonly sessions: SessionsService,
    private readonly commands: MeetingCommandsService,
    private readonly snapshots: MeetingSnapshotService,
    private readonly broadcaster: MeetingBroadcaster,
    private readonly sessionEvents: SessionEvents,
    private readonly engine: MeetingEngineRegistry,
    private readonly limits: PersonLimits,
    private readonly sessionUse: SocketSessionUse,
  ) {}

  afterInit(namespace: Namespace): void {
    namespace.use(authenticateSockets(this.sessions));
    namespace.use(limitConnections(this.limits));
    namespace.on('connection', (socket: MeetingSocket) => {
      void socket.join(userRoom(socket.data.userId));
      closeAtSessionEnd(socket);
      // Every command the engine registers, subscribed the same way: a new command needs no line here.
      for (const name of this.engine.commandNames()) {
        socket.on(name, (...args: unknown[]) => {
          // The acknowledgement is the last argument when the client asks for one; the payload comes first.
          const ack = typeof args.at(-1) === 'function' ? (args.pop() as (response: Ack) => void) : undefined;
          void this.command(socket, name, args[0]).then((answer) => ack?.(answer));
        });
      }
      socket.on('disconnecting', () => {
        const meetings = [...socket.rooms]
          .filter((room) => room.startsWith('meeting:'))
          .map((room) => room.slice('meeting:'.length));
        // After the socket has left its rooms, tell the others who is still here.
        setImmediate(() => meetings.forEach((id) => void this.broadcaster.publishPresence(id)));
      });
    });
    this.broadcaster.attach(namespace as Namespace<ClientToServerEvents, ServerToClientEvents>);
    this.broadcaster.onCommittedElsewhere((committed) => void this.commands.followElsewhere(committed));
    // A sign-out or a deactivation closes that person's live connections at once, on every node.
    this.sessionEvents.ended.subscribe(({ userId, tokenHash }) => {
      void namespace
        .in(userRoom(userId))
        .fetchSockets()
        .then((sockets) => {
          for (const socket of sockets) {
            if (!tokenHash || (socket.data as SocketData).sessionTokenHash === tokenHash)
              socket.disconnect(true);
          }
        })
        .catch((error: Error) => this.logger.warn(`could not disconnect an ended session: ${error.message}`));
    });
    // A change to who someone is (name, agency, two-step sign-in): their sockets read it again, on every node.
    this.sessionEvents.standingChanged.subscribe(({ userId }) => {
      namespace.in(userRoom(userId)).socketsJoin(SESSION_CHECK_AGAIN_ROOM);
    });
  }

  /** On shutdown: take no new commands; those in flight finish before the server closes. */
  onApplicationShutdown(): void {
    this.accepting = false;
  }

  @SubscribeMessage('meeting.join')
  async join(@ConnectedSocket() socket: MeetingSocket, @MessageBody() payload: unknown): Promise<JoinAck> {
    return this.guard(socket, 'meeting.join', payload, async () => {
      const { meetingId } = await validatePayload(JoinMeetingDto, payload);
      const user = await this.reauthenticate(socket, 'meeting.join');
      // Membership first; only then does the socket enter the room, and the snapshot is built after that,
      // so no event committed after it can be missed (an older one is dropped by its sequence number).
      const { arriving } = await this.snapshots.assertMember(user, meetingId);
      if (seesOnlyTheirTeamsItems(user)) await socket.join(teamViewRoom(meetingId));
      await socket.join(meetingRoom(meetingId));
      // A rejoin, or a meeting not in progress, has nothing to record: no command, no wait for the meeting's lock.
      if (arriving) await this.arrive(user, meetingId);
      const present = await this.broadcaster.presence(meetingId);
      const snapshot = await this.snapshots.build(user, meetingId, present);
      void this.broadcaster.publishPresence(meetingId);
      return { ok: true as const, snapshot };
    });
  }

  @SubscribeMessage('meeting.leave')
  async leave(@ConnectedSocket() socket: MeetingSocket, @MessageBody() payload: unknown): Promise<Ack> {
    return this.guard(socket, 'meeting.leave', payload, async () => {
      const { meetingId } = await validatePayload(JoinMeetingDto, payload);
      await socket.leave(meetingRoom(meetingId));
      await socket.leave(teamViewRoom(meetingId));
      void this.broadcaster.publishPresence(meetingId);
      return { ok: true as const, version: 0 };
    });
  }

  private command(socket: MeetingSocket, name: MeetingCommandName, payload: unknown): Promise<Ack> {
    return this.guard(socket, name, payload, async () => {
      const command = await validatePayload(this.engine.command(name)!.dto, payload);
      const user = await this.reauthenticate(socket, name);
      const meetingId = (command as { meetingId: string }).meetingId;
      const present = name === 'meeting.start' ? await this.broadcaster.presence(meetingId) : [];
      const result = await this.commands.execute(user, name, command, present);
      return { ok: true as const, version: result.version };
    });
  }

  /**
   * Joining a meeting in progress marks you present, once: the key is the same every time, so a rejoin
   * does nothing again. Not in progress, or attendance already recorded: nothing to do.
   */
  private async arrive(user: SocketData['user'], meetingId: string): Promise<void> {
    await this.commands
      .execute(user, 'attendance.arrive', { meetingId, idempotencyKey: `arrive:${meetingId}` }, [])
      .catch((error: unknown) => {
        if (!(error instanceof MeetingError)) throw error;
      });
  }

  /**
   * The session may have ended unseen (its 12 hours up, idle too long), or the person changed (an administrator's
   * two-step sign-in was reset: held to setting it up again): check it again then, and only then.
   */
  private async reauthenticate(socket: MeetingSocket, command: string) {
    const data = socket.data;
    const now = Date.now();
    if (!socket.rooms.has(SESSION_CHECK_AGAIN_ROOM) && !sessionNeedsCheck(data, now)) {
      data.sessionUsedAt = now;
      this.sessionUse.note(data.sessionTokenHash);
      return data.user;
    }
    await socket.leave(SESSION_CHECK_AGAIN_ROOM);
    const live = await this.sessions.resolveLive(data.sessionToken);
    const held = twoStepEnrolmentHold(live?.user ?? null, command, socket.handshake.address);
    if (!live || held) {
      setImmediate(() => socket.disconnect(true));
      if (held) throw new MeetingError(held.code, held.message);
      throw new MeetingError('unauthorised', 'Your session has ended. Sign in again.');
    }
    data.user = live.user;
    data.sessionExpiresAt = live.expiresAt.getTime();
    data.sessionUsedAt = now;
    return live.user;
  }

  /** Handles a command in its log context: each line it writes names the command, its key, meeting, user, socket. */
  private guard<T extends { ok: true }>(
    socket: MeetingSocket,
    name: string,
    payload: unknown,
    run: () => Promise<T>,
  ): Promise<T | CommandRejection> {
    return runInLogContext(commandLogContext(socket, name, payload), async () => {
      const started = performance.now();
      const answer = await this.answer(socket, name, payload, run);
      const durationMs = Math.round(performance.now() - started);
      this.logger.debug({
        event: 'command.answered',
        ok: answer.ok,
        code: answer.ok ? undefined : answer.code,
        durationMs,
      });
      return answer;
    });
  }

  /** Runs a handler and always answers: a structured rejection, never "Internal server error". */
  private async answer<T extends { ok: true }>(
    socket: MeetingSocket,
    name: string,
    payload: unknown,
    run: () => Promise<T>,
  ): Promise<T | CommandRejection> {
    const key = (payload as { idempotencyKey?: unknown } | null)?.idempotencyKey;
    const idempotencyKey = typeof key === 'string' ? key.slice(0, 64) : undefined;
    if (!this.accepting)
      return reject(
        socket,
        name,
        idempotencyKey,
        new MeetingError(
          'unavailable',
          'This server is shutting down; your client will reconnect to another.',
        ),
      );
    // Per person, over all their connections and nodes; before anything reads the database.
    const limited = await this.limits.takeCommand(socket.data.userId, name, socket.handshake.address);
    if (limited) {
      holdBackFlood(socket, limited.retryAfterMs);
      return reject(
        socket,
        name,
        idempotencyKey,
        new MeetingError('rate_limited', limited.message, undefined, limited.retryAfterMs),
      );
    }
    try {
      return await this.eachPerson.run(socket.data.userId, run);
    } catch (error) {
      if (!(error instanceof DomainError))
        this.logger.error(
          `${name} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'}`,
        );
      return reject(socket, name, idempotencyKey, error);
    }
  }
}

function reject(
  socket: MeetingSocket,
  command: string,
  idempotencyKey: string | undefined,
  error: unknown,
): CommandRejection {
  const rejection: CommandRejection =
    error instanceof MeetingError
      ? {
          ok: false,
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
          ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
        }
      : error instanceof DomainError
        ? // A rule of the case records said no (for example, the request has already moved on).
          {
            ok: false,
            code:
              error.status === 403 ? 'forbidden' : error.status === 404 ? 'item_not_found' : 'wrong_state',
            message: error.message,
          }
        : isDatabaseDown(error)
          ? {
              ok: false,
              code: 'unavailable',
              message: 'The database cannot be reached. Nothing was recorded; try again.',
            }
          : {
              ok: false,
              code: 'internal_error',
              message: 'Something went wrong on our side. Nothing was recorded.',
            };
  socket.emit('command.rejected', { ...rejection, command, idempotencyKey });
  return rejection;
}

function isDatabaseDown(error: unknown): boolean {
  // A connection lost mid-transaction makes TypeORM release its query runner: the command's next query then
  // fails with QueryRunnerProviderAlreadyReleasedError rather than with the connection's own error.
  if (error instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  const code = (error as { code?: string } | null)?.code ?? '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08006', '08001'].includes(code) ||
    /Connection terminated/.test(String((error as Error)?.message))
  );
}

/** The longest a timer waits in Node (about 24.8 days); a session ends long before. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** A socket is closed when its session's 12 hours are up, whether or not it sends anything. */
function closeAtSessionEnd(socket: MeetingSocket): void {
  const timer = setTimeout(
    () => socket.disconnect(true),
    Math.min(Math.max(0, socket.data.sessionExpiresAt - Date.now()), LONGEST_TIMER_MS),
  );
  timer.unref();
  socket.once('disconnect', () => clearTimeout(timer));
}
