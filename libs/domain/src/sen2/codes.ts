/**
 * The SEN2 person-level return's code lists (DfE, collection of January 2024 onwards), in the codes the
 * specification publishes and with our own short labels. See docs/sen2.md for the version and what is missing.
 */

export const SEN2_SEXES = ['M', 'F', 'U'] as const;
export type Sen2Sex = (typeof SEN2_SEXES)[number];
export const SEN2_SEX_LABELS: Record<Sen2Sex, string> = { M: 'Male', F: 'Female', U: 'Not known' };

/** The common basic data set's ethnicity codes, main categories plus refused and not yet obtained. */
export const SEN2_ETHNICITIES = [
  'WBRI',
  'WIRI',
  'WIRT',
  'WOTH',
  'WROM',
  'MWBC',
  'MWBA',
  'MWAS',
  'MOTH',
  'AIND',
  'APKN',
  'ABAN',
  'AOTH',
  'BCRB',
  'BAFR',
  'BOTH',
  'CHNE',
  'OOTH',
  'REFU',
  'NOBT',
] as const;
export type Sen2Ethnicity = (typeof SEN2_ETHNICITIES)[number];
export const SEN2_ETHNICITY_LABELS: Record<Sen2Ethnicity, string> = {
  WBRI: 'White – British',
  WIRI: 'White – Irish',
  WIRT: 'Traveller of Irish heritage',
  WOTH: 'Any other White background',
  WROM: 'Gypsy or Roma',
  MWBC: 'White and Black Caribbean',
  MWBA: 'White and Black African',
  MWAS: 'White and Asian',
  MOTH: 'Any other mixed background',
  AIND: 'Indian',
  APKN: 'Pakistani',
  ABAN: 'Bangladeshi',
  AOTH: 'Any other Asian background',
  BCRB: 'Black Caribbean',
  BAFR: 'Black African',
  BOTH: 'Any other Black background',
  CHNE: 'Chinese',
  OOTH: 'Any other ethnic group',
  REFU: 'Refused',
  NOBT: 'Not yet obtained',
};

/** Why a person has no UPN (UN1–UN10); the labels are ours, the codes the specification's. */
export const SEN2_UPN_UNKNOWN_REASONS = [
  'UN1',
  'UN2',
  'UN3',
  'UN4',
  'UN5',
  'UN6',
  'UN7',
  'UN8',
  'UN9',
  'UN10',
] as const;
export type Sen2UpnUnknown = (typeof SEN2_UPN_UNKNOWN_REASONS)[number];

/** The school census's types of special educational need (SENtype), ranked 1 (primary) and 2. */
export const SEN2_SEN_TYPES = [
  'SPLD',
  'MLD',
  'SLD',
  'PMLD',
  'SEMH',
  'SLCN',
  'HI',
  'VI',
  'MSI',
  'PD',
  'ASD',
  'OTH',
] as const;
export type Sen2SenType = (typeof SEN2_SEN_TYPES)[number];
export const SEN2_SEN_TYPE_LABELS: Record<Sen2SenType, string> = {
  SPLD: 'Specific learning difficulty',
  MLD: 'Moderate learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  SEMH: 'Social, emotional and mental health',
  SLCN: 'Speech, language and communication needs',
  HI: 'Hearing impairment',
  VI: 'Vision impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  ASD: 'Autistic spectrum disorder',
  OTH: 'Other difficulty',
};

/** A placement with no establishment number (URN or UKPRN) says what kind of setting it is instead (SENSetting). */
export const SEN2_SEN_SETTINGS = ['OLA', 'EHE', 'EYP', 'OPA', 'OTH', 'NEET', 'NIEC', 'NIEO'] as const;
export type Sen2SenSetting = (typeof SEN2_SEN_SETTINGS)[number];
export const SEN2_SEN_SETTING_LABELS: Record<Sen2SenSetting, string> = {
  OLA: 'Placed by another local authority',
  EHE: 'Elective home education',
  EYP: 'Early years provider without a URN',
  OPA: 'Other arrangements made by the local authority',
  OTH: 'Other (say which)',
  NEET: 'Not in education, employment or training',
  NIEC: 'Not in education: ceasing',
  NIEO: 'Not in education: other',
};

/** Why a plan ceased (CeaseReason 1–9). */
export const SEN2_CEASE_REASONS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type Sen2CeaseReason = (typeof SEN2_CEASE_REASONS)[number];
export const SEN2_CEASE_REASON_LABELS: Record<Sen2CeaseReason, string> = {
  '1': 'Reached the maximum age',
  '2': 'Needs met without an EHC plan',
  '3': 'Moved on to higher education',
  '4': 'Moved on to paid employment (not an apprenticeship)',
  '5': 'Transferred to another local authority',
  '6': 'Young person no longer wishes to engage in education or training',
  '7': 'Moved abroad',
  '8': 'Died',
  '9': 'Other',
};

/** RequestOutcome and AssessmentOutcome share their letters: yes, no, awaiting, withdrawn, historical. */
export const SEN2_OUTCOMES = ['Y', 'N', 'A', 'W', 'H'] as const;
export type Sen2Outcome = (typeof SEN2_OUTCOMES)[number];

/** ReviewOutcome of the last annual review: amend, cease, maintain. */
export type Sen2ReviewOutcome = 'A' | 'C' | 'M';
