import {
  applyMeetingEvent,
  type Ack,
  type JoinAck,
  type MeetingCommandName,
  type MeetingEvent,
  type MeetingEventPayloads,
  type MeetingSnapshot,
  type SnapshotItem,
} from '@convene/contracts';
import { JOINT_FUNDING_PARTY_LABELS, VOTE_CHOICE_LABELS, type JointFundingParty } from '@convene/domain';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, toRaw } from 'vue';
import { connectMeetingSocket, type MeetingSocket } from '../api/meeting-socket';
import { rejectionInWords, secondsIn } from '../api/refusal-words';
import { sendRoomCommand, type RoomCommandPayload } from '../api/room-commands';
import { gatewayWordsOf } from '../components/room/labels';
import { changesWhileAway } from './room-changes';

/** Why the server turned a connection away, as socket.io's `connect_error` carries it (docs/socket-protocol.md). */
interface HandshakeRefusal {
  code?: string;
  message?: string;
  retryAfterMs?: number;
}

/** Joining counts against the commands a second: one refused for that is asked again a second later. */
const JOIN_AGAIN_AFTER_MS = 1_000;

/**
 * The live room for one meeting: joins over the socket, keeps the snapshot in step with numbered
 * events (asking for a fresh snapshot on any gap or reconnection), and sends commands with an
 * idempotency key, retrying one that gets no answer with the same key (safe across reconnects).
 * It says at once when the connection is lost (the socket's own heartbeat can take 20 s to notice a
 * dead network, the browser's offline event does not), and what changed in the room while you were away.
 * Components read this store; they never touch the socket.
 */
export const useRoomStore = defineStore('room', () => {
  const snapshot = ref<MeetingSnapshot | null>(null);
  /** Whether the room is live for you now: false from the moment the socket or the network goes, until the room is rejoined. */
  const connected = ref(false);
  /** Has been live since opening: a lost connection before the first join is "joining", not "reconnecting". */
  const joinedOnce = ref(false);
  /** The room as it was when the connection went, to say what changed once back. */
  let beforeAway: MeetingSnapshot | null = null;
  /** What changed while the connection was down, in words; null when there is nothing to tell. */
  const awayChanges = ref<string[] | null>(null);
  /** Commands sent and not yet answered: while the connection is down, they wait for it. */
  const waiting = ref(0);
  const problem = ref<string | null>(null);
  /**
   * The server turned the connection away for connecting too often: when it will be tried again (in whole
   * seconds from the refusal) and the server's reason. Null otherwise.
   */
  const connectionRefused = ref<{ retryInSeconds: number; reason: string } | null>(null);
  let connectAgain: ReturnType<typeof setTimeout> | undefined;
  /** The latest thing that happened, for the screen reader live region. */
  const announcement = ref('');
  const socket = shallowRef<MeetingSocket | null>(null);
  let meetingId: string | null = null;

  const currentItem = computed<SnapshotItem | null>(
    () => snapshot.value?.agenda.find((i) => i.id === snapshot.value?.meeting.currentItemId) ?? null,
  );
  const isChair = computed(() => snapshot.value?.you.role === 'chair');
  const canVote = computed(() => snapshot.value?.you.role === 'member');
  const nameOf = (userId: string) =>
    snapshot.value?.members.find((m) => m.userId === userId)?.displayName ?? 'Someone';

  function lost(): void {
    if (connected.value && snapshot.value)
      beforeAway = JSON.parse(JSON.stringify(toRaw(snapshot.value))) as MeetingSnapshot;
    connected.value = false;
  }
  const wentOffline = () => lost();
  // Back on the network: the socket may have survived, so take a fresh snapshot either way.
  const cameOnline = () => {
    if (socket.value?.connected) void rejoin();
  };

  function open(id: string): void {
    close();
    meetingId = id;
    const s = connectMeetingSocket();
    socket.value = s;
    s.on('connect', () => {
      connectionRefused.value = null;
      void rejoin();
    });
    s.on('disconnect', (reason) => {
      lost();
      // Only the end of the session (signed out elsewhere, deactivated, its 12 hours up) closes it from the server.
      if (reason === 'io server disconnect') problem.value = 'Your session has ended. Sign in again.';
    });
    s.on('connect_error', (error) => {
      lost();
      // A refusal by the server, rather than a network that failed: socket.io does not try again by itself.
      const refusal = (error as Error & { data?: HandshakeRefusal }).data;
      if (refusal?.code === 'rate_limited') waitToConnect(s, refusal);
      else if (error.message === 'unauthorised') problem.value = 'Your session has ended. Sign in again.';
      else if (refusal?.message) problem.value = refusal.message;
    });
    window.addEventListener('offline', wentOffline);
    window.addEventListener('online', cameOnline);
    s.on('meeting.event', onEvent);
    s.on('presence.changed', (presence) => {
      if (snapshot.value && presence.meetingId === snapshot.value.meeting.id)
        snapshot.value = { ...snapshot.value, present: presence.present };
    });
  }

  /** Connects again once the server's wait is over: once, not at every reconnection attempt's pace. */
  function waitToConnect(s: MeetingSocket, refusal: HandshakeRefusal): void {
    const waitMs = typeof refusal.retryAfterMs === 'number' ? refusal.retryAfterMs : 60_000;
    connectionRefused.value = { retryInSeconds: secondsIn(waitMs), reason: refusal.message ?? '' };
    clearTimeout(connectAgain);
    connectAgain = setTimeout(() => s.connect(), waitMs);
  }

  function close(): void {
    clearTimeout(connectAgain);
    connectionRefused.value = null;
    window.removeEventListener('offline', wentOffline);
    window.removeEventListener('online', cameOnline);
    socket.value?.removeAllListeners();
    socket.value?.disconnect();
    socket.value = null;
    snapshot.value = null;
    meetingId = null;
    connected.value = false;
    joinedOnce.value = false;
    beforeAway = null;
    awayChanges.value = null;
  }

  async function rejoin(): Promise<void> {
    if (!socket.value || !meetingId) return;
    const ack = (await socket.value
      .timeout(10_000)
      .emitWithAck('meeting.join', { meetingId })
      .catch(() => null)) as JoinAck | null;
    if (!ack) return;
    if (ack.ok) {
      // Marks for test/bench/room-render.bench.mjs: from the snapshot's arrival to the room on screen.
      performance.mark('room:snapshot');
      snapshot.value = ack.snapshot;
      problem.value = null;
      if (beforeAway) {
        const changes = changesWhileAway(beforeAway, ack.snapshot);
        awayChanges.value = changes;
        announcement.value = `You are back in the room. ${changes.length ? changes.join(' ') : 'Nothing changed while you were away.'}`;
        beforeAway = null;
      }
      connected.value = navigator.onLine !== false;
      joinedOnce.value = true;
    } else if (ack.code === 'rate_limited') {
      // Joining is not something the person did, so it is not theirs to try again: the room does, after the wait.
      setTimeout(() => void rejoin(), JOIN_AGAIN_AFTER_MS);
    } else {
      problem.value = rejectionInWords(ack).message;
    }
  }

  function onEvent(event: MeetingEvent): void {
    performance.mark('room:event', { detail: { type: event.type, sequence: event.sequence } });
    if (!snapshot.value) return;
    const result = applyMeetingEvent(snapshot.value, event);
    if (result.kind === 'gap') void rejoin();
    if (result.kind !== 'applied') return;
    snapshot.value = result.snapshot;
    announcement.value = describe(event);
    // A restricted item's case travels only in snapshots: members who may see it take a fresh one. So does a
    // gateway item's for a team representative: it may now be (or no longer be) their team's.
    const added =
      event.type === 'agenda.item_added'
        ? (event.payload as MeetingEventPayloads['agenda.item_added']).item
        : null;
    if (
      (added?.restricted && snapshot.value.you.role !== 'observer') ||
      added?.forAnotherTeam ||
      event.type === 'advice.changed'
    )
      void rejoin();
  }

  function describe(event: MeetingEvent): string {
    const p = event.payload as Record<string, unknown>;
    const item = snapshot.value?.agenda.find((i) => i.id === p.itemId);
    const ref = item?.caseReference ?? `item ${item?.position ?? ''}`;
    const advice = gatewayWordsOf(snapshot.value?.meeting.kind).adviceWords;
    switch (event.type) {
      case 'meeting.started':
        return 'The meeting has started.';
      case 'meeting.ended':
        return 'The meeting has ended.';
      case 'agenda.advanced':
        return `Now discussing ${ref}.`;
      // A sampled plan is scored rather than voted on.
      case 'voting.opened':
        return item?.quality ? `Scoring is open on ${ref}.` : `Voting is open on ${ref}.`;
      case 'vote.cast':
        return item?.quality
          ? `${nameOf(String(p.voterId))} has scored ${ref}. ${String(p.votedCount)} scored so far.`
          : `${nameOf(String(p.voterId))} has voted on ${ref}. ${String(p.votedCount)} voted so far.`;
      case 'voting.closed':
        return item?.quality ? `Scoring on ${ref} is closed.` : `Voting on ${ref} is closed.`;
      case 'votes.revealed':
        return item?.quality ? `The scores on ${ref} are revealed.` : `The votes on ${ref} are revealed.`;
      case 'voting.reopened':
        return `Voting on ${ref} is open again: ${String(p.reason)}`;
      case 'hand.raised':
        return `${nameOf(String(p.userId))} has raised a hand.`;
      case 'hand.lowered':
        return `${nameOf(String(p.userId))}'s hand is down.`;
      case 'item.allowance_set':
        return `${ref} now has ${String(p.minutes)} minutes.`;
      case 'outcome.corrected':
        return `The reasons for the decision on ${ref} have been corrected.`;
      case 'outcome.recorded':
        return `Decision recorded for ${ref}: ${VOTE_CHOICE_LABELS[String(p.outcome)] ?? String(p.outcome)}.`;
      case 'item.deferred':
        return `${ref} is deferred.`;
      case 'interest.declared':
        return `${nameOf(String(p.userId))} declared an interest in ${ref}.`;
      case 'attendance.marked':
        return `${nameOf(String(p.userId))} marked ${String(p.attendance)}.`;
      case 'member.invited': {
        const { member } = p as MeetingEventPayloads['member.invited'];
        return `${member.displayName} is invited to the meeting.`;
      }
      case 'agenda.reordered':
        return 'The agenda has been reordered.';
      case 'agenda.item_added': {
        const added = (p as { item: { caseReference: string | null; position: number } }).item;
        return `${added.caseReference ?? `Item ${added.position}`} has been added to the agenda.`;
      }
      case 'agenda.item_withdrawn':
        return `${ref} has been withdrawn from the agenda.`;
      case 'criteria.marked':
        return `A threshold criterion for ${ref} is marked ${p.met ? 'met' : 'not met'}.`;
      case 'advice.triaged': {
        const teams = (p as { assignments: { team: { name: string } }[] }).assignments.map(
          (a) => a.team.name,
        );
        return `The request for ${advice} for ${ref} is triaged to ${teams.join(', ')}.`;
      }
      case 'advice.responded': {
        const team =
          item?.advice?.find((a) => a.adviceRequestId === p.adviceRequestId)?.team.name ?? 'The team';
        return `${team} ${p.teamResponse === 'accepted' ? 'accepted' : 'pushed back'} the request for ${advice} for ${ref}.`;
      }
      case 'advice.reassigned': {
        const moved = (p as { assignment: { team: { name: string } } }).assignment;
        return `A request for ${advice} for ${ref} is moved to ${moved.team.name}.`;
      }
      case 'advice.changed':
        return `The ${advice} for ${ref} has changed.`;
      case 'funding.proposed':
        return `A joint funding proposal is put for ${ref}.`;
      case 'action.added': {
        const { action } = p as MeetingEventPayloads['action.added'];
        return `Action agreed on ${ref} for ${action.owner}: ${action.what}`;
      }
      case 'funding.answered':
        return `${JOINT_FUNDING_PARTY_LABELS[p.party as JointFundingParty] ?? 'An agency'} ${p.answer === 'consent' ? 'consents to' : 'declines'} its share for ${ref}.`;
    }
  }

  /** Sends a command; resolves with the acknowledgement once the server has committed (or refused) it. */
  async function send<N extends MeetingCommandName>(name: N, payload: RoomCommandPayload<N>): Promise<Ack> {
    const s = socket.value;
    if (!s || !meetingId) return { ok: false, code: 'unavailable', message: 'Not connected to the meeting.' };
    waiting.value++;
    const ack = await sendRoomCommand(s, name, {
      ...payload,
      meetingId,
      idempotencyKey: crypto.randomUUID(),
    }).finally(() => waiting.value--);
    problem.value = ack.ok ? null : ack.message;
    if (ack.ok && snapshot.value && 'choice' in payload && name === 'vote.cast') {
      const cast = payload as RoomCommandPayload<'vote.cast'>;
      const item = snapshot.value.agenda.find((i) => i.id === cast.itemId);
      if (item && !cast.onBehalfOf) item.yourVote = { choice: cast.choice, reason: cast.reason ?? null };
    }
    // Your score (and the grade its ticks earn) is worked out by the server and travels only in snapshots.
    if (ack.ok && name === 'score.submit') void rejoin();
    return ack;
  }

  /** Once read, the list of what changed while away is put away. */
  const dismissAwayChanges = () => (awayChanges.value = null);

  return {
    snapshot,
    connected,
    joinedOnce,
    awayChanges,
    waiting,
    dismissAwayChanges,
    problem,
    connectionRefused,
    announcement,
    currentItem,
    isChair,
    canVote,
    nameOf,
    open,
    close,
    send,
    refresh: rejoin,
  };
});
