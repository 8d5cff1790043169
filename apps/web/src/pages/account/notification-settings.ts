import type { FieldError, NotificationPreferences } from '@convene/contracts';
import type { NotificationDelivery, NotificationKind } from '@convene/domain';

export type SettingsField = NotificationKind | 'digestTime';

/** What was changed on the form, as the API takes it: only the kinds chosen differently, and a new digest time. */
export function changesFrom(
  saved: NotificationPreferences,
  chosen: Partial<Record<NotificationKind, NotificationDelivery>>,
  digestTime: string,
) {
  const preferences = saved.preferences
    .filter((p) => chosen[p.kind] && chosen[p.kind] !== p.delivery)
    .map((p) => ({ kind: p.kind, delivery: chosen[p.kind]! }));
  return {
    ...(preferences.length ? { preferences } : {}),
    ...(digestTime !== saved.digestTime ? { digestTime } : {}),
  };
}

/** A time of day as the API takes it: 7:30 or 07.30 → "07:30"; null when it is not one. */
export function digestTimeOf(text: string): string | null {
  const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

/**
 * Puts the API's refusal at the field it is about: a digest time, or a change by its place in the changes sent
 * (`preferences.0.delivery`), whether it failed validation or would turn off a kind that cannot be.
 */
export function placeRefusal(
  fields: FieldError[] | undefined,
  sent: { kind: NotificationKind }[],
): Partial<Record<SettingsField, string>> {
  const placed: Partial<Record<SettingsField, string>> = {};
  for (const { field, messages } of fields ?? []) {
    const message = messages[0] ?? 'Check this';
    const [name, index] = field.split('.');
    if (name === 'digestTime') placed.digestTime = message;
    else if (name === 'preferences') {
      const kind = sent[Number(index)]?.kind;
      if (kind) placed[kind] = message;
    }
  }
  return placed;
}
