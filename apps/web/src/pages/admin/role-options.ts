import { ROLE_LABELS, STAFF_ROLES } from '@convene/domain';
import { optionsOf } from '../../components/form/options';

/** Every role a user may hold, as checkboxes offer them. */
export const ROLE_OPTIONS = optionsOf(STAFF_ROLES, ROLE_LABELS);
