import { ROLE_LABELS, ROLES } from '@convene/domain';

/** Every role a user may hold, as checkboxes offer them. */
export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
