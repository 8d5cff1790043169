import type { CalendarDate } from '../calendar-date/calendar-date.js';
import { yearOf } from '../calendar-date/calendar-date.js';
import type {
  Sen2ActivePlans,
  Sen2NamedPlan,
  Sen2Person,
  Sen2Placement,
  Sen2Request,
} from './sen2-record.js';

/** The local-authority level of the return's header. */
export interface Sen2Header {
  censusDate: CalendarDate;
  /** The council's three-digit LA number. */
  laNumber: string;
  softwareRelease: string;
  /** When the file was made, as an ISO date-time without a zone offset (the schema's xs:dateTime). */
  madeAt: string;
  /** Whether the council has a designated medical officer and a designated clinical officer: Y, N or R. */
  dmo: 'Y' | 'N' | 'R';
  dco: 'Y' | 'N' | 'R';
}

// Characters XML 1.0 cannot carry at all are dropped; the five with a meaning are escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Node = string | null;

/** An element with text, or nothing when the value is not held (every optional element is left out, not emptied). */
function leaf(name: string, value: string | number | boolean | null, indent: string): Node {
  if (value === null) return null;
  const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  return `${indent}<${name}>${escapeXml(text)}</${name}>`;
}

function branch(name: string, children: Node[], indent: string): string {
  const lines = children.filter((child): child is string => child !== null);
  return [`${indent}<${name}>`, ...lines, `${indent}</${name}>`].join('\n');
}

function placement(name: 'PlanDetail' | 'PlacementDetail', p: Sen2Placement, indent: string): string {
  const i = `${indent}  `;
  const dated = name === 'PlacementDetail';
  return branch(
    name,
    [
      leaf('URN', p.URN, i),
      leaf('UKPRN', p.UKPRN, i),
      leaf('SENSetting', p.SENSetting, i),
      leaf('SENSettingOther', p.SENSettingOther, i),
      leaf('PlacementRank', p.PlacementRank, i),
      dated ? leaf('EntryDate', p.EntryDate, i) : null,
      dated ? leaf('LeavingDate', p.LeavingDate, i) : null,
      leaf('SENunitIndicator', p.SENunitIndicator, i),
      leaf('ResourcedProvisionIndicator', p.ResourcedProvisionIndicator, i),
    ],
    indent,
  );
}

function namedPlan(plan: Sen2NamedPlan, indent: string): string {
  const i = `${indent}  `;
  return branch(
    'NamedPlan',
    [
      leaf('StartDate', plan.StartDate, i),
      ...plan.PlanDetail.map((p) => placement('PlanDetail', p, i)),
      leaf('CeaseDate', plan.CeaseDate, i),
      leaf('CeaseReason', plan.CeaseReason, i),
    ],
    indent,
  );
}

function activePlans(active: Sen2ActivePlans, indent: string): string {
  const i = `${indent}  `;
  return branch(
    'ActivePlans',
    [
      ...active.PlacementDetail.map((p) => placement('PlacementDetail', p, i)),
      ...active.SENneed.map((need) =>
        branch(
          'SENneed',
          [leaf('SENtype', need.SENtype, `${i}  `), leaf('SENtypeRank', need.SENtypeRank, `${i}  `)],
          i,
        ),
      ),
      leaf('ReviewMeeting', active.ReviewMeeting, i),
      leaf('ReviewOutcome', active.ReviewOutcome, i),
      leaf('LastReview', active.LastReview, i),
    ],
    indent,
  );
}

function request(r: Sen2Request, indent: string): string {
  const i = `${indent}  `;
  const assessment =
    r.Assessment === null
      ? null
      : branch(
          'Assessment',
          [
            leaf('AssessmentOutcome', r.Assessment.AssessmentOutcome, `${i}  `),
            leaf('AssessmentOutcomeDate', r.Assessment.AssessmentOutcomeDate, `${i}  `),
            r.Assessment.NamedPlan === null ? null : namedPlan(r.Assessment.NamedPlan, `${i}  `),
          ],
          i,
        );
  return branch(
    'Requests',
    [
      leaf('ReceivedDate', r.ReceivedDate, i),
      leaf('RequestOutcomeDate', r.RequestOutcomeDate, i),
      leaf('RequestOutcome', r.RequestOutcome, i),
      assessment,
      r.ActivePlans === null ? null : activePlans(r.ActivePlans, i),
    ],
    indent,
  );
}

function person(p: Sen2Person, indent: string): string {
  const i = `${indent}  `;
  return branch(
    'Person',
    [
      leaf('Surname', p.Surname, i),
      leaf('Forename', p.Forename, i),
      leaf('PersonBirthDate', p.PersonBirthDate, i),
      leaf('Sex', p.Sex, i),
      leaf('Ethnicity', p.Ethnicity, i),
      leaf('PostCode', p.PostCode, i),
      leaf('UPN', p.UPN, i),
      leaf('UniqueLearnerNumber', p.UniqueLearnerNumber, i),
      leaf('UPNunknown', p.UPNunknown, i),
      ...p.Requests.map((r) => request(r, i)),
    ],
    indent,
  );
}

/** The return as the XML message the DfE's collection takes: a header, then one Person per child. */
export function sen2Xml(header: Sen2Header, persons: Sen2Person[]): string {
  const source = branch(
    'Source',
    [
      leaf('SourceLevel', 'L', '      '),
      leaf('LEA', header.laNumber, '      '),
      leaf('SoftwareCode', 'Convene', '      '),
      leaf('Release', header.softwareRelease, '      '),
      leaf('SerialNo', '001', '      '),
      leaf('DateTime', header.madeAt, '      '),
      leaf('DMO', header.dmo, '      '),
      leaf('DCO', header.dco, '      '),
    ],
    '    ',
  );
  const collection = branch(
    'CollectionDetails',
    [
      leaf('Collection', 'SEN2', '      '),
      leaf('Year', yearOf(header.censusDate), '      '),
      leaf('ReferenceDate', header.censusDate, '      '),
    ],
    '    ',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Message>',
    branch('Header', [collection, source], '  '),
    branch(
      'Persons',
      persons.map((p) => person(p, '    ')),
      '  ',
    ),
    '</Message>',
    '',
  ].join('\n');
}
