import type { ManagedUser } from '@convene/contracts';

/** The people who can be a locality's Family Link Officers: active users with the presenter role. */
export function familyLinkOfficerOptions(users: readonly ManagedUser[]): { value: string; label: string }[] {
  return users
    .filter((u) => u.active && u.roles.includes('presenter'))
    .map((u) => ({ value: u.id, label: u.displayName }));
}

/** What a locality's name must be, as the API checks it: said before asking. */
export function localityNameProblem(name: string): string | undefined {
  if (!name.trim()) return 'Enter the name of the locality';
  if (name.trim().length > 120) return 'The name must be 120 characters or fewer';
  return undefined;
}
