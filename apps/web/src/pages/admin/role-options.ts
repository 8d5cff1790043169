import { ROLE_LABELS, ROLES } from '@convene/domain';
import { optionsOf } from '../../components/form/options';

/** Every role a user may hold, as checkboxes offer them. */
export const ROLE_OPTIONS = optionsOf(ROLES, ROLE_LABELS);
