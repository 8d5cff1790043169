import type { CommandBase, MeetingCommandName } from '@convene/contracts';
import { createHash } from 'node:crypto';

/**
 * What a command asked for, kept with its receipt: the SHA-256 of its name, meeting and payload as canonical JSON
 * (keys sorted, the idempotency key left out). A retry sends the same and gets the first answer; the same key sent
 * with another command, meeting or payload is told so instead of being answered as if it had been done.
 */
export function commandFingerprint(name: MeetingCommandName, command: CommandBase): string {
  const { idempotencyKey: _key, ...payload } = command;
  return createHash('sha256')
    .update(canonicalJson([name, payload]))
    .digest('base64url');
}

/** JSON with every object's keys in order, so the same payload always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(JSON.parse(JSON.stringify(value ?? null)) as unknown));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
  );
}
