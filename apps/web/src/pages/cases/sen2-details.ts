import type { Sen2ReturnDetails } from '@convene/contracts';
import {
  SEN2_CEASE_REASON_LABELS,
  SEN2_ETHNICITY_LABELS,
  SEN2_SEN_TYPE_LABELS,
  SEN2_SEX_LABELS,
} from '@convene/domain';
import { longDate } from '../../format';

/** The child's return details as rows of words; an empty value is one still to record. */
export function sen2Words(details: Sen2ReturnDetails): { label: string; value: string }[] {
  const rows = [
    {
      label: 'UPN',
      value: details.upn ?? (details.upnUnknown ? `No UPN (reason ${details.upnUnknown})` : ''),
    },
    { label: 'ULN', value: details.uln ?? 'None' },
    { label: 'Sex', value: details.sex ? SEN2_SEX_LABELS[details.sex] : '' },
    { label: 'Ethnicity', value: details.ethnicity ? SEN2_ETHNICITY_LABELS[details.ethnicity] : '' },
    { label: 'Home postcode', value: details.postcode ?? '' },
    { label: 'Primary type of need', value: details.senType ? SEN2_SEN_TYPE_LABELS[details.senType] : '' },
  ];
  if (details.secondSenType)
    rows.push({ label: 'Secondary type of need', value: SEN2_SEN_TYPE_LABELS[details.secondSenType] });
  if (details.plan)
    rows.push({
      label: 'Plan ceased',
      value:
        details.plan.ceasedOn && details.plan.ceaseReason
          ? `${longDate(details.plan.ceasedOn)}: ${SEN2_CEASE_REASON_LABELS[details.plan.ceaseReason]}`
          : 'No, the plan is maintained',
    });
  return rows;
}
