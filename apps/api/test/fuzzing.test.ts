import {
  ATTENDANCE,
  MEETING_COMMANDS,
  MEETING_ERROR_CODES,
  type Ack,
  type ClientToServerEvents,
} from '@convene/contracts';
import {
  ADVICE_QUALITY_CRITERIA,
  ADVICE_RESPONSES,
  ADVICE_SOURCES,
  AGENCY_KINDS,
  AGENDA_ITEM_KINDS,
  DELEGABLE_KINDS,
  DELEGATE_ROLES,
  FUNDING_BANDS,
  JOINT_FUNDING_PARTIES,
  MAX_YEAR_GROUP,
  MEETING_KINDS,
  MEETING_MEMBER_ROLES,
  MIN_YEAR_GROUP,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  NEED_AREAS,
  PERSONAL_BUDGET_PURPOSES,
  PHASE_TRANSFER_KINDS,
  QUALITY_GRADES,
  REQUEST_SOURCES,
  REQUEST_STAGES,
  REVIEW_DECISIONS,
  SETTING_TYPES,
  STATUTORY_EXCEPTION_KINDS,
  EXCEPTION_REGULATIONS,
  TRIAGE_PRIORITIES,
  VULNERABILITY_MARKERS,
  APPEALABLE_DECISIONS,
  COMPLAINT_STAGES,
  DISAGREEMENT_KINDS,
  DISAGREEMENT_OUTCOMES,
  TRIBUNAL_ORDER_KINDS,
  SEN2_CEASE_REASONS,
  SEN2_ETHNICITIES,
  SEN2_SEN_SETTINGS,
  SEN2_SEN_TYPES,
  SEN2_SEXES,
  SEN2_UPN_UNKNOWN_REASONS,
  ADVICE_GATEWAYS,
  FAMILY_MEMBER_KINDS,
  STAFF_ROLES,
} from '@convene/domain';
import { getMetadataStorage, isEmail, isISO8601, isUUID } from 'class-validator';
import type { DtoClass } from '../src/common/compiled-check.js';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateCaseDto, NewRequestDto } from '../src/cases/dto/create-case.dto.js';
import { RecordExceptionDto } from '../src/cases/dto/record-exception.dto.js';
import { RecordTransitionDto } from '../src/cases/dto/record-transition.dto.js';
import { CreateUserDto, UpdateUserDto } from '../src/identity/admin/admin-users.dto.js';
import { ChangeAgencyDto, CreateAgencyDto } from '../src/identity/admin/agency-changes.dto.js';
import { AddLocalityDto, ChangeLocalityDto } from '../src/cases/localities/locality-changes.dto.js';
import { AUTHORIZATION_MATRIX } from '../src/identity/authorization-matrix.js';
import { SignInDto } from '../src/identity/dto/sign-in.dto.js';
import { TwoStepCodeDto } from '../src/identity/two-step/dto/two-step-code.dto.js';
import { ADDRESS_FAILURES } from '../src/identity/sign-in.service.js';
import {
  AddAgendaItemDto,
  InviteToMeetingDto,
  JoinMeetingDto,
} from '../src/meetings/dto/meeting-commands.dto.js';
import { registeredPanels } from '../src/panels/registered-panels.js';
import {
  MarkNotificationsReadDto,
  UpdateNotificationPreferencesDto,
} from '../src/notifications/dto/notification.dto.js';
import { WriteLeadershipPackNarrativeDto } from '../src/dashboard/leadership-packs/dto/leadership-pack-requests.dto.js';
import { CreateMeetingGroupDto, SetGroupMemberDto } from '../src/meetings/groups/meeting-groups.dto.js';
import { MeetingInvitationDto } from '../src/meetings/invitations/meeting-invitation.dto.js';
import {
  PutInWritingDto,
  RecordInWritingDto,
  RevealInWritingDto,
  VoteInWritingDto,
} from '../src/meetings/written-procedures/written-procedures.dto.js';
import { MAX_SOCKET_PAYLOAD_BYTES } from '../src/meetings/realtime/convene-io.adapter.js';
import { DecideUnderDelegationDto } from '../src/meetings/delegation/dto/decide-under-delegation.dto.js';
import {
  AddDelegationRuleDto,
  ChangeDelegationRuleDto,
} from '../src/meetings/delegation/dto/delegation-rule.dto.js';
import { RaisePanelRequestDto } from '../src/panels/decision-making/panel-requests/raise-panel-request.dto.js';
import { ScheduleMeetingDto } from '../src/panels/decision-making/schedule-meeting.dto.js';
import {
  CreateCriterionDto,
  UpdateCriterionDto,
} from '../src/panels/decision-making/threshold-criteria.dto.js';
import {
  ChaseAdviceDto,
  RateAdviceQualityDto,
  RecordHealthAdviceDto,
} from '../src/panels/advice-gateway/dto/health-advice.dto.js';
import {
  AddQualityCriterionDto,
  ChangeQualityCriterionDto,
  DrawDipSampleDto,
} from '../src/panels/quality/quality.dto.js';
import { RecordAmendedPlanDto } from '../src/reviews/dto/record-amended-plan.dto.js';
import { RecordPhaseTransferAmendmentDto } from '../src/reviews/dto/record-phase-transfer-amendment.dto.js';
import { AddCaseActionDto } from '../src/actions/dto/add-case-action.dto.js';
import { AddPlacementDto } from '../src/cases/return-details/dto/add-placement.dto.js';
import { AddFamilyMemberDto } from '../src/family/dto/add-family-member.dto.js';
import { ChangeFamilyMemberDto } from '../src/family/dto/change-family-member.dto.js';
import { SendDraftCommentsDto } from '../src/family-view/dto/send-draft-comments.dto.js';
import {
  AskForFamilySignInLinkDto,
  RedeemFamilySignInLinkDto,
} from '../src/family/dto/family-sign-in.dto.js';
import { SendFamilyFeedbackDto } from '../src/family-say/dto/send-family-feedback.dto.js';
import { WriteYouSaidWeDidDto } from '../src/family-say/dto/write-you-said-we-did.dto.js';
import { UpdateReturnDetailsDto } from '../src/cases/return-details/dto/update-return-details.dto.js';
import { CloseActionDto } from '../src/actions/dto/close-action.dto.js';
import { OpenDisagreementDto } from '../src/disagreements/dto/open-disagreement.dto.js';
import { RecordDisagreementStepDto } from '../src/disagreements/dto/record-disagreement-step.dto.js';
import { RecordPhaseTransferDto } from '../src/reviews/dto/record-phase-transfer.dto.js';
import { RecordReviewDecisionDto } from '../src/reviews/dto/record-review-decision.dto.js';
import { RecordReviewMeetingDto } from '../src/reviews/dto/record-review-meeting.dto.js';
import {
  ModerateSamplePlanDto,
  MoveQualityCriterionDto,
  ScoreSamplePlanDto,
} from '../src/panels/quality/dip-sample-reviews.dto.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { aMeeting } from './support/meeting-factory.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

/*
 * Property-based fuzzing of every REST body and every socket command. Every payload sent here is
 * refused by construction (a required field missing, a value of the wrong type or out of range, an
 * unknown field, not an object at all, malformed or oversized), or names a record that does not
 * exist, or comes from someone who may not send it; so every answer must be a 4xx or an error
 * acknowledgement, never a 5xx or `internal_error`, and the database must not change at all.
 *
 * The routes come from the authorization matrix and the commands from MEETING_COMMANDS; each DTO's
 * spec is written out below, from the DTO's type rather than from its decorators, so that a gap in
 * the decorators shows. A new route or command, or a DTO whose properties change, fails the first
 * test until its spec here is brought up to date.
 *
 * FUZZ_RUNS=2000 runs that many payloads in each property (per route and caller, per command and
 * sender) where the default keeps `npm test` quick; FUZZ_SEED replays a run; FUZZ_VERBOSE=1 prints
 * what every route and command answered.
 */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;
const runs = (normal: number) => FUZZ_RUNS || normal;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const timeoutFor = (normal: number) => Math.max(normal, (FUZZ_RUNS / 100) * normal);

// ------------------------------------------------------------------------------------ field arbitraries

type Arb<T = unknown> = fc.Arbitrary<T>;
type Json = Record<string, unknown>;

/** One DTO property: values it accepts, and values it must refuse. */
interface Field {
  required: boolean;
  valid: Arb;
  invalid: Arb;
}

/**
 * `optional`: the property carries @IsOptional, under which null and undefined skip every other check,
 * so null is not a wrong value for it. `required: false` alone: it may be left out, but null is refused.
 */
interface FieldOptions {
  optional?: boolean;
  required?: boolean;
}

const field = (valid: Arb, invalid: Arb[], options: FieldOptions = {}): Field => ({
  required: options.required ?? !options.optional,
  valid,
  invalid: fc.oneof(...invalid, ...(options.optional ? [] : [fc.constant(null)])),
});

/** Characters that trouble parsers and databases: NUL, lone surrogates, a bidi override, a BOM, a variation selector, quotes. */
const nastyCharacter = fc.constantFrom(
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\ufeff',
  '\ufe0f',
  '"',
  '\\',
  "'",
  '%',
  '<',
  '\n',
  'é',
  '🙂',
  'ß',
  'a',
);
const anyString = (constraints: { minLength?: number; maxLength?: number } = {}) =>
  fc.oneof(
    fc.string({ unit: 'binary', ...constraints }),
    fc.string({ unit: nastyCharacter, ...constraints }),
    fc.string(constraints),
  );

/** A string's length as class-validator counts it (validator.js isLength): a surrogate pair counts once, a variation selector not at all. */
const vlen = (s: string) =>
  s.length -
  (s.match(/[\uFE0E\uFE0F]/g)?.length ?? 0) -
  (s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

const aNumber = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const aSmallArray = fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 });
const aSmallObject = fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 4,
});
const notAString = [aNumber, fc.boolean(), aSmallArray, aSmallObject];

/** Longer than `max` as class-validator counts, from a little over to many times over. */
const tooLong = (max: number) =>
  fc.oneof(
    fc.string({ minLength: max + 1, maxLength: max + 20 }),
    fc
      .tuple(anyString({ minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 3 }))
      .map(([piece, times]) => piece.repeat(Math.ceil(((max + 1) * times) / Math.max(1, vlen(piece)))))
      .map((s) => (vlen(s) > max ? s : s + 'x'.repeat(max + 1))),
  );

const text = (min: number, max: number, options?: FieldOptions): Field =>
  field(
    anyString({ minLength: min, maxLength: Math.min(max, min + 30) }).filter(
      (s) => vlen(s) >= min && vlen(s) <= max,
    ),
    [...notAString, tooLong(max), ...(min > 0 ? [fc.string({ maxLength: min - 1 })] : [])],
    options,
  );

const matching = (pattern: RegExp, options?: FieldOptions): Field =>
  field(fc.stringMatching(pattern), [...notAString, anyString().filter((s) => !pattern.test(s))], options);

const uuid = (options?: FieldOptions, real: string[] = []): Field =>
  field(
    real.length ? fc.oneof(fc.constantFrom(...real), fc.uuid({ version: 4 })) : fc.uuid({ version: 4 }),
    [
      ...notAString,
      fc
        .oneof(
          anyString(),
          fc.uuid().map((u) => `${u}x`),
          fc.uuid().map((u) => u.slice(1)),
          fc.uuid().map((u) => u.replaceAll('-', '')),
        )
        .filter((s) => !isUUID(s)),
    ],
    options,
  );

const oneOf = (values: readonly string[], options?: FieldOptions): Field =>
  field(
    fc.constantFrom(...values),
    [
      ...notAString,
      fc.constantFrom(...values).map((v) => [v]),
      fc
        .oneof(
          anyString(),
          fc.constantFrom(...values).map((v) => v.toUpperCase()),
          fc.constantFrom(...values).map((v) => ` ${v}`),
        )
        .filter((s) => !values.includes(s)),
    ],
    options,
  );

const integer = (min: number, max: number, options?: FieldOptions): Field =>
  field(
    fc.integer({ min, max }),
    [
      fc.integer({ min: Number.MIN_SAFE_INTEGER, max: min - 1 }),
      fc.integer({ min: max + 1, max: Number.MAX_SAFE_INTEGER }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)),
      fc.integer({ min, max }).map(String),
      fc.boolean(),
      aSmallArray,
      aSmallObject,
    ],
    options,
  );

const boolean = (options?: FieldOptions): Field =>
  field(
    fc.boolean(),
    [fc.constantFrom('true', 'false', '1', '0', ''), fc.integer(), anyString(), aSmallArray, aSmallObject],
    options,
  );

const isCalendarDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isISO8601(s, { strict: true });
const aDay = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2030-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const calendarDate = (options?: FieldOptions): Field =>
  field(
    aDay.map((d) => d.toISOString().slice(0, 10)),
    [
      ...notAString,
      fc
        .oneof(
          fc.constantFrom(
            '2023-02-29',
            '2026-13-01',
            '2026-00-10',
            '2026-02-30',
            '2026-1-5',
            '05/01/2026',
            '20260105',
            '',
            '0000-00-00',
          ),
          aDay.map((d) => d.toISOString()),
          anyString(),
        )
        .filter((s) => !isCalendarDay(s)),
    ],
    options,
  );

const instant = (options?: FieldOptions): Field =>
  field(
    aDay.map((d) => d.toISOString()),
    [
      ...notAString,
      fc
        .oneof(
          fc.constantFrom('2026-02-30T09:30:00Z', '2026-12-02T25:00:00Z', '2026-12-02 09:30', 'tomorrow'),
          anyString(),
        )
        .filter((s) => !isISO8601(s, { strict: true })),
    ],
    options,
  );

/** validator.js's isEmail throws on a lone surrogate (so did the API, until this file found it): no address has one. */
const looksLikeEmail = (s: string) => {
  try {
    return isEmail(s);
  } catch {
    return false;
  }
};
const email = (options?: FieldOptions): Field =>
  field(
    fc.emailAddress().filter((e) => isEmail(e) && e.length <= 254),
    [
      ...notAString,
      fc
        .oneof(
          anyString(),
          fc.emailAddress().map((e) => e.replace('@', '')),
          fc.emailAddress().map((e) => `${'a'.repeat(250)}${e}`),
          // An address with one nasty character in it: the likeliest to get past a careless check.
          fc
            .tuple(fc.emailAddress(), fc.nat(), nastyCharacter)
            .map(([e, at, c]) => e.slice(0, at % e.length) + c + e.slice(at % e.length)),
          fc.constantFrom('a@', '@b.example', 'a b@c.example'),
        )
        .filter((s) => !(looksLikeEmail(s) && vlen(s) <= 254)),
    ],
    options,
  );

/** @IsArray @ArrayUnique @IsIn(values, { each: true }), and @ArrayMinSize(1) when `nonEmpty`. */
const choices = (
  values: readonly string[],
  { nonEmpty, ...options }: FieldOptions & { nonEmpty?: boolean },
): Field => {
  const wrongChoice = fc.oneof(
    aNumber,
    fc.constant(null),
    anyString().filter((s) => !values.includes(s)),
  );
  return field(
    fc.uniqueArray(fc.constantFrom(...values), { minLength: nonEmpty ? 1 : 0, maxLength: 3 }),
    [
      aNumber,
      fc.boolean(),
      anyString(),
      aSmallObject,
      fc
        .tuple(fc.uniqueArray(fc.constantFrom(...values), { maxLength: 2 }), wrongChoice)
        .map(([good, bad]) => [...good, bad]),
      fc.constantFrom(...values).map((v) => [v, v]),
      ...(nonEmpty ? [fc.constant([])] : []),
    ],
    options,
  );
};

/** @IsArray @ArrayMinSize(min) @ArrayMaxSize(max) @IsUUID each: the real ids (reordered), or new ones. */
const uuidList = (real: string[], { min = 1, max = 200, optional = false } = {}): Field => {
  const some = (minLength: number) =>
    real.length
      ? fc.shuffledSubarray(real, { minLength })
      : fc.uniqueArray(fc.uuid({ version: 4 }), { minLength, maxLength: Math.min(max, 3) });
  return field(
    some(min),
    [
      aNumber,
      anyString(),
      aSmallObject,
      ...(min > 0 ? [fc.constant([])] : []),
      fc.tuple(some(0), uuid().invalid).map(([good, bad]) => [...good, bad]),
      fc.uniqueArray(fc.uuid({ version: 4 }), { minLength: max + 1, maxLength: max + 10 }),
    ],
    { optional },
  );
};

/** A nested DTO (@IsObject @ValidateNested @Type): refused when not an object, or when the object inside is refused. */
const nested = (spec: BodySpec, options?: FieldOptions): Field =>
  field(
    validObject(spec.variants[0]!),
    [
      aNumber,
      fc.boolean(),
      anyString(),
      fc.array(validObject(spec.variants[0]!), { maxLength: 2 }),
      invalidObject(spec),
    ],
    options,
  );

/**
 * A list of nested DTOs (@IsArray @ArrayMinSize @ArrayMaxSize @ValidateNested({ each: true }) @Type):
 * refused when not a list, of the wrong length, or when one item is refused: not an object, an
 * object refused, or a list itself (ValidateNested walks into a list of lists as if it were fine).
 */
const nestedList = (
  spec: BodySpec,
  { min, max }: { min: number; max: number },
  options?: FieldOptions,
): Field => {
  const one = validObject(spec.variants[0]!);
  const badOne = fc.oneof(
    invalidObject(spec),
    aNumber,
    anyString(),
    fc.constant(null),
    fc.array(one, { maxLength: 2 }),
  );
  return field(
    fc.array(one, { minLength: min, maxLength: max }),
    [
      aNumber,
      fc.boolean(),
      anyString(),
      aSmallObject,
      fc.array(one, { maxLength: min - 1 }),
      fc.array(one, { minLength: max + 1, maxLength: max + 3 }),
      fc
        .tuple(fc.array(one, { minLength: min - 1, maxLength: max - 1 }), badOne, fc.nat())
        .map(([good, bad, at]) => (good as unknown[]).toSpliced(at % (good.length + 1), 0, bad)),
    ],
    options,
  );
};

// ------------------------------------------------------------------------------------ whole bodies

/** A DTO: one or more variants (a field validated only for some kinds belongs only to those variants), and every property it declares. */
interface BodySpec {
  variants: Record<string, Field>[];
  known: ReadonlySet<string>;
}
const dto = (fields: Record<string, Field>): BodySpec => ({
  variants: [fields],
  known: new Set(Object.keys(fields)),
});

/** Defines an own property, so that `__proto__` is a key like any other rather than a prototype. */
function withKey(object: Json, key: string, value: unknown): Json {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}
function without(object: Json, key: string): Json {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

const unknownKey = (known: ReadonlySet<string>) =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 20 }),
      fc.constantFrom(
        'admin',
        'isAdmin',
        'role',
        'roles',
        'id',
        'userId',
        'weight',
        'version',
        'createdBy',
        '$where',
        'a.b',
        '',
      ),
    )
    .filter((key) => key !== '' && !known.has(key) && !(key in Object.prototype));

/**
 * Keys aimed at prototype pollution. Added only to bodies already invalid, as noise; that they are
 * refused on their own is a test below. The value marks Object.prototype if they ever reach it.
 */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const pollution = { polluted: true, prototype: { polluted: true } };
const noise = fc
  .option(fc.constantFrom(...PROTOTYPE_KEYS), { freq: 3 })
  .map((key) => (body: Json) => (key ? withKey(body, key, pollution) : body));

function validObject(variant: Record<string, Field>, leaveOut: readonly string[] = []): Arb<Json> {
  const names = Object.keys(variant).filter((name) => !leaveOut.includes(name));
  return fc.record(Object.fromEntries(names.map((name) => [name, variant[name]!.valid])), {
    requiredKeys: names.filter((name) => variant[name]!.required),
  });
}

type Mutation = (body: Json) => Json;

/**
 * A valid body, then one to three mutations that each make it invalid and that no later mutation can
 * make valid again: a required field left out, any field given a wrong value, an unknown field added.
 */
function invalidObject(spec: BodySpec): Arb<Json> {
  return fc.constantFrom(...spec.variants).chain((variant) => {
    const names = Object.keys(variant);
    const required = names.filter((name) => variant[name]!.required);
    const mutations: Arb<Mutation>[] = [
      fc.constantFrom(...names).chain((name) =>
        variant[name]!.invalid.map(
          (value): Mutation =>
            (body) =>
              withKey(body, name, value),
        ),
      ),
      fc.tuple(unknownKey(spec.known), fc.jsonValue({ maxDepth: 2 })).map(
        ([key, value]): Mutation =>
          (body) =>
            withKey(body, key, value),
      ),
    ];
    if (required.length > 0)
      mutations.push(
        fc.constantFrom(...required).map(
          (name): Mutation =>
            (body) =>
              without(body, name),
        ),
      );
    return fc
      .tuple(validObject(variant), fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 3 }), noise)
      .map(([body, changes, addNoise]) => addNoise(changes.reduce((b, change) => change(b), body)));
  });
}

/** Anything at all as an object, with at least one field the DTO does not declare. */
const objectWithUnknownField = (spec: BodySpec) =>
  fc
    .tuple(fc.oneof(fc.object(), aSmallObject), unknownKey(spec.known), fc.jsonValue({ maxDepth: 2 }))
    .map(([object, key, value]) => withKey(object, key, value));

/** Any JSON value that is not an object: primitives (refused by the strict JSON parser) and arrays. */
const notAnObject = fc.oneof(
  fc.jsonValue().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
  fc
    .array(fc.anything({ maxDepth: 2 }), { maxLength: 5 })
    .map((a) => a.map((v) => (v === undefined ? null : v))),
);

/**
 * Whether body-parser takes a text: it strips a BOM, takes an empty body for {}, and in strict mode
 * takes only an object or an array. A text it takes is no use where the parser is to refuse it.
 */
const acceptedByTheParser = (text: string) => {
  const stripped = text.replace(/^\uFEFF/, '');
  if (stripped.trim() === '') return true;
  try {
    const value: unknown = JSON.parse(stripped);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
};

const malformedJson = fc
  .oneof(
    fc
      .tuple(fc.json(), fc.nat(), nastyCharacter)
      .map(
        ([json, at, junk]) =>
          json.slice(0, at % (json.length + 1)) + junk + json.slice(at % (json.length + 1)),
      ),
    fc.json().map((json) => json.slice(0, -1)),
    anyString({ maxLength: 200 }),
    fc.constantFrom(
      '{',
      '}',
      '{"a":}',
      "{'a':1}",
      '{"a":1,}',
      '{"a":01}',
      '{"a":NaN}',
      '{"a":1e400,',
      'undefined',
      '\ufeff',
      '{"__proto__":',
    ),
  )
  .filter((t) => !acceptedByTheParser(t));

const DEEP_KEYS = ['x', 'meetingId', 'request', 'roles', 'email', 'kind'];
/** Nesting far past what any DTO uses, in brackets or objects, in a field known or not. */
const deeplyNested = fc
  .tuple(fc.constantFrom(...DEEP_KEYS), fc.integer({ min: 33, max: 20_000 }), fc.boolean())
  .map(
    ([key, depth, brackets]) =>
      `{${JSON.stringify(key)}:${brackets ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)}}`,
  );

/** Far over every field's limit, yet under the 1 MB body limit. */
const HUGE = 'x'.repeat(200_000);
const OVER_THE_LIMIT = `{"x":"${'x'.repeat(1_100_000)}"}`;

// ------------------------------------------------------------------------------------ requests

type Body =
  | { type: 'json'; value: unknown }
  | { type: 'text'; text: string; contentType: string }
  | { type: 'form'; fields: [string, string][] }
  | { type: 'none' };

const json = (value: unknown): Body => ({ type: 'json', value });
const raw = (text: string, contentType = 'application/json'): Body => ({ type: 'text', text, contentType });

/** Bodies refused by the body parser, whatever the route does with a body. */
const refusedByTheParser: Arb<Body> = fc.oneof(
  { weight: 12, arbitrary: malformedJson.map((t) => raw(t)) },
  { weight: 1, arbitrary: fc.constant(raw(OVER_THE_LIMIT)) },
  { weight: 2, arbitrary: fc.json().map((t) => raw(t, 'application/json; charset=bogus')) },
);

/** Bodies that a route with this DTO must refuse. */
function badBodies(spec: BodySpec): Arb<Body> {
  const emptyIsInvalid = spec.variants.every((variant) => Object.values(variant).some((f) => f.required));
  const someField = fc
    .constantFrom(...spec.variants)
    .chain((variant) => fc.tuple(validObject(variant), fc.constantFrom(...Object.keys(variant))));
  return fc.oneof(
    { weight: 12, arbitrary: invalidObject(spec).map(json) },
    { weight: 3, arbitrary: objectWithUnknownField(spec).map(json) },
    { weight: 3, arbitrary: notAnObject.map(json) },
    { weight: 3, arbitrary: refusedByTheParser },
    { weight: 1, arbitrary: deeplyNested.map((t) => raw(t)) },
    // A huge string in a field the DTO validates: every such field has a limit far below it, or takes no string.
    { weight: 1, arbitrary: someField.map(([body, name]) => json(withKey(body, name, HUGE))) },
    // A form with a field the DTO does not declare (a plain name: `roles[]` would be parsed into a known field).
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc
            .stringMatching(/^[a-z][a-zA-Z0-9]{0,15}$/)
            .filter((key) => !spec.known.has(key) && !(key in Object.prototype)),
          fc.string({ maxLength: 20 }),
        )
        .map(([key, value]) =>
          raw(new URLSearchParams([[key, value]]).toString(), 'application/x-www-form-urlencoded'),
        ),
    },
    // No JSON at all: the DTO sees nothing, which only a DTO with a required field refuses.
    ...(emptyIsInvalid
      ? [
          {
            weight: 1,
            arbitrary: fc.oneof(
              fc.json().map((t) => raw(t, 'text/plain')),
              fc.constant<Body>({ type: 'none' }),
              fc.constant<Body>({ type: 'form', fields: [] }),
            ),
          },
        ]
      : []),
  );
}

/** For routes that read no JSON body (a file upload, sign-out, a delete): anything at all. */
const anyBody: Arb<Body> = fc.oneof(
  fc
    .anything({ maxDepth: 3 })
    .filter((v) => v !== undefined)
    .map(json),
  notAnObject.map(json),
  refusedByTheParser,
  fc
    .array(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 })), { maxLength: 12 })
    .map((fields): Body => ({ type: 'form', fields })),
  fc.constant<Body>({ type: 'none' }),
);

/** A path segment that is not a UUID, or a UUID of nothing. */
const encodable = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '?')); // a lone surrogate has no UTF-8
  }
};
const junkSegment = fc.oneof(
  anyString({ minLength: 1, maxLength: 40 }).map(encodable),
  fc.constantFrom(
    '%ZZ',
    '%',
    '%00',
    '..',
    '.',
    'null',
    'undefined',
    '-1',
    '0',
    '1e400',
    "'%20OR%201%3D1--",
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
  ),
);
/** The real record now and then, else a UUID of nothing, else not a UUID at all. */
const segment = (real: string | undefined) =>
  fc.oneof(
    ...(real ? [{ weight: 4, arbitrary: fc.constant(real) }] : []),
    { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
    { weight: 1, arbitrary: junkSegment },
  );

// ------------------------------------------------------------------------------------ the DTOs

/** The properties a DTO class declares to class-validator: a spec below must name the same, or it has fallen behind. */
function declaredProperties(dto: DtoClass): string[] {
  return [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(dto, '', true, false)
        .map((m) => m.propertyName),
    ),
  ].sort();
}
/** The values a DTO's @IsIn accepts, where the DTO keeps its list to itself. */
function allowedValues(dto: DtoClass, property: string): string[] {
  const isIn = getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .find((m) => m.propertyName === property && m.name === 'isIn');
  return isIn!.constraints[0] as string[];
}

const SIGN_IN = dto({ email: email(), password: text(1, 1024), code: text(0, 32, { optional: true }) });
const TWO_STEP_CODE = dto({ code: text(6, 32) });
const MARK_NOTIFICATIONS_READ = dto({ ids: uuidList([], { min: 1, max: 200 }) });
const UPDATE_NOTIFICATION_PREFERENCES = dto({
  preferences: nestedList(
    dto({ kind: oneOf(NOTIFICATION_KINDS), delivery: oneOf(NOTIFICATION_DELIVERIES) }),
    { min: 1, max: NOTIFICATION_KINDS.length },
    { optional: true },
  ),
  digestTime: matching(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { optional: true }),
});
const WRITE_PACK_NARRATIVE = dto({ narrative: text(1, 10_000) });
const CREATE_USER = dto({
  email: email(),
  displayName: text(1, 120),
  jobTitle: text(0, 120, { optional: true }),
  agencyId: uuid(),
  roles: choices(STAFF_ROLES, { nonEmpty: true }),
  password: text(12, 1024, { optional: true }),
});
const UPDATE_USER = dto({
  displayName: text(1, 120, { optional: true }),
  jobTitle: text(0, 120, { optional: true }),
  agencyId: uuid({ optional: true }),
  roles: choices(STAFF_ROLES, { nonEmpty: true, optional: true }),
  active: boolean({ optional: true }),
  password: text(12, 1024, { optional: true }),
});
const CREATE_AGENCY = dto({
  code: matching(/^[a-z][a-z0-9_]{1,39}$/),
  name: text(1, 120),
  kind: oneOf(AGENCY_KINDS),
});
const CHANGE_AGENCY = dto({ name: text(1, 120, { optional: true }), retired: boolean({ optional: true }) });
const ADD_LOCALITY = dto({
  code: matching(/^[a-z][a-z0-9_]{1,39}$/),
  name: text(1, 120),
  isVulnerablePupilsTeam: boolean({ optional: true }),
  familyLinkOfficerIds: uuidList([], { min: 0, max: 200, optional: true }),
});
const CHANGE_LOCALITY = dto({
  name: text(1, 120, { optional: true }),
  retired: boolean({ optional: true }),
  familyLinkOfficerIds: uuidList([], { min: 0, max: 200, optional: true }),
});
const CREATE_MEETING_GROUP = dto({ kind: oneOf(MEETING_KINDS), name: text(3, 120) });
const SET_GROUP_MEMBER = dto({
  role: oneOf(MEETING_MEMBER_ROLES),
  inviteToScheduled: boolean({ optional: true }),
});
const MEETING_INVITATION = dto({ userId: uuid(), role: oneOf(MEETING_MEMBER_ROLES) });
const ADD_DELEGATION_RULE = dto({
  kind: oneOf(DELEGABLE_KINDS),
  role: oneOf(DELEGATE_ROLES),
  maxAmountPence: integer(1, 100_000_000, { optional: true }),
});
const CHANGE_DELEGATION_RULE = dto({
  maxAmountPence: integer(1, 100_000_000, { optional: true }),
  active: boolean({ optional: true }),
});
const DECIDE_UNDER_DELEGATION = dto({
  kind: oneOf(DELEGABLE_KINDS),
  requestId: uuid({ optional: true }),
  panelRequestId: uuid({ optional: true }),
  outcome: oneOf(['agree', 'refuse', 'issue', 'not_issue']),
  reasons: text(1, 4000),
  recommendations: text(0, 4000, { optional: true }),
  amountPence: integer(1, 100_000_000, { optional: true }),
});
const CREATE_CRITERION = dto({ itemKind: oneOf(AGENDA_ITEM_KINDS), text: text(5, 500) });
const UPDATE_CRITERION = dto({
  text: text(5, 500, { optional: true }),
  active: boolean({ optional: true }),
  position: integer(1, 100, { optional: true }),
});
const SCHEDULE_MEETING = dto({
  kind: oneOf(MEETING_KINDS),
  startsAt: instant(),
  endsAt: instant(),
  title: text(3, 200, { optional: true }),
  theme: text(0, 200, { optional: true }),
  repeatWeeks: integer(0, 12, { optional: true }),
  buildAgenda: boolean({ optional: true }),
});
const NEW_REQUEST = dto({ receivedOn: calendarDate(), source: oneOf(REQUEST_SOURCES) });
const CREATE_CASE = dto({
  caseReference: matching(/^[A-Z0-9][A-Z0-9-]{2,39}$/, { optional: true }),
  givenName: text(1, 100),
  familyName: text(1, 100),
  dateOfBirth: calendarDate(),
  yearGroup: integer(MIN_YEAR_GROUP, MAX_YEAR_GROUP),
  settingName: text(0, 200, { optional: true }),
  localityCode: matching(/^[a-z0-9_]{1,40}$/),
  familyLinkOfficerId: uuid({ optional: true }),
  primaryNeed: oneOf(NEED_AREAS),
  // Defaults to [] when left out, but has no @IsOptional: null is refused.
  vulnerabilityMarkers: choices(VULNERABILITY_MARKERS, { required: false }),
  request: nested(NEW_REQUEST),
});
/** Each kind validates its own fields only (@ValidateIf): another kind's field is not checked, so it is never the mutation. */
const RAISE_PANEL_REQUEST: BodySpec = (() => {
  const kind = (value: string): Field => ({
    ...oneOf(['placement_change', 'funding', 'personal_budget']),
    valid: fc.constant(value),
  });
  const summary = text(1, 4000);
  // startsOn and endsOn are checked whenever present (null included), and required for money.
  const day = calendarDate({ required: false });
  const money = {
    summary,
    amountPence: integer(1, 100_000_000),
    startsOn: calendarDate(),
    endsOn: calendarDate(),
  };
  const variants: Record<string, Field>[] = [
    {
      kind: kind('placement_change'),
      summary,
      settingName: text(1, 200),
      settingType: oneOf(SETTING_TYPES),
      startsOn: day,
      endsOn: day,
    },
    { kind: kind('funding'), ...money, band: oneOf(FUNDING_BANDS) },
    { kind: kind('personal_budget'), ...money, purpose: oneOf(PERSONAL_BUDGET_PURPOSES) },
  ];
  return { variants, known: new Set(variants.flatMap((v) => Object.keys(v))) };
})();
const RECORD_TRANSITION = dto({
  to: oneOf(REQUEST_STAGES),
  occurredOn: calendarDate(),
  note: text(0, 2000, { optional: true }),
});
const RECORD_HEALTH_ADVICE = dto({
  requestId: uuid(),
  source: oneOf(ADVICE_SOURCES),
  requestedOn: calendarDate(),
});
const RATE_ADVICE_QUALITY = dto({
  criteria: nested(
    dto(Object.fromEntries(ADVICE_QUALITY_CRITERIA.map((criterion) => [criterion, boolean()]))),
  ),
  note: text(0, 2000, { optional: true }),
});
const CHASE_ADVICE = dto({ note: text(0, 2000, { optional: true }) });
const DRAW_DIP_SAMPLE = dto({
  subject: oneOf(['plans', 'advice'], { optional: true }),
  size: integer(1, 50),
  seed: integer(0, 2147483647, { optional: true }),
  tier: oneOf(['multiagency', 'senior']),
  meetingId: uuid({ optional: true }),
  theme: text(0, 200, { optional: true }),
  excludeMonths: integer(0, 24, { optional: true }),
});
const ADD_QUALITY_CRITERION = dto({ section: text(1, 200), text: text(1, 1000), weight: integer(1, 10) });
const CHANGE_QUALITY_CRITERION = dto({
  section: text(1, 200, { optional: true }),
  text: text(1, 1000, { optional: true }),
  weight: integer(1, 10, { optional: true }),
  active: boolean({ optional: true }),
});
const SCORE_SAMPLE_PLAN = dto({
  metCriterionIds: uuidList([], { min: 0, max: 100 }),
  grade: oneOf(QUALITY_GRADES, { optional: true }),
  overrideReason: text(0, 2000, { optional: true }),
});
const MODERATE_SAMPLE_PLAN = dto({ grade: oneOf(QUALITY_GRADES), feedback: text(3, 5000) });
const MOVE_QUALITY_CRITERION = dto({ direction: oneOf(['up', 'down']) });
const RECORD_EXCEPTION = dto({
  regulation: oneOf(EXCEPTION_REGULATIONS),
  kind: oneOf(STATUTORY_EXCEPTION_KINDS),
  startsOn: calendarDate(),
  endsOn: calendarDate({ optional: true }),
  adviceAskedOn: calendarDate({ optional: true }),
  adviceRequestId: uuid({ optional: true }),
  note: text(0, 2000, { optional: true }),
});

const RECORD_REVIEW_MEETING = dto({ reviewMeetingOn: calendarDate() });
const RECORD_REVIEW_DECISION = dto({ decisionOn: calendarDate(), outcome: oneOf(REVIEW_DECISIONS) });
const RECORD_AMENDED_PLAN = dto({ amendedPlanIssuedOn: calendarDate() });
const RECORD_PHASE_TRANSFER = dto({
  kind: oneOf(PHASE_TRANSFER_KINDS),
  transferYear: integer(2000, 2100),
  transfersOn: calendarDate({ optional: true }),
  settingName: text(1, 200, { optional: true }),
});
const RECORD_PHASE_TRANSFER_AMENDMENT = dto({
  amendedPlanIssuedOn: calendarDate(),
  settingName: text(1, 200),
});
const ADD_CASE_ACTION = dto({
  what: text(1, 2000),
  ownerUserId: uuid({ optional: true }),
  ownerTeamId: uuid({ optional: true }),
  dueOn: calendarDate(),
});
const PUT_IN_WRITING = dto({
  groupId: uuid(),
  caseReference: text(1, 40),
  kind: oneOf(allowedValues(PutInWritingDto, 'kind')),
  question: text(3, 200),
  respondBy: instant(),
  idempotencyKey: text(8, 56),
});
const VOTE_IN_WRITING = dto({
  itemId: uuid(),
  choice: text(1, 40),
  reason: text(0, 2000, { optional: true }),
  idempotencyKey: text(8, 64),
});
const REVEAL_IN_WRITING = dto({
  itemId: uuid(),
  inquorateReason: text(0, 2000, { optional: true }),
  idempotencyKey: text(8, 56),
});
const RECORD_IN_WRITING = dto({
  itemId: uuid(),
  outcome: text(1, 40),
  reasons: text(3, 5000),
  conditions: text(0, 5000, { optional: true }),
  criteriaNotMetReason: text(3, 2000, { optional: true }),
  idempotencyKey: text(8, 56),
});
const CLOSE_ACTION = dto({ outcome: oneOf(['done', 'cancelled']), note: text(1, 2000) });
const OPEN_DISAGREEMENT = dto({
  kind: oneOf(DISAGREEMENT_KINDS),
  appealableDecision: oneOf(APPEALABLE_DECISIONS, { optional: true }),
  decisionItemId: uuid({ optional: true }),
  decisionNotifiedOn: calendarDate(),
  openedOn: calendarDate(),
  summary: text(1, 2000),
  complaintStage: oneOf(COMPLAINT_STAGES, { optional: true }),
});
const RECORD_DISAGREEMENT_STEP = dto({
  complaintStage: oneOf(COMPLAINT_STAGES, { optional: true }),
  mediationDeclinedOn: calendarDate({ optional: true }),
  mediationRequestedOn: calendarDate({ optional: true }),
  mediationHeldOn: calendarDate({ optional: true }),
  certificateIssuedOn: calendarDate({ optional: true }),
  appealSentToCouncilOn: calendarDate({ optional: true }),
  responseSentOn: calendarDate({ optional: true }),
  hearingOn: calendarDate({ optional: true }),
  outcome: oneOf([...new Set(Object.values(DISAGREEMENT_OUTCOMES).flat())], { optional: true }),
  outcomeOn: calendarDate({ optional: true }),
  order: nested(
    dto({
      kind: oneOf(TRIBUNAL_ORDER_KINDS),
      on: calendarDate(),
      source: oneOf(['order', 'mediation_agreement', 'unopposed']),
    }),
    { optional: true },
  ),
});

const UPDATE_RETURN_DETAILS = dto({
  upn: matching(/^\s*[A-Za-z]\d{11}[A-Za-z\d]\s*$/, { optional: true }),
  uln: matching(/^\d{10}$/, { optional: true }),
  upnUnknown: oneOf(SEN2_UPN_UNKNOWN_REASONS, { optional: true }),
  sex: oneOf(SEN2_SEXES, { optional: true }),
  ethnicity: oneOf(SEN2_ETHNICITIES, { optional: true }),
  postcode: text(0, 10, { optional: true }),
  senType: oneOf(SEN2_SEN_TYPES, { optional: true }),
  secondSenType: oneOf(SEN2_SEN_TYPES, { optional: true }),
  planCeasedOn: calendarDate({ optional: true }),
  planCeaseReason: oneOf(SEN2_CEASE_REASONS, { optional: true }),
});
const ADD_PLACEMENT = dto({
  establishmentName: text(0, 200, { optional: true }),
  urn: matching(/^\d{6}$/, { optional: true }),
  ukprn: matching(/^1\d{7}$/, { optional: true }),
  senSetting: oneOf(SEN2_SEN_SETTINGS, { optional: true }),
  senSettingOther: text(0, 200, { optional: true }),
  rank: integer(1, 2),
  entryDate: calendarDate(),
  leavingDate: calendarDate({ optional: true }),
  senUnit: boolean(),
  resourcedProvision: boolean(),
});

const ADD_FAMILY_MEMBER = dto({
  name: text(1, 200),
  email: email(),
  kind: oneOf(FAMILY_MEMBER_KINDS),
  parentalResponsibility: boolean({ optional: true }),
  relationship: text(1, 60),
  contactRestricted: boolean({ optional: true }),
});
const CHANGE_FAMILY_MEMBER = dto({
  email: email({ optional: true }),
  relationship: text(1, 60, { optional: true }),
  contactRestricted: boolean({ optional: true }),
});
const ASK_FOR_FAMILY_LINK = dto({ email: email() });
const REDEEM_FAMILY_LINK = dto({ token: matching(/^[A-Za-z0-9_-]{1,64}$/) });
const SEND_DRAFT_COMMENTS = dto({
  comments: text(1, 10_000),
  preferredSchool: text(1, 200, { optional: true }),
});
const SEND_FAMILY_FEEDBACK = dto({
  rating: integer(1, 5),
  wentWell: text(0, 2000, { optional: true }),
  couldBeBetter: text(0, 2000, { optional: true }),
});
const WRITE_YOU_SAID_WE_DID = dto({
  youSaid: text(1, 1000),
  weDid: text(1, 1000),
  publishedOn: calendarDate({ optional: true }),
});

/** Each REST DTO with its spec, to check that they name the same properties. */
const REST_SPECS: [DtoClass, BodySpec][] = [
  [SignInDto, SIGN_IN],
  [TwoStepCodeDto, TWO_STEP_CODE],
  [CreateUserDto, CREATE_USER],
  [UpdateUserDto, UPDATE_USER],
  [CreateAgencyDto, CREATE_AGENCY],
  [ChangeAgencyDto, CHANGE_AGENCY],
  [AddLocalityDto, ADD_LOCALITY],
  [ChangeLocalityDto, CHANGE_LOCALITY],
  [CreateMeetingGroupDto, CREATE_MEETING_GROUP],
  [SetGroupMemberDto, SET_GROUP_MEMBER],
  [MeetingInvitationDto, MEETING_INVITATION],
  [CreateCriterionDto, CREATE_CRITERION],
  [AddDelegationRuleDto, ADD_DELEGATION_RULE],
  [ChangeDelegationRuleDto, CHANGE_DELEGATION_RULE],
  [DecideUnderDelegationDto, DECIDE_UNDER_DELEGATION],
  [UpdateCriterionDto, UPDATE_CRITERION],
  [ScheduleMeetingDto, SCHEDULE_MEETING],
  [CreateCaseDto, CREATE_CASE],
  [NewRequestDto, NEW_REQUEST],
  [RaisePanelRequestDto, RAISE_PANEL_REQUEST],
  [RecordTransitionDto, RECORD_TRANSITION],
  [RecordExceptionDto, RECORD_EXCEPTION],
  [RecordHealthAdviceDto, RECORD_HEALTH_ADVICE],
  [RateAdviceQualityDto, RATE_ADVICE_QUALITY],
  [ChaseAdviceDto, CHASE_ADVICE],
  [DrawDipSampleDto, DRAW_DIP_SAMPLE],
  [AddQualityCriterionDto, ADD_QUALITY_CRITERION],
  [ChangeQualityCriterionDto, CHANGE_QUALITY_CRITERION],
  [RecordReviewMeetingDto, RECORD_REVIEW_MEETING],
  [RecordReviewDecisionDto, RECORD_REVIEW_DECISION],
  [RecordAmendedPlanDto, RECORD_AMENDED_PLAN],
  [RecordPhaseTransferDto, RECORD_PHASE_TRANSFER],
  [RecordPhaseTransferAmendmentDto, RECORD_PHASE_TRANSFER_AMENDMENT],
  [ScoreSamplePlanDto, SCORE_SAMPLE_PLAN],
  [ModerateSamplePlanDto, MODERATE_SAMPLE_PLAN],
  [MoveQualityCriterionDto, MOVE_QUALITY_CRITERION],
  [AddCaseActionDto, ADD_CASE_ACTION],
  [UpdateReturnDetailsDto, UPDATE_RETURN_DETAILS],
  [AddPlacementDto, ADD_PLACEMENT],
  [AddFamilyMemberDto, ADD_FAMILY_MEMBER],
  [ChangeFamilyMemberDto, CHANGE_FAMILY_MEMBER],
  [AskForFamilySignInLinkDto, ASK_FOR_FAMILY_LINK],
  [RedeemFamilySignInLinkDto, REDEEM_FAMILY_LINK],
  [SendDraftCommentsDto, SEND_DRAFT_COMMENTS],
  [SendFamilyFeedbackDto, SEND_FAMILY_FEEDBACK],
  [WriteYouSaidWeDidDto, WRITE_YOU_SAID_WE_DID],
  [CloseActionDto, CLOSE_ACTION],
  [OpenDisagreementDto, OPEN_DISAGREEMENT],
  [RecordDisagreementStepDto, RECORD_DISAGREEMENT_STEP],
  [PutInWritingDto, PUT_IN_WRITING],
  [VoteInWritingDto, VOTE_IN_WRITING],
  [RevealInWritingDto, REVEAL_IN_WRITING],
  [RecordInWritingDto, RECORD_IN_WRITING],
  [MarkNotificationsReadDto, MARK_NOTIFICATIONS_READ],
  [UpdateNotificationPreferencesDto, UPDATE_NOTIFICATION_PREFERENCES],
  [WriteLeadershipPackNarrativeDto, WRITE_PACK_NARRATIVE],
];

type SocketEvent = keyof ClientToServerEvents;
const SOCKET_EVENTS: readonly SocketEvent[] = ['meeting.join', 'meeting.leave', ...MEETING_COMMANDS];
const ENGINE = registeredPanels();
const dtoOf = (event: SocketEvent): DtoClass =>
  event === 'meeting.join' || event === 'meeting.leave' ? JoinMeetingDto : ENGINE.command(event)!.dto;

/** The socket commands' DTOs (the engine's and each panel's, as registered), given the real meeting's ids. */
function commandSpecs(meeting: {
  meetingId: string;
  itemIds: string[];
  userIds: string[];
  criterionId: string;
}): Partial<Record<SocketEvent, BodySpec>> {
  const base = { meetingId: uuid({}, [meeting.meetingId]), idempotencyKey: text(8, 64) };
  const item = { ...base, itemId: uuid({}, meeting.itemIds) };
  return {
    'meeting.join': dto({ meetingId: base.meetingId }),
    'meeting.leave': dto({ meetingId: base.meetingId }),
    'meeting.start': dto({ ...base, confirmOtherDay: boolean({ optional: true }) }),
    'meeting.end': dto({ ...base, confirmItemsNotReached: boolean({ optional: true }) }),
    'attendance.arrive': dto(base),
    'attendance.mark': dto({ ...base, userId: uuid({}, meeting.userIds), attendance: oneOf(ATTENDANCE) }),
    'member.invite': dto({
      ...base,
      userId: uuid({}, meeting.userIds),
      role: oneOf(allowedValues(InviteToMeetingDto, 'role')),
    }),
    'action.add': dto({
      ...item,
      what: text(1, 2000),
      ownerUserId: uuid({ optional: true }, meeting.userIds),
      ownerTeamId: uuid({ optional: true }),
      dueOn: calendarDate(),
    }),
    'agenda.reorder': dto({ ...base, itemIds: uuidList(meeting.itemIds) }),
    'agenda.advance': dto(item),
    'agenda.add': dto({
      ...base,
      caseReference: text(1, 40),
      kind: oneOf(allowedValues(AddAgendaItemDto, 'kind')),
    }),
    'agenda.withdraw': dto({ ...item, reason: text(3, 2000) }),
    'interest.declare': dto({ ...item, reason: text(3, 1000) }),
    'voting.open': dto(item),
    'vote.cast': dto({
      ...item,
      choice: text(1, 40),
      reason: text(0, 2000, { optional: true }),
      onBehalfOf: uuid({ optional: true }, meeting.userIds),
    }),
    'voting.close': dto({ ...item, inquorateReason: text(0, 2000, { optional: true }) }),
    'votes.reveal': dto(item),
    'voting.reopen': dto({ ...item, reason: text(3, 1000) }),
    'hand.raise': dto(base),
    'hand.lower': dto({ ...base, userId: uuid({ optional: true }, meeting.userIds) }),
    'item.allowance': dto({ ...item, minutes: integer(1, 120) }),
    'outcome.record': dto({
      ...item,
      outcome: text(1, 40),
      reasons: text(3, 5000),
      conditions: text(0, 5000, { optional: true }),
      criteriaNotMetReason: text(3, 2000, { optional: true }),
    }),
    'item.defer': dto({ ...item, reason: text(3, 2000) }),
    'outcome.correct': dto({
      ...item,
      reasons: text(3, 5000),
      conditions: text(0, 5000, { optional: true }),
      correctionReason: text(3, 1000),
    }),
    'criteria.mark': dto({ ...item, criterionId: uuid({}, [meeting.criterionId]), met: boolean() }),
    'advice.triage': dto({
      ...item,
      teamIds: uuidList([], { max: 7 }),
      response: oneOf(ADVICE_RESPONSES),
      priority: oneOf(TRIAGE_PRIORITIES),
    }),
    'advice.respond': dto({
      ...item,
      adviceRequestId: uuid(),
      accept: boolean(),
      reason: text(0, 2000, { optional: true }),
    }),
    'advice.reassign': dto({ ...item, adviceRequestId: uuid(), teamId: uuid(), reason: text(3, 2000) }),
    'funding.propose': dto({
      ...item,
      summary: text(3, 2000),
      totalPence: integer(1, 300_000_000),
      shares: nestedList(dto({ party: oneOf(JOINT_FUNDING_PARTIES), amountPence: integer(0, 100_000_000) }), {
        min: 2,
        max: 3,
      }),
    }),
    'funding.answer': dto({
      ...item,
      party: oneOf(JOINT_FUNDING_PARTIES),
      consent: boolean(),
      reason: text(0, 2000, { optional: true }),
    }),
    'score.submit': dto({
      ...item,
      metCriterionIds: uuidList([], { min: 0, max: 100 }),
      grade: oneOf(QUALITY_GRADES, { optional: true }),
      overrideReason: text(0, 2000, { optional: true }),
    }),
  };
}

// ------------------------------------------------------------------------------------ the database

/** Refused sign-ins with a well-formed address are recorded by design (the lockout and device limit count them): these are ours. */
const UNKNOWN_SIGN_IN_DOMAIN = 'sign-in-fuzz.example';

/**
 * Every table, row by row (count and md5 of the rows in order), but for what a refused request rightly
 * touches: a session's last_seen_at (each signed-in request keeps the session from idling out), and the
 * sign-in attempts this file makes on purpose with unknown addresses.
 */
async function fingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const columns: { table_name: string; column_name: string }[] = await dataSource.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' ORDER BY c.table_name, c.ordinal_position`,
  );
  const skipColumns = new Set(['sessions.last_seen_at']);
  const rowsWhere: Record<string, string> = {
    sign_in_attempts: `email NOT LIKE '%@${UNKNOWN_SIGN_IN_DOMAIN}'`,
  };
  const tables = new Map<string, string[]>();
  for (const { table_name, column_name } of columns) {
    if (skipColumns.has(`${table_name}.${column_name}`)) continue;
    tables.set(table_name, [...(tables.get(table_name) ?? []), `"${column_name}"`]);
  }
  const result: Record<string, string> = {};
  for (const [table, names] of tables) {
    const [row] = await dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS digest
         FROM (SELECT ${names.join(', ')} FROM "${table}" ${rowsWhere[table] ? `WHERE ${rowsWhere[table]}` : ''}) r`,
    );
    result[table] = `${row.n} rows, md5 ${row.digest}`;
  }
  return result;
}

// ------------------------------------------------------------------------------------ the socket side

type SocketPayload = { args: unknown[] } | { raw: string };
type Rejection = Extract<Ack, { ok: false }>;

/**
 * Each connection's pace: 20 commands at once, then 10 a second. The test app lets each person send far more
 * (its limits are for machine speed), so that payloads are validated, not rate-limited.
 */
const BURST = 20;
const PER_SECOND = 10;

/** A connection, paced to stay inside BURST and PER_SECOND, so that payloads are validated, not rate-limited. */
class PacedConnection {
  private tokens = BURST - 2;
  private refilledAt = Date.now();
  private nextAckId = 1_000_000;

  constructor(readonly client: MeetingClient) {}

  /** Milliseconds until this connection may send, taking a token when it may now. */
  take(): number {
    const now = Date.now();
    this.tokens = Math.min(BURST - 2, this.tokens + ((now - this.refilledAt) / 1000) * (PER_SECOND - 1));
    this.refilledAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / (PER_SECOND - 1)) * 1000);
  }

  send(name: string, payload: SocketPayload): Promise<unknown> {
    const socket = this.client.socket;
    if ('args' in payload) {
      const untyped = socket.timeout(10_000) as unknown as {
        emitWithAck(event: string, ...args: unknown[]): Promise<unknown>;
      };
      return untyped.emitWithAck(name, ...payload.args);
    }
    // socket.io-client walks a payload recursively looking for binary and would overflow on deep
    // nesting before sending: write the packet ourselves (EVENT, namespace, ack id, JSON) and take its ack.
    const internals = socket as unknown as {
      acks: Record<number, (...args: unknown[]) => void>;
      io: { engine: { write(data: string): void } };
    };
    const id = this.nextAckId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        delete internals.acks[id];
        reject(new Error(`no acknowledgement for ${name} within 10s`));
      }, 10_000);
      internals.acks[id] = (response: unknown) => {
        clearTimeout(timer);
        resolve(response);
      };
      internals.io.engine.write(`2/meetings,${id}[${JSON.stringify(name)},${payload.raw}]`);
    });
  }
}

/** Pauses only to pace a connection under the gateway's rate limit (never to wait for an event). */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class ConnectionPool {
  private next = 0;
  rateLimited = 0;

  constructor(readonly connections: PacedConnection[]) {}

  /** Sends on the next connection free to send; a rate-limited answer is counted and the payload sent again. */
  async send(name: string, payload: SocketPayload): Promise<unknown> {
    for (let retries = 0; ;) {
      let wait = Infinity;
      let connection: PacedConnection | undefined;
      for (let i = 0; i < this.connections.length && !connection; i++) {
        const candidate = this.connections[(this.next + i) % this.connections.length]!;
        const ms = candidate.take();
        if (ms === 0) connection = candidate;
        else wait = Math.min(wait, ms);
      }
      this.next = (this.next + 1) % this.connections.length;
      if (!connection) {
        await pause(wait);
        continue;
      }
      const ack = await connection.send(name, payload);
      if ((ack as Rejection | undefined)?.code !== 'rate_limited' || retries++ >= 20) return ack;
      this.rateLimited += 1;
      await pause(200);
    }
  }
}

/**
 * Payloads a command must refuse with validation_failed, whoever sends them. A command with no spec
 * yet (a spec with no fields, only the DTO's property names) still gets all that is refused whatever its fields.
 */
function badCommandPayloads(spec: BodySpec): Arb<SocketPayload> {
  const args = (value: unknown): SocketPayload => ({ args: [value] });
  const variants = spec.variants.filter((variant) => Object.keys(variant).length > 0);
  return fc
    .oneof(
      ...(variants.length ? [{ weight: 12, arbitrary: invalidObject({ ...spec, variants }).map(args) }] : []),
      { weight: 3, arbitrary: objectWithUnknownField(spec).map(args) },
      {
        weight: 3,
        arbitrary: fc
          .oneof(
            notAnObject,
            fc.constant(null),
            fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
          )
          .map(args),
      },
      // No payload at all, or several: the gateway then sees an array.
      {
        weight: 1,
        arbitrary: fc
          .array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 })
          .filter((a) => a.length !== 1)
          .map((a): SocketPayload => ({ args: a })),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...DEEP_KEYS), fc.integer({ min: 33, max: 20_000 }))
          .map(([key, depth]): SocketPayload => ({
            raw: `{${JSON.stringify(key)}:${'['.repeat(depth)}${']'.repeat(depth)}}`,
          })),
      },
      ...(variants.length
        ? [
            {
              weight: 1,
              arbitrary: fc
                .tuple(fc.constantFrom(...variants), fc.integer({ min: 10_000, max: 50_000 }))
                .chain(([variant, size]) =>
                  fc
                    .tuple(validObject(variant), fc.constantFrom(...Object.keys(variant)))
                    .map(([body, name]) => args(withKey(body, name, 'x'.repeat(size)))),
                ),
            },
          ]
        : []),
    )
    .filter(
      (p) => Buffer.byteLength('raw' in p ? p.raw : JSON.stringify(p.args)) < MAX_SOCKET_PAYLOAD_BYTES - 1024,
    );
}

/** Text no field takes, whatever its DTO says: U+0000 (PostgreSQL cannot store it) and a lone surrogate (no character at all). */
const hasUnsafeText = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000') ||
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)
    : typeof value === 'object' && value !== null && Object.values(value).some(hasUnsafeText);

// ------------------------------------------------------------------------------------ the tests

interface Caller {
  name: string;
  cookie?: string;
}

interface RouteFuzz {
  /** Who sends, and what: each caller gets its own property run. */
  callers: Caller[];
  params: Record<string, string | undefined>;
  bodies: Arb<Body>;
  /** A well-formed body for a record that does not exist must be refused too (a 404), and change nothing. */
  wellFormedForNothing?: BodySpec;
}

describe('fuzzing every REST body and every socket command', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let admin: TestUser;
  let chair: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let subject: TestUser;
  /** A parent with access to the fuzzed case, whose request has no draft out: nothing they send is stored. */
  let parent: TestUser;
  /** An admin's second session, for sign-outs whose body is refused (it must outlive them). */
  let throwaway: string;
  const cookies = new Map<string, string>();
  let meeting: { meetingId: string; itemIds: string[] };
  let ids: {
    childId: string;
    requestId: string;
    groupId: string;
    criterionId: string;
    qualityCriterionId: string;
    adviceWithTeam: string;
    adviceReturned: string;
    seniorSampleId: string;
  };
  let before: Record<string, string>;
  const pools = new Map<string, ConnectionPool>();
  const clients: MeetingClient[] = [];
  /** What each route and command answered: `route caller` → status or code → count. */
  const answers = new Map<string, Map<string, number>>();
  const count = (key: string, answer: string | number) => {
    const byAnswer = answers.get(key) ?? new Map<string, number>();
    byAnswer.set(String(answer), (byAnswer.get(String(answer)) ?? 0) + 1);
    answers.set(key, byAnswer);
  };
  const started = Date.now();

  const caller = (name: string, user?: TestUser): Caller => ({
    name,
    cookie: user ? cookies.get(user.id) : undefined,
  });

  async function send(
    method: string,
    path: string,
    body: Body,
    cookie?: string,
  ): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = cookie ? { cookie } : {};
    let payload: string | FormData | undefined;
    if (body.type === 'json') {
      payload = JSON.stringify(body.value);
      headers['content-type'] = 'application/json';
    } else if (body.type === 'text') {
      payload = body.text;
      headers['content-type'] = body.contentType;
    } else if (body.type === 'form') {
      payload = new FormData();
      for (const [name, value] of body.fields) payload.append(name, value);
    }
    const response = await fetch(`${test.baseUrl}${path}`, { method, headers, body: payload });
    return { status: response.status, text: await response.text() };
  }

  const pathFor = (template: string, params: Record<string, string>) =>
    template.replace(/:(\w+)/g, (_, name: string) => params[name]!);

  async function connectPool(name: string, user: TestUser, size: number): Promise<ConnectionPool> {
    const connections: PacedConnection[] = [];
    for (let i = 0; i < size; i++) {
      const client = await MeetingClient.connect(test.baseUrl, cookies.get(user.id)!);
      clients.push(client);
      connections.push(new PacedConnection(client));
    }
    const pool = new ConnectionPool(connections);
    pools.set(name, pool);
    return pool;
  }

  beforeAll(async () => {
    test = await startListeningTestApp();
    dataSource = test.app.get(DataSource);
    admin = await aUser(dataSource, { roles: ['admin'] });
    chair = await aUser(dataSource, { roles: ['chair'] });
    member = await aUser(dataSource, { roles: ['panel_member'] });
    outsider = await aUser(dataSource, { roles: ['panel_member'] });
    // Whose record PATCH and PUT name: never signed in, never in a group.
    subject = await aUser(dataSource, { roles: ['panel_member'] });
    for (const user of [admin, chair, member, outsider]) cookies.set(user.id, await signIn(test, user));
    throwaway = await signIn(test, admin);

    const { childId, requestId } = await aCase(dataSource);
    parent = await aUser(dataSource, { roles: ['family'], agencyCode: 'families', agencyKind: 'families' });
    await dataSource.query(
      `INSERT INTO family_links (user_id, child_id, kind, relationship, added_by) VALUES ($1, $2, 'parent_carer', 'mum', $3)`,
      [parent.id, childId, admin.id],
    );
    cookies.set(parent.id, await signIn(test, parent));
    const [group] = await dataSource.query(
      `INSERT INTO meeting_groups (kind, name) VALUES ('dmg', 'Fuzzing DMG') RETURNING id`,
    );
    const [criterion] = await dataSource.query(
      `SELECT id FROM threshold_criteria WHERE item_kind = 'decision_to_assess' ORDER BY position LIMIT 1`,
    );
    const [qualityCriterion] = await dataSource.query(`SELECT id FROM quality_criteria ORDER BY id LIMIT 1`);
    // Two health advices: one with its team (it may be chased and returned), one returned (it may be rated).
    const team = await anAgency(dataSource, 'fuzz_health_team', 'health');
    const [withTeam] = await dataSource.query(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status) VALUES ($1, $2, 'health', '2026-01-10', 'with_team') RETURNING id`,
      [requestId, team],
    );
    const [returned] = await dataSource.query(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, returned_on, status) VALUES ($1, $2, 'health', '2026-01-10', '2026-01-20', 'returned') RETURNING id`,
      [requestId, team],
    );
    // A seniors' sample of the request's plan, drawn by the chair, nobody's score in it yet.
    const [seniorSample] = await dataSource.query(
      `INSERT INTO dip_samples (tier, subject, seed, size, by_locality, drawn_by) VALUES ('senior', 'plans', 1, 1, '{}', $1) RETURNING id`,
      [chair.id],
    );
    await dataSource.query(`INSERT INTO dip_sample_plans (sample_id, request_id) VALUES ($1, $2)`, [
      seniorSample.id,
      requestId,
    ]);
    ids = {
      seniorSampleId: seniorSample.id,
      childId,
      requestId,
      groupId: group.id,
      criterionId: criterion.id,
      qualityCriterionId: qualityCriterion.id,
      adviceWithTeam: withTeam.id,
      adviceReturned: returned.id,
    };

    // A meeting in progress, with the chair and a member in the room.
    meeting = await aMeeting(dataSource, { chair: chair.id, members: [member.id], items: [{}, {}, {}] });
    const chairClient = await MeetingClient.connect(test.baseUrl, cookies.get(chair.id)!);
    const memberClient = await MeetingClient.connect(test.baseUrl, cookies.get(member.id)!);
    clients.push(chairClient, memberClient);
    await chairClient.join(meeting.meetingId);
    expect(await chairClient.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({
      ok: true,
    });
    await chairClient.join(meeting.meetingId);
    await memberClient.join(meeting.meetingId);

    // Each connection may send about 10 commands a second: enough of them that validation, not the limit, is what is tested.
    await connectPool('chair', chair, 20);
    await connectPool('member', member, 20);
    await connectPool('outsider', outsider, 6);
    before = await fingerprint(dataSource);
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    const total = [...answers.values()].reduce(
      (sum, byAnswer) => sum + [...byAnswer.values()].reduce((a, b) => a + b, 0),
      0,
    );
    const rateLimited = [...pools.values()].reduce((sum, pool) => sum + pool.rateLimited, 0);
    console.log(
      `fuzzing: ${total} payloads in ${((Date.now() - started) / 1000).toFixed(1)}s (${rateLimited} rate-limited answers, each sent again)`,
    );
    if (process.env.FUZZ_VERBOSE) {
      for (const [key, byAnswer] of [...answers].sort(([a], [b]) => a.localeCompare(b))) {
        const n = [...byAnswer.values()].reduce((a, b) => a + b, 0);
        console.log(`  ${key}: ${n} (${[...byAnswer].map(([answer, k]) => `${answer}×${k}`).join(', ')})`);
      }
    }
    await test?.close();
  });

  function restRoutes(): Map<string, RouteFuzz> {
    const adminAndChair = [caller('admin', admin), caller('chair', chair)];
    return new Map<string, RouteFuzz>([
      // Only unknown addresses' well-formed sign-ins are sent (below), within the device limit; these are all refused by the DTO.
      [
        'POST /api/auth/sign-in',
        { callers: [caller('anonymous'), caller('admin', admin)], params: {}, bodies: badBodies(SIGN_IN) },
      ],
      // Read no body and act on any signed-in call (a sign-out ends the session, a new calendar feed replaces the
      // old): refused unsigned (401) or by the parser here; signed in, only bodies the parser refuses (below).
      ...BODYLESS_ACTIONS.map((route): [string, RouteFuzz] => [
        route,
        { callers: [caller('anonymous')], params: {}, bodies: anyBody },
      ]),
      ['POST /api/meetings', { callers: adminAndChair, params: {}, bodies: badBodies(SCHEDULE_MEETING) }],
      // Reads no body; a real meeting's agenda would rightly be built, so only meetings that do not exist.
      [
        'POST /api/meetings/:meetingId/agenda/build',
        { callers: adminAndChair, params: { meetingId: undefined }, bodies: anyBody },
      ],
      // Only meetings that do not exist: a well-formed invitation to a real one would rightly invite someone.
      [
        'POST /api/meetings/:meetingId/members',
        {
          callers: adminAndChair,
          params: { meetingId: undefined },
          bodies: badBodies(MEETING_INVITATION),
          wellFormedForNothing: MEETING_INVITATION,
        },
      ],
      // Decisions in writing: a group that is nobody's, meetings that do not exist (a well-formed step on a real one
      // would rightly be taken).
      [
        'POST /api/written-procedures',
        { callers: adminAndChair, params: {}, bodies: badBodies(PUT_IN_WRITING) },
      ],
      ...(
        [
          ['votes', VOTE_IN_WRITING],
          ['reveal', REVEAL_IN_WRITING],
          ['outcome', RECORD_IN_WRITING],
        ] as const
      ).map(([step, spec]): [string, RouteFuzz] => [
        `POST /api/written-procedures/:meetingId/${step}`,
        {
          callers: adminAndChair,
          params: { meetingId: undefined },
          bodies: badBodies(spec),
          wellFormedForNothing: spec,
        },
      ]),
      ['POST /api/admin/users', { callers: adminAndChair, params: {}, bodies: badBodies(CREATE_USER) }],
      // Each person's own notifications: ids that are nobody's mark nothing; a well-formed choice would be kept.
      [
        'POST /api/notifications/read',
        { callers: adminAndChair, params: {}, bodies: badBodies(MARK_NOTIFICATIONS_READ) },
      ],
      [
        'PUT /api/notifications/preferences',
        { callers: adminAndChair, params: {}, bodies: badBodies(UPDATE_NOTIFICATION_PREFERENCES) },
      ],
      // The leadership pack: only months that are not months, so a well-formed narrative is never kept and nothing issued.
      [
        'PUT /api/reports/leadership-packs/:month/narrative',
        {
          callers: adminAndChair,
          params: { month: undefined },
          bodies: badBodies(WRITE_PACK_NARRATIVE),
          wellFormedForNothing: WRITE_PACK_NARRATIVE,
        },
      ],
      [
        'POST /api/reports/leadership-packs/:month/issue',
        { callers: adminAndChair, params: { month: undefined }, bodies: anyBody },
      ],
      // Two-step sign-in: the admin has it on already, so starting again is refused (409) and changes nothing; codes
      // are refused by the DTO; a reset only for users that do not exist (a real one would rightly be reset).
      [
        'POST /api/auth/two-step/enrolment',
        { callers: [caller('admin', admin)], params: {}, bodies: anyBody },
      ],
      [
        'POST /api/auth/two-step/enrolment/confirm',
        { callers: adminAndChair, params: {}, bodies: badBodies(TWO_STEP_CODE) },
      ],
      [
        'POST /api/auth/two-step/disable',
        { callers: adminAndChair, params: {}, bodies: badBodies(TWO_STEP_CODE) },
      ],
      [
        'POST /api/admin/users/:userId/two-step/reset',
        { callers: adminAndChair, params: { userId: undefined }, bodies: anyBody },
      ],
      [
        'PATCH /api/admin/users/:userId',
        {
          callers: adminAndChair,
          params: { userId: subject.id },
          bodies: badBodies(UPDATE_USER),
          wellFormedForNothing: UPDATE_USER,
        },
      ],
      ['POST /api/admin/agencies', { callers: adminAndChair, params: {}, bodies: badBodies(CREATE_AGENCY) }],
      // Only agencies and localities that do not exist: a well-formed change to a real one would rightly be made.
      [
        'PATCH /api/admin/agencies/:agencyId',
        {
          callers: adminAndChair,
          params: { agencyId: undefined },
          bodies: badBodies(CHANGE_AGENCY),
          wellFormedForNothing: CHANGE_AGENCY,
        },
      ],
      [
        'DELETE /api/admin/agencies/:agencyId',
        { callers: adminAndChair, params: { agencyId: undefined }, bodies: anyBody },
      ],
      ['POST /api/admin/localities', { callers: adminAndChair, params: {}, bodies: badBodies(ADD_LOCALITY) }],
      [
        'PATCH /api/admin/localities/:localityId',
        {
          callers: adminAndChair,
          params: { localityId: undefined },
          bodies: badBodies(CHANGE_LOCALITY),
          wellFormedForNothing: CHANGE_LOCALITY,
        },
      ],
      [
        'DELETE /api/admin/localities/:localityId',
        { callers: adminAndChair, params: { localityId: undefined }, bodies: anyBody },
      ],
      [
        'POST /api/admin/meeting-groups',
        { callers: adminAndChair, params: {}, bodies: badBodies(CREATE_MEETING_GROUP) },
      ],
      [
        'PUT /api/admin/meeting-groups/:groupId/members/:userId',
        {
          callers: adminAndChair,
          params: { groupId: ids.groupId, userId: subject.id },
          bodies: badBodies(SET_GROUP_MEMBER),
          wellFormedForNothing: SET_GROUP_MEMBER,
        },
      ],
      // Reads no body; the subject is in no group, so there is never a membership to remove.
      [
        'DELETE /api/admin/meeting-groups/:groupId/members/:userId',
        { callers: adminAndChair, params: { groupId: ids.groupId, userId: subject.id }, bodies: anyBody },
      ],
      [
        'POST /api/admin/delegation-scheme',
        { callers: adminAndChair, params: {}, bodies: badBodies(ADD_DELEGATION_RULE) },
      ],
      [
        'PATCH /api/admin/delegation-scheme/:ruleId',
        {
          callers: adminAndChair,
          params: { ruleId: '00000000-0000-4000-8000-000000000000' },
          bodies: badBodies(CHANGE_DELEGATION_RULE),
          wellFormedForNothing: CHANGE_DELEGATION_RULE,
        },
      ],
      // A well-formed decision on a request that does not exist is refused (422) and changes nothing.
      [
        'POST /api/cases/:childId/delegated-decisions',
        {
          callers: adminAndChair,
          params: { childId: ids.childId },
          bodies: badBodies(DECIDE_UNDER_DELEGATION),
        },
      ],
      [
        'POST /api/admin/threshold-criteria',
        { callers: adminAndChair, params: {}, bodies: badBodies(CREATE_CRITERION) },
      ],
      [
        'PATCH /api/admin/threshold-criteria/:criterionId',
        {
          callers: adminAndChair,
          params: { criterionId: ids.criterionId },
          bodies: badBodies(UPDATE_CRITERION),
          wellFormedForNothing: UPDATE_CRITERION,
        },
      ],
      ['POST /api/cases', { callers: adminAndChair, params: {}, bodies: badBodies(CREATE_CASE) }],
      [
        'POST /api/cases/:childId/panel-requests',
        {
          callers: adminAndChair,
          params: { childId: ids.childId },
          bodies: badBodies(RAISE_PANEL_REQUEST),
          wellFormedForNothing: RAISE_PANEL_REQUEST,
        },
      ],
      [
        'POST /api/requests/:requestId/transitions',
        {
          callers: adminAndChair,
          params: { requestId: ids.requestId },
          bodies: badBodies(RECORD_TRANSITION),
          wellFormedForNothing: RECORD_TRANSITION,
        },
      ],
      [
        'POST /api/requests/:requestId/exceptions',
        {
          callers: adminAndChair,
          params: { requestId: ids.requestId },
          bodies: badBodies(RECORD_EXCEPTION),
          wellFormedForNothing: RECORD_EXCEPTION,
        },
      ],
      // Annual reviews and phase transfers: the case is real (it has no final plan, so a well-formed body would be a 422);
      // the reviews and transfers named are none, so a well-formed body for them is a 404.
      [
        'POST /api/cases/:childId/annual-reviews',
        {
          callers: adminAndChair,
          params: { childId: ids.childId },
          bodies: badBodies(RECORD_REVIEW_MEETING),
          wellFormedForNothing: RECORD_REVIEW_MEETING,
        },
      ],
      // The SEN2 return details of a real case: a refused body changes neither the child nor the placements.
      [
        'PATCH /api/cases/:childId/return-details',
        {
          callers: adminAndChair,
          params: { childId: ids.childId },
          bodies: badBodies(UPDATE_RETURN_DETAILS),
        },
      ],
      // Family sign-in: refused bodies send nothing; a well-formed token that was never sent is refused (401).
      [
        'POST /api/auth/family/link',
        { callers: [caller('anonymous')], params: {}, bodies: badBodies(ASK_FOR_FAMILY_LINK) },
      ],
      [
        'POST /api/auth/family/link/redeem',
        {
          callers: [caller('anonymous')],
          params: {},
          bodies: badBodies(REDEEM_FAMILY_LINK),
          wellFormedForNothing: REDEEM_FAMILY_LINK,
        },
      ],
      // A real case's family: a refused body adds or changes no one; a well-formed one for no case is a 404.
      [
        'POST /api/cases/:childId/family-members',
        {
          callers: adminAndChair,
          params: { childId: ids.childId },
          bodies: badBodies(ADD_FAMILY_MEMBER),
        },
      ],
      [
        'PATCH /api/cases/:childId/family-members/:familyMemberId',
        {
          callers: adminAndChair,
          params: { childId: ids.childId, familyMemberId: undefined },
          bodies: badBodies(CHANGE_FAMILY_MEMBER),
          wellFormedForNothing: CHANGE_FAMILY_MEMBER,
        },
      ],
      [
        'DELETE /api/cases/:childId/family-members/:familyMemberId',
        {
          callers: adminAndChair,
          params: { childId: ids.childId, familyMemberId: undefined },
          bodies: anyBody,
        },
      ],
      // The family's comments on a draft: their own child's case, which has no draft out, so even a well-formed
      // body is refused (409) and nothing is stored; another child's is a 404.
      [
        'POST /api/family/children/:childId/plan/comments',
        {
          callers: [caller('family', parent)],
          params: { childId: ids.childId },
          bodies: badBodies(SEND_DRAFT_COMMENTS),
          wellFormedForNothing: SEND_DRAFT_COMMENTS,
        },
      ],
      [
        'POST /api/cases/:childId/placements',
        { callers: adminAndChair, params: { childId: ids.childId }, bodies: badBodies(ADD_PLACEMENT) },
      ],
      [
        'POST /api/cases/:childId/actions',
        { callers: adminAndChair, params: { childId: ids.childId }, bodies: badBodies(ADD_CASE_ACTION) },
      ],
      [
        'POST /api/cases/:childId/disagreements',
        { callers: adminAndChair, params: { childId: ids.childId }, bodies: badBodies(OPEN_DISAGREEMENT) },
      ],
      [
        'POST /api/cases/:childId/disagreements/:disagreementId/steps',
        {
          callers: adminAndChair,
          params: { childId: ids.childId, disagreementId: undefined },
          bodies: badBodies(RECORD_DISAGREEMENT_STEP),
          wellFormedForNothing: RECORD_DISAGREEMENT_STEP,
        },
      ],
      [
        'POST /api/actions/:actionId/close',
        {
          callers: adminAndChair,
          params: { actionId: undefined },
          bodies: badBodies(CLOSE_ACTION),
          wellFormedForNothing: CLOSE_ACTION,
        },
      ],
      [
        'POST /api/annual-reviews/:reviewId/decision',
        {
          callers: adminAndChair,
          params: { reviewId: undefined },
          bodies: badBodies(RECORD_REVIEW_DECISION),
          wellFormedForNothing: RECORD_REVIEW_DECISION,
        },
      ],
      [
        'POST /api/annual-reviews/:reviewId/amended-plan',
        {
          callers: adminAndChair,
          params: { reviewId: undefined },
          bodies: badBodies(RECORD_AMENDED_PLAN),
          wellFormedForNothing: RECORD_AMENDED_PLAN,
        },
      ],
      [
        'POST /api/cases/:childId/phase-transfers',
        {
          callers: adminAndChair,
          params: { childId: ids.childId },
          bodies: badBodies(RECORD_PHASE_TRANSFER),
          wellFormedForNothing: RECORD_PHASE_TRANSFER,
        },
      ],
      [
        'POST /api/phase-transfers/:transferId/amended-plan',
        {
          callers: adminAndChair,
          params: { transferId: undefined },
          bodies: badBodies(RECORD_PHASE_TRANSFER_AMENDMENT),
          wellFormedForNothing: RECORD_PHASE_TRANSFER_AMENDMENT,
        },
      ],
      [
        'POST /api/admin/quality-criteria',
        { callers: adminAndChair, params: {}, bodies: badBodies(ADD_QUALITY_CRITERION) },
      ],
      [
        'PATCH /api/admin/quality-criteria/:criterionId',
        {
          callers: adminAndChair,
          params: { criterionId: ids.qualityCriterionId },
          bodies: badBodies(CHANGE_QUALITY_CRITERION),
          wellFormedForNothing: CHANGE_QUALITY_CRITERION,
        },
      ],
      [
        'POST /api/quality/dip-samples',
        { callers: adminAndChair, params: {}, bodies: badBodies(DRAW_DIP_SAMPLE) },
      ],
      [
        'PATCH /api/admin/quality-criteria/:criterionId/position',
        {
          callers: adminAndChair,
          params: { criterionId: ids.qualityCriterionId },
          bodies: badBodies(MOVE_QUALITY_CRITERION),
          wellFormedForNothing: MOVE_QUALITY_CRITERION,
        },
      ],
      [
        'POST /api/quality/dip-samples/:sampleId/plans/:requestId/scores',
        {
          callers: adminAndChair,
          params: { sampleId: ids.seniorSampleId, requestId: ids.requestId },
          bodies: badBodies(SCORE_SAMPLE_PLAN),
          wellFormedForNothing: SCORE_SAMPLE_PLAN,
        },
      ],
      // Reads no body; the chair drew the sample, but nobody has scored its plan, so there is nothing to reveal.
      [
        'POST /api/quality/dip-samples/:sampleId/plans/:requestId/reveal',
        {
          callers: adminAndChair,
          params: { sampleId: ids.seniorSampleId, requestId: ids.requestId },
          bodies: anyBody,
        },
      ],
      [
        'POST /api/quality/dip-samples/:sampleId/plans/:requestId/moderation',
        {
          callers: adminAndChair,
          params: { sampleId: ids.seniorSampleId, requestId: ids.requestId },
          bodies: badBodies(MODERATE_SAMPLE_PLAN),
          wellFormedForNothing: MODERATE_SAMPLE_PLAN,
        },
      ],
      [
        'POST /api/quality/dip-samples/:sampleId/plans/:requestId/actions',
        {
          callers: adminAndChair,
          params: { sampleId: ids.seniorSampleId, requestId: ids.requestId },
          bodies: badBodies(ADD_CASE_ACTION),
        },
      ],
      // Every advice gateway's routes, the same for each (the ids are health advice: another gateway answers 404).
      ...ADVICE_GATEWAYS.flatMap(({ slug }): [string, RouteFuzz][] => [
        [
          `POST /api/${slug}/advice`,
          { callers: adminAndChair, params: {}, bodies: badBodies(RECORD_HEALTH_ADVICE) },
        ],
        [
          `POST /api/${slug}/advice/:adviceId/quality`,
          {
            callers: adminAndChair,
            params: { adviceId: ids.adviceReturned },
            bodies: badBodies(RATE_ADVICE_QUALITY),
            wellFormedForNothing: RATE_ADVICE_QUALITY,
          },
        ],
        [
          `POST /api/${slug}/advice/:adviceId/chase`,
          {
            callers: adminAndChair,
            params: { adviceId: ids.adviceWithTeam },
            bodies: badBodies(CHASE_ADVICE),
            wellFormedForNothing: CHASE_ADVICE,
          },
        ],
        [
          `POST /api/${slug}/advice/:adviceId/actions`,
          {
            callers: adminAndChair,
            params: { adviceId: ids.adviceWithTeam },
            bodies: badBodies(ADD_CASE_ACTION),
          },
        ],
        // File uploads: never a file, so refused whatever the fields (the file's content is fuzzed nowhere here).
        [
          `POST /api/${slug}/advice/:adviceId/return`,
          {
            callers: adminAndChair,
            params: { adviceId: ids.adviceWithTeam },
            bodies: fc.oneof(
              anyBody,
              fc
                .record({ title: fc.string() }, { requiredKeys: [] })
                .map((fields): Body => ({ type: 'form', fields: Object.entries(fields) })),
            ),
          },
        ],
      ]),
      ['POST /api/cases/import', { callers: adminAndChair, params: {}, bodies: anyBody }],
      [
        'POST /api/cases/:childId/evidence',
        {
          callers: adminAndChair,
          params: { childId: ids.childId },
          bodies: fc.oneof(
            anyBody,
            fc
              .record(
                {
                  kind: fc.string(),
                  title: fc.string(),
                  requestId: fc.oneof(fc.constant(ids.requestId), fc.string()),
                },
                { requiredKeys: [] },
              )
              .map((fields): Body => ({ type: 'form', fields: Object.entries(fields) })),
          ),
        },
      ],
      // The family's say, by a parent of the real case: a refused body stores nothing (no file is ever sent here).
      [
        'POST /api/family/children/:childId/views',
        {
          callers: [caller('family', parent)],
          params: { childId: ids.childId },
          bodies: fc.oneof(
            anyBody,
            fc
              .record({ kind: fc.string(), title: fc.string() }, { requiredKeys: [] })
              .map((fields): Body => ({ type: 'form', fields: Object.entries(fields) })),
          ),
        },
      ],
      [
        'POST /api/family/children/:childId/feedback',
        {
          callers: [caller('family', parent)],
          params: { childId: ids.childId },
          bodies: badBodies(SEND_FAMILY_FEEDBACK),
        },
      ],
      [
        'POST /api/you-said-we-did',
        { callers: adminAndChair, params: {}, bodies: badBodies(WRITE_YOU_SAID_WE_DID) },
      ],
      // Reads no body; no entry has that id.
      [
        'POST /api/you-said-we-did/:entryId/withdraw',
        { callers: adminAndChair, params: { entryId: undefined }, bodies: anyBody },
      ],
      [
        'POST /api/cases/:childId/disagreements/:disagreementId/documents',
        {
          callers: adminAndChair,
          params: { childId: ids.childId, disagreementId: undefined },
          bodies: fc.oneof(
            anyBody,
            fc
              .record({ kind: fc.string(), title: fc.string() }, { requiredKeys: [] })
              .map((fields): Body => ({ type: 'form', fields: Object.entries(fields) })),
          ),
        },
      ],
    ]);
  }

  const WRITES = AUTHORIZATION_MATRIX.filter((row) => row.method !== 'GET').map(
    (row) => `${row.method} ${row.path}`,
  );
  const BODYLESS_ACTIONS = [
    'POST /api/auth/sign-out',
    'POST /api/calendar/feed',
    'POST /api/notifications/read-all',
  ].filter((route) => WRITES.includes(route));

  it('has a fuzzing plan for every route that writes and every socket command, naming what their DTOs declare', () => {
    const planned = restRoutes();
    expect(
      WRITES.filter((route) => !planned.has(route)),
      'add these routes to restRoutes() in this file',
    ).toEqual([]);
    const specs = commandSpecs({ ...meeting, userIds: [], criterionId: ids.criterionId });
    expect(
      SOCKET_EVENTS.filter((event) => !specs[event]),
      'add these commands to commandSpecs() in this file',
    ).toEqual([]);
    const drift = [
      ...REST_SPECS.map(([dtoClass, spec]): [string, BodySpec] => [dtoClass.name, spec]),
      ...SOCKET_EVENTS.filter((event) => specs[event]).map((event): [string, BodySpec] => [
        event,
        specs[event]!,
      ]),
    ].filter(([name, spec]) => {
      const dtoClass = REST_SPECS.find(([c]) => c.name === name)?.[0] ?? dtoOf(name as SocketEvent);
      return JSON.stringify(declaredProperties(dtoClass)) !== JSON.stringify([...spec.known].sort());
    });
    expect(
      drift.map(([name]) => name),
      'these DTOs changed: bring their specs in this file up to date',
    ).toEqual([]);
  });

  describe.concurrent('REST: every malformed body is answered with a 4xx', () => {
    for (const route of WRITES) {
      it(
        `${route}`,
        async () => {
          // A route with no plan yet (reported above) still gets what any route must refuse.
          const params0 = Object.fromEntries(
            [...route.matchAll(/:(\w+)/g)].map(([, name]) => [name!, undefined]),
          );
          const fuzz = restRoutes().get(route) ?? {
            callers: [caller('admin', admin), caller('chair', chair)],
            params: params0,
            bodies: refusedByTheParser,
          };
          const [method, template] = route.split(' ') as [string, string];
          const params = fc.record(
            Object.fromEntries(Object.entries(fuzz.params).map(([name, real]) => [name, segment(real)])),
          );
          const check =
            (who: Caller, family: string) =>
            async (request: { params: Record<string, string>; body: Body }) => {
              const path = pathFor(template, request.params);
              const { status, text } = await send(method, path, request.body, who.cookie);
              count(`${route} as ${who.name}${family}`, status);
              if (status < 400 || status >= 500) {
                const shown =
                  request.body.type === 'json'
                    ? JSON.stringify(request.body.value)
                    : JSON.stringify(request.body);
                throw new Error(
                  `${method} ${path} answered ${status} ${text.slice(0, 300)} to ${shown.slice(0, 500)}`,
                );
              }
            };
          await Promise.all(
            fuzz.callers.map(async (who) => {
              await fc.assert(fc.asyncProperty(fc.record({ params, body: fuzz.bodies }), check(who, '')), {
                numRuns: runs(60),
                seed,
              });
              if (fuzz.wellFormedForNothing) {
                const wellFormed = fc
                  .constantFrom(...fuzz.wellFormedForNothing.variants)
                  .chain((variant) => validObject(variant, ['password']));
                const nothing = fc.record(
                  Object.fromEntries(Object.keys(fuzz.params).map((name) => [name, fc.uuid({ version: 4 })])),
                );
                await fc.assert(
                  fc.asyncProperty(
                    fc.record({ params: nothing, body: wellFormed.map(json) }),
                    check(who, ', well-formed, for nothing'),
                  ),
                  { numRuns: runs(15), seed },
                );
              }
            }),
          );
        },
        timeoutFor(60_000),
      );
    }
  });

  it('refuses prototype keys on an otherwise valid body instead of dropping them', async () => {
    const valid = { kind: 'dmg', name: 'Prototype keys group' };
    for (const key of PROTOTYPE_KEYS) {
      const { status, text } = await send(
        'POST',
        '/api/admin/meeting-groups',
        json(withKey(valid, key, pollution)),
        cookies.get(admin.id),
      );
      expect(status, text).toBe(400);
      expect(JSON.parse(text).fields).toEqual([expect.objectContaining({ field: key })]);
    }
  });

  it('refuses text that is no text before anything else reads it, even from someone not signed in', async () => {
    for (const emailAddress of [
      'a\ud800@council.example',
      '\udfffa@council.example',
      'a\u0000@council.example',
    ]) {
      const { status, text } = await send(
        'POST',
        '/api/auth/sign-in',
        json({ email: emailAddress, password: 'x' }),
      );
      expect(status, text).toBe(400);
      expect(JSON.parse(text).fields).toEqual([expect.objectContaining({ field: 'email' })]);
    }
  });

  it('refuses a well-formed sign-in with an unknown address, recording only the attempt the lockout counts', async () => {
    // Each such attempt counts towards the address limit (ADDRESS_FAILURES failures in 5 minutes, this file's sign-ins included).
    const attempts = Math.min(8, ADDRESS_FAILURES - 10);
    const address = fc
      .emailAddress()
      .map((e) => `${e.slice(0, e.lastIndexOf('@'))}@${UNKNOWN_SIGN_IN_DOMAIN}`)
      .filter((e) => isEmail(e) && e.length <= 254);
    const password = fc.string({ minLength: 1, maxLength: 100 }).filter((p) => !hasUnsafeText(p));
    await fc.assert(
      fc.asyncProperty(address, password, async (emailAddress, secret) => {
        const { status, text } = await send(
          'POST',
          '/api/auth/sign-in',
          json({ email: emailAddress, password: secret }),
        );
        count('POST /api/auth/sign-in as anonymous, unknown address', status);
        expect(status, text).toBe(401);
        expect(JSON.parse(text).code).toBe('invalid_credentials');
      }),
      { numRuns: attempts, seed },
    );
    const [recorded] = await dataSource.query(
      `SELECT count(*)::int AS n, bool_or(succeeded) AS any FROM sign_in_attempts WHERE email LIKE $1`,
      [`%@${UNKNOWN_SIGN_IN_DOMAIN}`],
    );
    expect(recorded).toEqual({ n: attempts, any: false });
  });

  it('does not sign out, or issue a calendar feed, when the parser refuses the body', async () => {
    for (const route of BODYLESS_ACTIONS) {
      const [method, path] = route.split(' ') as [string, string];
      await fc.assert(
        fc.asyncProperty(refusedByTheParser, async (body) => {
          const { status, text } = await send(method, path, body, throwaway);
          count(`${route} as admin, body refused by the parser`, status);
          expect([400, 413, 415], text).toContain(status);
        }),
        { numRuns: runs(30), seed },
      );
    }
    expect((await send('GET', '/api/auth/me', { type: 'none' }, throwaway)).status).toBe(200);
  });

  describe.concurrent('sockets: every malformed command is refused with an error acknowledgement', () => {
    for (const name of SOCKET_EVENTS) {
      it(
        `${name}`,
        async () => {
          const specs = commandSpecs({
            ...meeting,
            userIds: [chair.id, member.id],
            criterionId: ids.criterionId,
          });
          // A command with no spec yet (reported above) still gets what any command must refuse.
          const spec = specs[name] ?? { variants: [{}], known: new Set(declaredProperties(dtoOf(name))) };
          const expectAck =
            (who: string, family: string, expected: (payload: SocketPayload) => string | undefined) =>
            async (payload: SocketPayload) => {
              const ack = (await pools.get(who)!.send(name, payload)) as Rejection;
              count(`${name} as ${who}${family}`, ack?.code ?? JSON.stringify(ack));
              const shown = ('raw' in payload ? payload.raw : JSON.stringify(payload.args)).slice(0, 500);
              expect(ack, `${name} ${shown}`).toMatchObject({
                ok: false,
                code: expected(payload) ?? expect.any(String),
              });
              expect(
                MEETING_ERROR_CODES.filter((code) => code !== 'internal_error'),
                `${name} ${shown}`,
              ).toContain(ack.code);
            };
          // Nearly always validation_failed; a command's own check may refuse first what its DTO lets by
          // (ValidateNested takes a list of lists), and that is still a refusal. The share is checked below.
          const anyRefusal = () => undefined;
          const wellFormed = fc.constantFrom(...spec.variants).chain((variant) => validObject(variant));
          // Unsafe text is refused before anything else looks at the command.
          const orUnsafe = (code: string) => (payload: SocketPayload) =>
            'args' in payload && hasUnsafeText(payload.args) ? 'validation_failed' : code;
          const properties: Promise<void>[] = ['chair', 'member'].map((who) =>
            fc.assert(fc.asyncProperty(badCommandPayloads(spec), expectAck(who, '', anyRefusal)), {
              numRuns: runs(50),
              seed,
            }),
          );
          if (name !== 'meeting.leave' && specs[name]) {
            // Well-formed, for a meeting that does not exist; and from someone not invited to the real one.
            const elsewhere = wellFormed.chain((body) =>
              fc.uuid({ version: 4 }).map((meetingId): SocketPayload => ({ args: [{ ...body, meetingId }] })),
            );
            const real = wellFormed.map((body): SocketPayload => ({
              args: [{ ...body, meetingId: meeting.meetingId }],
            }));
            properties.push(
              fc.assert(
                fc.asyncProperty(
                  elsewhere,
                  expectAck('member', ', well-formed, for no meeting', orUnsafe('meeting_not_found')),
                ),
                { numRuns: runs(10), seed },
              ),
              fc.assert(
                fc.asyncProperty(
                  real,
                  expectAck(
                    'outsider',
                    ', well-formed, not invited',
                    orUnsafe(name === 'meeting.join' ? 'meeting_not_found' : 'not_a_member'),
                  ),
                ),
                { numRuns: runs(10), seed },
              ),
            );
          }
          await Promise.all(properties);
          // The room still answers a valid command, on the connections that took all that.
          for (const who of ['chair', 'member']) {
            const joined = (await pools
              .get(who)!
              .send('meeting.join', { args: [{ meetingId: meeting.meetingId }] })) as { ok: boolean };
            expect(joined).toMatchObject({
              ok: true,
              snapshot: expect.objectContaining({
                meeting: expect.objectContaining({ status: 'in_progress' }),
              }),
            });
          }
        },
        timeoutFor(60_000),
      );
    }
  });

  it('answers commands on other connections when one sends more than the socket payload limit', async () => {
    const flooding = await MeetingClient.connect(test.baseUrl, cookies.get(member.id)!);
    clients.push(flooding);
    const closed = new Promise<string>((resolve) => flooding.socket.once('disconnect', resolve));
    flooding.socket.emit(
      'vote.cast',
      { meetingId: meeting.meetingId, reason: 'x'.repeat(MAX_SOCKET_PAYLOAD_BYTES + 1) } as never,
      () => undefined,
    );
    expect(['transport close', 'transport error']).toContain(await closed);
    const ack = await pools.get('member')!.send('vote.cast', { args: [{ meetingId: meeting.meetingId }] });
    expect(ack).toMatchObject({ ok: false, code: 'validation_failed' });
  });

  it('kept every connection, every session and Object.prototype as they were, and changed nothing in the database', async () => {
    for (const [who, pool] of pools) {
      expect(
        pool.connections.filter((c) => !c.client.socket.connected),
        `${who}'s connections`,
      ).toEqual([]);
    }
    // Most malformed commands were refused by validation itself, not by the rate limit or a later rule.
    const malformedKeys = new Set(
      SOCKET_EVENTS.flatMap((event) => [`${event} as chair`, `${event} as member`]),
    );
    const malformed = [...answers]
      .filter(([key]) => malformedKeys.has(key))
      .flatMap(([, byAnswer]) => [...byAnswer]);
    const total = malformed.reduce((sum, [, n]) => sum + n, 0);
    const validated = malformed
      .filter(([code]) => code === 'validation_failed')
      .reduce((sum, [, n]) => sum + n, 0);
    const rateLimited = [...pools.values()].reduce((sum, pool) => sum + pool.rateLimited, 0);
    expect(validated / total).toBeGreaterThan(0.95);
    expect(rateLimited / total).toBeLessThan(0.05);
    for (const user of [admin, chair, member, outsider])
      expect((await send('GET', '/api/auth/me', { type: 'none' }, cookies.get(user.id))).status).toBe(200);
    expect((await send('GET', '/api/health', { type: 'none' })).status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await fingerprint(dataSource)).toEqual(before);

    // And the engine still acts on a valid command.
    const ack = await pools.get('chair')!.send('agenda.advance', {
      args: [
        { meetingId: meeting.meetingId, itemId: meeting.itemIds[0], idempotencyKey: 'after-the-fuzzing' },
      ],
    });
    expect(ack).toMatchObject({ ok: true });
  });
});
