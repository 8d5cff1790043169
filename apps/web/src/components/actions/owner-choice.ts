import type { ActionOwnersView } from '@convene/contracts';

/** One select for a person or a team: `person:<id>` or `team:<id>`. */
export type OwnerChoice = `person:${string}` | `team:${string}`;

export function ownerOptions(owners: ActionOwnersView): { value: OwnerChoice; label: string }[] {
  return [
    ...owners.people.map((p) => ({
      value: `person:${p.id}` as const,
      label: `${p.displayName} (${p.teamName})`,
    })),
    ...owners.teams.map((t) => ({ value: `team:${t.id}` as const, label: `Team: ${t.name}` })),
  ];
}

/** The owner as the API takes it: exactly one of ownerUserId and ownerTeamId. */
export function ownerFields(choice: OwnerChoice | ''): { ownerUserId?: string; ownerTeamId?: string } {
  if (choice.startsWith('person:')) return { ownerUserId: choice.slice('person:'.length) };
  if (choice.startsWith('team:')) return { ownerTeamId: choice.slice('team:'.length) };
  return {};
}
