import { describe, expect, it } from 'vitest';
import { redactPlanText, type PlanIdentifiers } from './redact-plan.js';

const amira: PlanIdentifiers = {
  child: { givenName: 'Amira', familyName: 'Puddlecombe' },
  parentCarers: ['Layla Puddlecombe', 'Tom Crinkleby'],
  settingName: 'Northdale Meadow Primary School',
};
const redact = (text: string, identifiers: PlanIdentifiers = amira) => redactPlanText(text, identifiers);

describe('redacting a plan for parent reviewers: the child', () => {
  it("replaces the child's given name as a whole word, in any case, keeping possessives", () => {
    expect(
      redact("Amira enjoys music. AMIRA's favourite song is on repeat; amira’s brother sings it too."),
    ).toBe(
      "[the child] enjoys music. [the child]'s favourite song is on repeat; [the child]’s brother sings it too.",
    );
  });

  it("replaces the child's full name once, not name by name", () => {
    expect(redact('Amira Puddlecombe is in Year 4.')).toBe('[the child] is in Year 4.');
    expect(redact('Amira  Puddlecombe')).toBe('[the child]');
  });

  it('replaces the family name on its own, and a parent called by title and family name', () => {
    expect(redact('The Puddlecombe family moved in 2019. Mrs Puddlecombe and Mr. Crinkleby attended.')).toBe(
      'The [family name] family moved in 2019. [parent] and [parent] attended.',
    );
  });

  it('replaces hyphenated family names whole', () => {
    const fizz: PlanIdentifiers = {
      child: { givenName: 'Bo', familyName: 'Marmaduke-Fizz' },
      parentCarers: [],
      settingName: null,
    };
    expect(redact('Bo Marmaduke-Fizz and the Marmaduke-Fizz family', fizz)).toBe(
      '[the child] and the [family name] family',
    );
  });
});

describe('redacting a plan for parent reviewers: parents, carers and the setting', () => {
  it("replaces parents' and carers' full and given names", () => {
    expect(
      redact("Layla Puddlecombe (mum) and Tom (dad) say Layla's hopes are for Amira to make friends."),
    ).toBe("[parent] (mum) and [parent] (dad) say [parent]'s hopes are for [the child] to make friends.");
  });

  it("replaces the setting's name as recorded and as plans shorten it", () => {
    expect(
      redact(
        'Amira attends Northdale Meadow Primary School; staff at Northdale Meadow Primary know her well.',
      ),
    ).toBe('[the child] attends [school]; staff at [school] know her well.');
    const nursery: PlanIdentifiers = { ...amira, settingName: 'Little Acorns Nursery, Northdale' };
    expect(redact('Key workers at Little Acorns Nursery in Northdale', nursery)).toBe(
      'Key workers at [school] in Northdale',
    );
    const college: PlanIdentifiers = { ...amira, settingName: "St Wilfreda's CE Primary School" };
    expect(redact('St Wilfreda’s CE Primary School will name a key adult.', college)).toBe(
      '[school] will name a key adult.',
    );
  });
});

describe('redacting a plan for parent reviewers: dates, addresses and contact details', () => {
  it.each([
    ['Born on 04/05/2016.', 'Born on [date].'],
    ['DOB 4.5.16, reviewed 04-05-2024', 'DOB [date], reviewed [date]'],
    ['born 2016-05-04', 'born [date]'],
    ['born on 4 May 2016 and', 'born on [date] and'],
    ['seen on Wednesday 4th of May 2016.', 'seen on [date].'],
    ['the 21st September meeting', 'the [date] meeting'],
    ['by March 12, 2027 at the latest', 'by [date] at the latest'],
    ['from Sept 2025', 'from [date]'],
    ['reviewed in July 2026.', 'reviewed in [date].'],
  ])('replaces the date in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('replaces a postcode and a street address', () => {
    expect(redact('Amira lives at 14 Orchard Close, Northdale FN3 4QT with her mum.')).toBe(
      '[the child] lives at [address], Northdale [postcode] with her mum.',
    );
    expect(redact('Flat 2, 7 Mill Street, Eastbrook FN12 9AB')).toBe('[address], Eastbrook [postcode]');
  });

  it.each([
    ['call 07700 900123', 'call [phone number]'],
    ['call 07700900123 today', 'call [phone number] today'],
    ['on 01632 960001.', 'on [phone number].'],
    ['on (01632) 960 001', 'on [phone number]'],
    ['on 020 7946 0018', 'on [phone number]'],
    ['on +44 7700 900123', 'on [phone number]'],
    ['on +44 (0)7700 900123', 'on [phone number]'],
  ])('replaces the phone number in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('replaces an email address, even one made of a parent’s name', () => {
    expect(redact('Email layla.puddlecombe@example.net or send@fernshire.example.')).toBe(
      'Email [email address] or [email address].',
    );
  });

  it('replaces NHS and unique pupil numbers', () => {
    expect(redact('NHS number 943 476 5919, UPN A123456789012.')).toBe(
      'NHS number [NHS number], UPN [pupil number].',
    );
  });
});

describe('redacting a plan for parent reviewers: what must stay', () => {
  it('keeps the case reference, so the plan can still be discussed', () => {
    expect(redact('Case EHC-24-0173, Amira')).toBe('Case EHC-24-0173, [the child]');
  });

  it("keeps words that only contain a name, and others' names that only start like it", () => {
    expect(redact('Amiras, Amirah and Puddlecomber are not her; Tomorrow Layland is not her parent.')).toBe(
      'Amiras, Amirah and Puddlecomber are not her; Tomorrow Layland is not her parent.',
    );
    const bo: PlanIdentifiers = {
      child: { givenName: 'Bo', familyName: 'Kit' },
      parentCarers: [],
      settingName: null,
    };
    expect(redact('Bob boards the bus with both kits and a kitten.', bo)).toBe(
      'Bob boards the bus with both kits and a kitten.',
    );
  });

  it('keeps the numbers a plan is made of: hours, ratios, year groups, key stages, scores and money', () => {
    const text =
      'In Year 6 (Key Stage 2) Amira has 1:1 support for 25 hours a week, 3 x 30 minute sessions of speech and language therapy each half term, ' +
      'scored 10/10 on 3/4 of probes, 0.5 FTE, £12,500 a year, 15 days to comment, by the end of 2027, and 2 Forest School sessions.';
    expect(redact(text)).toBe(text.replace('Amira', '[the child]'));
  });

  it('keeps months and seasons used as words, and places that are not addresses', () => {
    const text =
      'She may march ahead in the summer term; the Virtual School and Kestrel Way are in Northdale. Advice from Dr Wrenfield.';
    expect(redact(text)).toBe(text);
  });

  it('keeps words that are not a setting’s name when the child has no setting', () => {
    const home: PlanIdentifiers = { ...amira, settingName: 'Electively home educated' };
    expect(redact('Amira is electively home educated.', home)).toBe(
      '[the child] is electively home educated.',
    );
  });

  it('leaves a text with nothing to redact exactly as it was', () => {
    const text = 'Outcome: by the end of Key Stage 3, to read a bus timetable independently.';
    expect(redact(text)).toBe(text);
  });
});
