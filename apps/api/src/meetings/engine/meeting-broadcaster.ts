import { Injectable } from '@nestjs/common';
import type {
  ClientToServerEvents,
  MeetingCommandName,
  MeetingEvent,
  MeetingEventPayloads,
  ServerToClientEvents,
} from '@convene/contracts';
import type { Namespace } from 'socket.io';
import { AppConfig } from '../../config/app-config.js';
import type { PersonalPush } from '../../notifications/notifier.js';

export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;
export const userRoom = (userId: string) => `user:${userId}`;
/** The sockets in a meeting of health team representatives, who see only their team's gateway items. */
export const teamViewRoom = (meetingId: string) => `team-view:${meetingId}`;

/**
 * An event as a health team representative receives it: advice events, which name teams' advice requests, and actions become
 * `advice.changed` (take a fresh snapshot); a new item comes without its case. Others are sent as they are.
 */
function forTeamView(event: MeetingEvent): MeetingEvent {
  switch (event.type) {
    case 'advice.triaged':
    case 'advice.responded':
    case 'advice.reassigned':
    case 'action.added': {
      // An action's text may say whose case it is: the rep's fresh snapshot shows it only on their team's items.
      const { itemId } = event.payload as { itemId: string };
      return { ...event, type: 'advice.changed', payload: { itemId } };
    }
    case 'agenda.item_added': {
      const { item } = event.payload as MeetingEventPayloads['agenda.item_added'];
      return {
        ...event,
        payload: {
          item: {
            ...item,
            caseReference: null,
            childId: null,
            requestId: null,
            panelRequest: null,
            advice: item.advice ? [] : null,
            forAnotherTeam: true,
          },
        },
      };
    }
    default:
      return event;
  }
}

/**
 * What an API node tells the others, through Redis, of an event it committed: the command, the key under which a
 * node remembers what that command reads (null for a command under the lock), and the event as broadcast. Nothing
 * in it is more than the meeting's members were sent.
 */
export interface CommittedElsewhere {
  command: MeetingCommandName;
  rememberedAs: string | null;
  event: MeetingEvent;
}

interface BetweenNodes {
  'meeting.committed': (committed: CommittedElsewhere) => void;
}

type MeetingsNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, BetweenNodes>;

/** How long presence waits for the other API nodes; they answer within milliseconds when Redis is up. */
const PRESENCE_TIMEOUT_MS = 2_000;

/**
 * The one way events leave the server: called only after the command's transaction has committed.
 * Through the Redis adapter, a room spans every API node.
 */
@Injectable()
export class MeetingBroadcaster {
  private namespace?: MeetingsNamespace;

  constructor(private readonly config: AppConfig) {}

  attach(namespace: Namespace<ClientToServerEvents, ServerToClientEvents>): void {
    this.namespace = namespace;
  }

  /**
   * Tells the other API nodes of an event committed here, before it is broadcast: the two travel in order through
   * the same Redis stream, so a node has followed the event before any member it serves can act on it. Without
   * REDIS_URL this node is the only one.
   */
  tellOtherNodes(committed: CommittedElsewhere): void {
    if (this.config.REDIS_URL) this.namespace?.serverSideEmit('meeting.committed', committed);
  }

  /** Events the other API nodes committed, as they tell them. */
  onCommittedElsewhere(listener: (committed: CommittedElsewhere) => void): void {
    this.namespace?.on('meeting.committed', listener);
  }

  /**
   * Sends to one person's connections on this node only: each node hears of the change itself (from PostgreSQL),
   * so going through Redis as well would send it twice.
   */
  toPersonHere(userId: string, push: PersonalPush): void {
    const room = this.namespace?.local.to(userRoom(userId));
    if (push.event === 'notification.new') room?.emit(push.event, push.body);
    else room?.emit(push.event, push.body);
  }

  publish(event: MeetingEvent): void {
    const stripped = forTeamView(event);
    if (stripped === event) {
      this.namespace?.to(meetingRoom(event.meetingId)).emit('meeting.event', event);
      return;
    }
    const teamView = teamViewRoom(event.meetingId);
    this.namespace?.to(meetingRoom(event.meetingId)).except(teamView).emit('meeting.event', event);
    this.namespace?.to(teamView).emit('meeting.event', stripped);
  }

  /**
   * Who is connected to the meeting now, on any node. Asking the other nodes goes through Redis; while Redis is
   * down that question waits or fails, so after PRESENCE_TIMEOUT_MS this node answers with its own sockets: a
   * join still gets its snapshot, and the presence events sent on joins and disconnections never reject.
   */
  async presence(meetingId: string): Promise<string[]> {
    if (!this.namespace) return [];
    const room = meetingRoom(meetingId);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>(
      (resolve) => (timer = setTimeout(() => resolve(null), PRESENCE_TIMEOUT_MS)),
    );
    const everywhere = await Promise.race([this.namespace.in(room).fetchSockets(), late])
      .catch(() => null)
      .finally(() => clearTimeout(timer));
    const userIds = everywhere
      ? everywhere.map((s) => (s.data as { userId?: string }).userId)
      : [...(this.namespace.adapter.rooms.get(room) ?? [])].map(
          (id) => (this.namespace!.sockets.get(id)?.data as { userId?: string } | undefined)?.userId,
        );
    return [...new Set(userIds.filter((id): id is string => Boolean(id)))].sort();
  }

  async publishPresence(meetingId: string): Promise<void> {
    if (!this.namespace) return;
    this.namespace
      .to(meetingRoom(meetingId))
      .emit('presence.changed', { meetingId, present: await this.presence(meetingId) });
  }
}
