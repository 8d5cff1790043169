import type {
  Sen2CeaseReason,
  Sen2Ethnicity,
  Sen2Issue,
  Sen2SenSetting,
  Sen2SenType,
  Sen2Sex,
  Sen2UpnUnknown,
} from '@convene/domain';

/** What the SEN2 return needs of a child beyond the case record, as an officer sees and corrects it. */
export interface Sen2ReturnDetails {
  upn: string | null;
  uln: string | null;
  upnUnknown: Sen2UpnUnknown | null;
  sex: Sen2Sex | null;
  ethnicity: Sen2Ethnicity | null;
  postcode: string | null;
  senType: Sen2SenType | null;
  secondSenType: Sen2SenType | null;
  /** The child's latest final plan, if any: the one a cease date and reason apply to. */
  plan: {
    requestId: string;
    finalIssuedOn: string;
    ceasedOn: string | null;
    ceaseReason: Sen2CeaseReason | null;
  } | null;
  placements: Sen2PlacementView[];
}

export interface Sen2PlacementView {
  id: string;
  establishmentName: string | null;
  urn: string | null;
  ukprn: string | null;
  senSetting: Sen2SenSetting | null;
  senSettingOther: string | null;
  rank: 1 | 2;
  entryDate: string;
  leavingDate: string | null;
  senUnit: boolean;
  resourcedProvision: boolean;
}

/**
 * A correction to the return details: each field given is set (null clears it); a field left out is unchanged.
 * A cease date and reason go together, on the child's latest final plan.
 */
export interface UpdateSen2ReturnDetails {
  upn?: string | null;
  uln?: string | null;
  upnUnknown?: Sen2UpnUnknown | null;
  sex?: Sen2Sex | null;
  ethnicity?: Sen2Ethnicity | null;
  postcode?: string | null;
  senType?: Sen2SenType | null;
  secondSenType?: Sen2SenType | null;
  planCeasedOn?: string | null;
  planCeaseReason?: Sen2CeaseReason | null;
}

/** A placement: an establishment by URN or UKPRN, or the kind of setting when it has neither. */
export interface AddPlacement {
  establishmentName?: string;
  urn?: string;
  ukprn?: string;
  senSetting?: Sen2SenSetting;
  senSettingOther?: string;
  rank: 1 | 2;
  entryDate: string;
  leavingDate?: string;
  senUnit: boolean;
  resourcedProvision: boolean;
}

/** One person who cannot be returned yet, with every reason and where to fix it. */
export interface Sen2RecordIssues {
  childId: string;
  caseReference: string;
  issues: Sen2Issue[];
}

/** The SEN2 return for a census date: how many records each module holds, and which records cannot go yet. */
export interface Sen2Report {
  censusDate: string;
  collectionYear: { from: string; to: string };
  /** Problems with the return as a whole (e.g. the council's LA number not set). */
  returnIssues: string[];
  counts: {
    persons: number;
    ready: number;
    heldBack: number;
    requests: number;
    assessments: number;
    namedPlans: number;
    activePlans: number;
    ceasedPlans: number;
    placements: number;
  };
  records: Sen2RecordIssues[];
}
