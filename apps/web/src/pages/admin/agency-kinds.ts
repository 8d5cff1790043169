import { AGENCY_KINDS, type AgencyKind } from '@convene/domain';
import { optionsOf } from '../../components/form/options';

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  send_service: 'SEND service',
  ep_service: 'Educational psychology',
  virtual_school: 'Virtual School',
  health: 'Health',
  social_care: 'Social care',
  early_help: 'Early help',
  parent_carer_forum: 'Parent carer forum',
  families: 'Families (parents, carers and young people)',
};
export const AGENCY_KIND_OPTIONS = optionsOf(AGENCY_KINDS, AGENCY_KIND_LABELS);
