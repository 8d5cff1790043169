/**
 * The SEN2 message's published structure (element order, how often each may occur, codes and patterns), written
 * out by hand from the specification so a test can check an exported file against it without the DfE's tools.
 * It reads only what the export writes: elements with text or children, no attributes, no mixed content.
 */
interface XmlElement {
  name: string;
  text: string;
  children: XmlElement[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

export function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: XmlElement[] = [{ name: '#document', text: '', children: [] }];
  const token = /<(\/?)([A-Za-z][\w]*)>|([^<]+)/g;
  for (const match of body.matchAll(token)) {
    const [, closing, name, text] = match;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (text.trim()) top.text += unescape(text);
    } else if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
    } else {
      const element = { name: name!, text: '', children: [] };
      top.children.push(element);
      stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error('unclosed elements');
  return stack[0]!.children[0]!;
}

type Leaf = RegExp | readonly string[];
interface Particle {
  name: string;
  min: number;
  max: number;
  type: Leaf | Particle[];
}
const el = (name: string, type: Leaf | Particle[], min = 1, max = 1): Particle => ({ name, min, max, type });
const opt = (name: string, type: Leaf | Particle[], max = 1): Particle => el(name, type, 0, max);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YES_NO = ['0', '1', 'true', 'false'];
const RANK = ['1', '2'];
const OUTCOME = ['Y', 'N', 'A', 'W', 'H'];
const SETTING = ['OLA', 'EHE', 'EYP', 'OPA', 'OTH', 'NEET', 'NIEC', 'NIEO'];
const ANY = /^[\s\S]+$/;

const placementFields = (dated: boolean): Particle[] => [
  opt('URN', /^\d{6}$/),
  opt('UKPRN', /^\d{8}$/),
  opt('SENSetting', SETTING),
  opt('SENSettingOther', ANY),
  el('PlacementRank', RANK),
  ...(dated ? [el('EntryDate', DATE), opt('LeavingDate', DATE)] : []),
  el('SENunitIndicator', YES_NO),
  el('ResourcedProvisionIndicator', YES_NO),
];

const SEN2_MESSAGE: Particle = el('Message', [
  el('Header', [
    el('CollectionDetails', [el('Collection', ['SEN2']), el('Year', /^\d{4}$/), el('ReferenceDate', DATE)]),
    el('Source', [
      el('SourceLevel', ['L']),
      el('LEA', /^\d{3}$/),
      opt('SoftwareCode', ANY),
      opt('Release', ANY),
      opt('SerialNo', /^\d{3,}$/),
      opt('DateTime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
      el('DMO', ['Y', 'N', 'R']),
      el('DCO', ['Y', 'N', 'R']),
    ]),
  ]),
  el('Persons', [
    el(
      'Person',
      [
        el('Surname', ANY),
        el('Forename', ANY),
        el('PersonBirthDate', DATE),
        el('Sex', ['M', 'F', 'U']),
        el('Ethnicity', /^[A-Z]{4}$/),
        el('PostCode', ANY),
        opt('UPN', /^[A-Za-z]\d{11}[A-Za-z\d]$/),
        opt('UniqueLearnerNumber', /^\d{10}$/),
        opt('UPNunknown', /^UN([1-9]|10)$/),
        el(
          'Requests',
          [
            opt('ReceivedDate', DATE),
            opt('RequestOutcomeDate', DATE),
            el('RequestOutcome', OUTCOME),
            opt('Assessment', [
              el('AssessmentOutcome', OUTCOME),
              opt('AssessmentOutcomeDate', DATE),
              opt('NamedPlan', [
                el('StartDate', DATE),
                el('PlanDetail', placementFields(false), 1, 2),
                opt('CeaseDate', DATE),
                opt('CeaseReason', ['1', '2', '3', '4', '5', '6', '7', '8', '9']),
              ]),
            ]),
            opt('ActivePlans', [
              opt('TransferLA', /^\d{3}$/),
              el('PlacementDetail', placementFields(true), 1, 2),
              el('SENneed', [el('SENtype', /^[A-Z]{2,4}$/), el('SENtypeRank', RANK)], 1, 2),
              opt('ReviewMeeting', DATE),
              opt('ReviewOutcome', ['A', 'C', 'M']),
              opt('LastReview', DATE),
            ]),
          ],
          1,
          Infinity,
        ),
      ],
      0,
      Infinity,
    ),
  ]),
]);

/** Every way the element breaks the structure, as paths with what is wrong; none: it fits. */
export function shapeProblems(element: XmlElement, particle: Particle = SEN2_MESSAGE, path = ''): string[] {
  const here = `${path}/${element.name}`;
  if (element.name !== particle.name) return [`${here}: expected ${particle.name}`];
  const type = particle.type;
  if (type instanceof RegExp || !Array.isArray(type) || typeof type[0] === 'string') {
    const leaf = type as Leaf;
    const fits = leaf instanceof RegExp ? leaf.test(element.text) : leaf.includes(element.text);
    return element.children.length === 0 && fits ? [] : [`${here}: "${element.text}" is not allowed`];
  }
  const problems: string[] = [];
  let at = 0;
  for (const child of type) {
    let seen = 0;
    while (at < element.children.length && element.children[at]!.name === child.name) {
      problems.push(...shapeProblems(element.children[at]!, child, here));
      seen += 1;
      at += 1;
    }
    if (seen < child.min) problems.push(`${here}: missing ${child.name}`);
    if (seen > child.max) problems.push(`${here}: too many ${child.name}`);
  }
  if (at < element.children.length) problems.push(`${here}: ${element.children[at]!.name} out of place`);
  return problems;
}

export function find(element: XmlElement, path: string): XmlElement[] {
  const [first, ...rest] = path.split('/');
  const matches = element.children.filter((child) => child.name === first);
  return rest.length === 0 ? matches : matches.flatMap((child) => find(child, rest.join('/')));
}

export type { XmlElement };
