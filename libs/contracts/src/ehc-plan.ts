import type { EhcPlanSection } from '@convene/domain';

/** One section of an issued EHC plan, A to K, in the plan's order. */
export interface EhcPlanSectionView {
  section: EhcPlanSection;
  /** As the plan heads it: "A", "H1". */
  letter: string;
  title: string;
  /** Null when the plan leaves the section out. */
  text: string | null;
}

/** An issued plan in full, with the names of the child, their family and their setting: for roles that may see names. */
export interface EhcPlanInFull {
  requestId: string;
  childId: string;
  caseReference: string;
  child: { givenName: string; familyName: string; dateOfBirth: string };
  parentCarers: { name: string; relationship: string }[];
  settingName: string | null;
  /** Null where the case records the plan as issued without its date. */
  finalIssuedOn: string | null;
  sections: EhcPlanSectionView[];
}

/**
 * A sampled plan as parent reviewers read it: names, dates, the setting, addresses and contact details are
 * replaced by placeholders, and the case reference is the only identifier left.
 */
export interface RedactedEhcPlan {
  caseReference: string;
  sections: EhcPlanSectionView[];
  /** The placeholders that may stand in the text for what was taken out, e.g. "[the child]". */
  placeholders: string[];
}
