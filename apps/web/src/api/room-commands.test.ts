import { describe, expect, it, vi } from 'vitest';
import type { MeetingSocket } from './meeting-socket';
import { NOT_SENT, sendRoomCommand } from './room-commands';

const QUICK = { attempts: 3, answerWithinMs: 10, reconnectWithinMs: 50, firstPauseMs: 1 };

/** A socket whose answers the test scripts: a value is acknowledged, `null` is never answered. */
function aSocket(answers: ({ ok: true; version: number } | null)[], connected = true) {
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
});
