/**
 * The redacted, pseudonymous view of an EHC plan that parent reviewers score (the fourth tier of quality
 * assurance): the child, their family and their setting are replaced by neutral placeholders, so the case
 * reference is the only identifier left. Pure: the same text and identifiers always give the same result.
 */
export const REDACTION_PLACEHOLDERS = {
  child: '[the child]',
  familyName: '[family name]',
  parent: '[parent]',
  setting: '[school]',
  date: '[date]',
  address: '[address]',
  postcode: '[postcode]',
  phone: '[phone number]',
  email: '[email address]',
  nhsNumber: '[NHS number]',
  pupilNumber: '[pupil number]',
} as const;

/** Who the plan is about, as the case records them: what is redacted besides dates, addresses and contact details. */
export interface PlanIdentifiers {
  child: { givenName: string; familyName: string };
  /** Parents' and carers' names as recorded, e.g. "Layla Crumpetson". */
  parentCarers: readonly string[];
  /** The setting's name as recorded, e.g. "Little Acorns Nursery, Northdale"; null when there is none. */
  settingName: string | null;
}

interface Span {
  start: number;
  end: number;
  replacement: string;
}

const P = REDACTION_PLACEHOLDERS;
/** Letters and digits in any script: a name matches only as a whole word, never inside a longer one. */
const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
const TITLES = '(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';
/** Dates as UK writers put them: 4 May 2016, Wednesday 4th of May, May 4th, 2016, May 2016, 04/05/2016, 4.5.16, 2016-05-04. */
const DATE_PATTERNS: RegExp[] = [
  new RegExp(`${WORD_START}${WEEKDAY}${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?${WORD_END}`, 'giu'),
  new RegExp(`${WORD_START}${WEEKDAY}${MONTH}\\s+${ORDINAL}(?:,?\\s+\\d{4})?(?![\\p{L}\\p{N}])`, 'giu'),
  new RegExp(`${WORD_START}${MONTH}\\s+\\d{4}${WORD_END}`, 'giu'),
  /(?<![\w/.-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?![\w/]|[.-]\d)/gu,
  /(?<![\w/.-])\d{4}-\d{2}-\d{2}(?![\w/]|[.-]\d)/gu,
];
/** A UK postcode, outward and inward parts, in capitals as addresses write them ("FN3 4QT"). */
const POSTCODE = /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Za-z0-9])/gu;
/** A house number and a street: "14 Orchard Close", "Flat 2, 7 Mill Street". */
const ADDRESS =
  /(?<![\w-])(?:(?:Flat|Apartment)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Place|Gardens|Court|Terrace|Grove|Mews|Row|Square)\b\.?/gu;
/** A UK telephone number, landline or mobile, with or without +44 and spaces; the digits are checked below. */
const PHONE =
  /(?<![\w+-])(?:\+44\s?(?:\(0\)\s?)?\d{2,4}|\(?0\d{2,4}\)?)[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w-])/gu;
const EMAIL = /[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+/gu;
/** An NHS number, ten digits in groups of 3, 3 and 4. */
const NHS_NUMBER = /(?<![\w-])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\w-])/gu;
/** A unique pupil number: a check letter and twelve more characters, the last a digit or letter. */
const PUPIL_NUMBER = /(?<![\w-])[A-HJ-NP-RT-Z]\d{11}[\dA-HJ-NP-RT-Z](?![\w-])/gu;
/** What case records say when a child has no setting: words of the plan, not a name to hide. */
const NOT_A_SETTING = /^(?:not in a setting|electively home educated|home educated|none)$/i;

/** Replaces the child's and family's names, the setting, dates, addresses and contact details in a plan's text. */
export function redactPlanText(text: string, identifiers: PlanIdentifiers): string {
  const spans: Span[] = [];
  const find = (pattern: RegExp, replacement: string, accept: (match: string) => boolean = () => true) => {
    for (const match of text.matchAll(pattern)) {
      if (accept(match[0]))
        spans.push({ start: match.index, end: match.index + match[0].length, replacement });
    }
  };

  find(EMAIL, P.email);
  for (const pattern of DATE_PATTERNS) find(pattern, P.date, isCalendarDate);
  find(POSTCODE, P.postcode);
  find(ADDRESS, P.address);
  find(PHONE, P.phone, isUkPhoneNumber);
  find(NHS_NUMBER, P.nhsNumber);
  find(PUPIL_NUMBER, P.pupilNumber);

  for (const setting of settingNames(identifiers.settingName)) find(phrase(setting), P.setting);

  const { givenName, familyName } = identifiers.child;
  const familyNames = new Set<string>();
  if (usable(givenName) && usable(familyName)) find(phrase(`${givenName} ${familyName}`), P.child);
  if (usable(givenName)) find(phrase(givenName), P.child);
  if (usable(familyName)) familyNames.add(familyName.trim());
  for (const name of identifiers.parentCarers) {
    if (!usable(name)) continue;
    find(phrase(name), P.parent);
    const parts = name.trim().split(/\s+/);
    const given = parts.length > 1 ? parts.slice(0, -1).join(' ') : parts[0]!;
    if (usable(given)) find(phrase(given), P.parent);
    if (parts.length > 1 && usable(parts.at(-1))) familyNames.add(parts.at(-1)!);
  }
  for (const family of familyNames) {
    // "Mrs Crumpetson" is a parent; "the Crumpetson family" is the family.
    find(new RegExp(`${WORD_START}${TITLES}${words(family)}${WORD_END}`, 'giu'), P.parent);
    find(phrase(family), P.familyName);
  }
  return applySpans(text, spans);
}

/** The longest match wins where two overlap; the earliest where they tie. */
function applySpans(text: string, spans: Span[]): string {
  spans.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + span.replacement;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/** The setting as recorded, and as plans shorten it: before a comma or bracket, and without "School" or "Academy". */
function settingNames(settingName: string | null): string[] {
  const recorded = settingName?.trim() ?? '';
  if (!recorded || NOT_A_SETTING.test(recorded)) return [];
  const names = new Set([recorded, recorded.split(',')[0]!.trim(), recorded.split(' (')[0]!.trim()]);
  for (const name of [...names]) {
    const shorter = name.replace(/\s+(?:School|Academy)$/i, '');
    // "Southmere High" still names the school; "Northdale" alone names a whole locality, so it stays.
    if (shorter !== name && shorter.split(/\s+/).length >= 2) names.add(shorter);
  }
  return [...names].filter((name) => name.length >= 4);
}

function usable(name: string | undefined): name is string {
  return name !== undefined && name.trim().length >= 2;
}

/** A name or phrase as a whole-word pattern, any case, any spacing, either apostrophe. */
function phrase(name: string): RegExp {
  return new RegExp(`${WORD_START}${words(name)}${WORD_END}`, 'giu');
}

function words(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
}

function isCalendarDate(match: string): boolean {
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2\d{2,4}$/.exec(match);
  if (numeric) return between(numeric[1]!, 1, 31) && between(numeric[3]!, 1, 12);
  // A written date's day of the month, where it has one ("May 2016" has none).
  const day = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)/i.exec(match);
  return !day || between(day[1]!, 1, 31);
}

function between(value: string, min: number, max: number): boolean {
  return Number(value) >= min && Number(value) <= max;
}

function isUkPhoneNumber(match: string): boolean {
  let digits = match.replace(/\D/g, '');
  // +44 7700 900123 and +44 (0)7700 900123 are both 07700 900123.
  if (match.trim().startsWith('+44')) digits = `0${digits.slice(2).replace(/^0/, '')}`;
  return digits.startsWith('0') && (digits.length === 10 || digits.length === 11);
}
