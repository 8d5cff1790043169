import type { Ack } from '@convene/contracts';
import { describe, expect, it, vi } from 'vitest';
import type { MeetingSocket } from './meeting-socket';
import { NOT_SENT, sendRoomCommand } from './room-commands';

const QUICK = { attempts: 3, answerWithinMs: 10, reconnectWithinMs: 50, firstPauseMs: 1 };

/** A socket whose answers the test scripts: a value is acknowledged, `null` is never answered. */
function aSocket(answers: (Ack | null)[], connected = true) {
  const sent: unknown[] = [];
  const socket = {
    connected,
    on: vi.fn(),
    off: vi.fn(),
    timeout: () => ({
      emitWithAck: (_name: string, command: unknown) => {
        sent.push(command);
        const answer = answers.shift();
        return answer ? Promise.resolve(answer) : Promise.reject(new Error('operation has timed out'));
      },
    }),
  };
  return { socket: socket as unknown as MeetingSocket, sent };
}

describe('sending a room command', () => {
  it('tries again with the same key when no answer comes, so the server acts on it once', async () => {
    const { socket, sent } = aSocket([null, { ok: true, version: 4 }]);
    const ack = await sendRoomCommand(
      socket,
      'voting.open',
      { meetingId: 'm1', idempotencyKey: 'key-0001', itemId: 'i1' },
      QUICK,
    );
    expect(ack).toEqual({ ok: true, version: 4 });
    expect(sent).toHaveLength(2);
    expect(new Set(sent.map((c) => (c as { idempotencyKey: string }).idempotencyKey))).toEqual(
      new Set(['key-0001']),
    );
  });

  it('gives up after its attempts and says so, rather than trying for ever', async () => {
    const { socket, sent } = aSocket([null, null, null, null]);
    expect(
      await sendRoomCommand(
        socket,
        'voting.open',
        { meetingId: 'm1', idempotencyKey: 'key-0002', itemId: 'i1' },
        QUICK,
      ),
    ).toEqual(NOT_SENT);
    expect(sent).toHaveLength(3);
  });

  it('waits for the connection to come back before sending, and gives up if it does not', async () => {
    const { socket, sent } = aSocket([{ ok: true, version: 1 }], false);
    expect(
      await sendRoomCommand(
        socket,
        'voting.open',
        { meetingId: 'm1', idempotencyKey: 'key-0003', itemId: 'i1' },
        QUICK,
      ),
    ).toEqual(NOT_SENT);
    expect(sent).toHaveLength(0);
  });

  it('sends a retry exactly as the first attempt, even if the form it came from changed meanwhile', async () => {
    const { socket, sent } = aSocket([null, { ok: true, version: 5 }]);
    const teamIds = ['speech'];
    const sending = sendRoomCommand(
      socket,
      'advice.triage',
      {
        meetingId: 'm1',
        idempotencyKey: 'key-0004',
        itemId: 'i1',
        teamIds,
        response: 'full_advice',
        priority: 'routine',
      },
      QUICK,
    );
    teamIds.push('occupational');
    expect(await sending).toEqual({ ok: true, version: 5 });
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect((sent[1] as { teamIds: string[] }).teamIds).toEqual(['speech']);
  });
});

/** A refusal a person cannot act on from the server's words is answered in theirs. */
describe('a refused room command', () => {
  const refusedWith = async (code: 'rate_limited' | 'idempotency_key_reused', message: string) => {
    const { socket } = aSocket([{ ok: false, code, message }]);
    const ack = await sendRoomCommand(
      socket,
      'hand.raise',
      { meetingId: 'm1', idempotencyKey: 'key-0005' },
      QUICK,
    );
    return ack.ok ? null : { code: ack.code, message: ack.message };
  };

  it('says to wait a second when the person sends faster than the room takes commands', async () => {
    expect(await refusedWith('rate_limited', 'Too many commands at once: slow down.')).toEqual({
      code: 'rate_limited',
      message: "You're sending too quickly. Wait 1 second and try again.",
    });
  });

  it('says to reload when the same key was already used for something else', async () => {
    expect(
      await refusedWith(
        'idempotency_key_reused',
        'This idempotency key was already used for a different command. Nothing was done: send it with a new key.',
      ),
    ).toEqual({
      code: 'idempotency_key_reused',
      message: 'That was already sent differently, so nothing was done. Reload the page.',
    });
  });
});
