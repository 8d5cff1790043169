// What the fuzzer sends payloads to: every REST write route in the authorization matrix (sign-in and sign-out aside)
// and every socket command, each with the fields its DTO validates, in one fixed order (a target's place in it
// seeds its payloads, so a run split over sessions sends the same ones).
import { MEETING_COMMANDS } from '@convene/contracts';
import { getMetadataStorage } from 'class-validator';

const dist = (path) => import(new URL(`../../apps/api/dist/${path}`, import.meta.url).href);

const { AUTHORIZATION_MATRIX } = await dist('identity/authorization-matrix.js');
const engine = (await dist('panels/registered-panels.js')).registeredPanels();
// Every DTO class the API declares, so a route's request body can be found by its class's name.
await dist('app.module.js');

/** The properties a DTO class validates, read from class-validator's metadata (kept on the global object). */
const fieldsOf = (dto) => {
  const storage = getMetadataStorage();
  return Object.keys(
    storage.groupByPropertyName(storage.getTargetValidationMetadatas(dto, undefined, false, false)),
  );
};
const dtoFields = new Map();
for (const dto of getMetadataStorage().validationMetadatas.keys())
  dtoFields.set(dto.name, [...new Set([...(dtoFields.get(dto.name) ?? []), ...fieldsOf(dto)])]);

const SOCKET_COMMANDS = ['meeting.join', ...MEETING_COMMANDS];
const commandFields = (name) =>
  name === 'meeting.join' ? ['meetingId'] : fieldsOf(engine.command(name).dto);

/** Field names of every command and a few of the REST routes': the unknown fields payloads may carry. */
export const FIELD_NAMES = [
  ...new Set([
    ...SOCKET_COMMANDS.flatMap(commandFields),
    'idempotencyKey',
    'requestId',
    'kind',
    'summary',
    'note',
    'reason',
    'email',
    'password',
    'roles',
    'title',
    'teamIds',
  ]),
];

/**
 * A route's body fields: those its OpenAPI document names, and those its DTO validates (the document lists only what
 * the Swagger plugin could see). A route without a body has none: its payloads carry only unknown fields.
 */
function bodyFields(openApi, method, path) {
  const operation = openApi.paths[path.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];
  const schemas = Object.values(operation?.requestBody?.content ?? {}).map((c) => c.schema);
  const fields = new Set();
  for (const schema of schemas) {
    const name = schema?.$ref?.split('/').pop();
    const resolved = name ? openApi.components.schemas[name] : schema;
    for (const field of Object.keys(resolved?.properties ?? {})) fields.add(field);
    for (const field of dtoFields.get(name) ?? []) fields.add(field);
  }
  return [...fields];
}

/** Every target, REST routes first: `{ name, kind: 'rest' | 'socket', fields, method?, path?, command? }`. */
export async function fuzzTargets(baseUrl) {
  const openApi = await (await fetch(`${baseUrl}/api/docs/openapi.json`)).json();
  const rest = AUTHORIZATION_MATRIX.filter(
    (row) => row.method !== 'GET' && !row.path.startsWith('/api/auth/'),
  ).map((row) => ({
    name: `${row.method} ${row.path}`,
    kind: 'rest',
    method: row.method,
    path: row.path,
    fields: bodyFields(openApi, row.method, row.path),
  }));
  const socket = SOCKET_COMMANDS.map((command) => ({
    name: `socket ${command}`,
    kind: 'socket',
    command,
    fields: commandFields(command),
  }));
  return [...rest, ...socket];
}
