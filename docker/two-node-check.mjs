// One meeting across two running API nodes: the chair on node 1, a member on node 2.
// Run by .ci/production-two-nodes.sh after it has started both nodes on a fresh, migrated database:
//
//   DATABASE_URL=postgres://…/fresh NODE1_URL=http://127.0.0.1:PORT1 NODE2_URL=http://127.0.0.1:PORT2 \
//     node docker/two-node-check.mjs
//
// It writes an agency, a chair, a member and a meeting (one agenda item) straight into the database,
// signs both in over REST, and checks that what the chair does on node 1 reaches the member on node 2
// and back, through Redis. Prints each check; exits 0 when all pass, 1 otherwise.
// Uses `pg`, `argon2` and `socket.io-client` from the repository's node_modules (not in the image).
import argon2 from 'argon2';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { io } from 'socket.io-client';

const { DATABASE_URL, NODE1_URL, NODE2_URL } = process.env;
const PASSWORD = `two-node-${randomBytes(6).toString('hex')}`;
const WAIT_MS = 10_000;

const passed = [];
const say = (message) => process.stdout.write(`two-node-check: ${message}\n`);
function ok(what) {
  passed.push(what);
  say(`ok: ${what}`);
}
function check(condition, what, detail) {
  if (!condition)
    throw new Error(
      `${what}${detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}`,
    );
  ok(what);
}

/** The agency, two users, a child with a request, and a meeting of the two with that request on its agenda. */
async function seed() {
  const db = new pg.Client({ connectionString: DATABASE_URL, application_name: 'convene-two-node-check' });
  await db.connect();
  try {
    const tag = randomBytes(4).toString('hex');
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const {
      rows: [agency],
    } = await db.query(
      `INSERT INTO agencies (code, name, kind) VALUES ($1, $2, 'send_service') RETURNING id`,
      [`two-node-${tag}`, `Two-node check ${tag}`],
    );
    const user = async (role, roles) => {
      const email = `two-node-${role}-${tag}@council.example`;
      const {
        rows: [row],
      } = await db.query(
        `INSERT INTO users (email, display_name, agency_id, roles, password_hash, active) VALUES ($1, $2, $3, $4, $5, true) RETURNING id`,
        [email, `Two-node ${role}`, agency.id, roles, hash],
      );
      return { id: row.id, email };
    };
    const chair = await user('chair', ['chair']);
    const member = await user('member', ['panel_member']);

    const {
      rows: [locality],
    } = await db.query(`INSERT INTO localities (code, name) VALUES ($1, $2) RETURNING id`, [
      `two-node-${tag}`,
      `Two-node ${tag}`,
    ]);
    const {
      rows: [child],
    } = await db.query(
      `INSERT INTO children (case_reference, given_name, family_name, date_of_birth, year_group, locality_id, family_link_officer_id, primary_need)
       VALUES ($1, 'Wobbly', 'Testcase', '2016-05-04', 4, $2, NULL, 'communication_interaction') RETURNING id`,
      [`EHC-2N-${tag.toUpperCase()}`, locality.id],
    );
    const {
      rows: [request],
    } = await db.query(
      `INSERT INTO ehc_requests (child_id, received_on, source, stage) VALUES ($1, current_date, 'school', 'received') RETURNING id`,
      [child.id],
    );
    await db.query(
      `INSERT INTO request_events (request_id, stage, occurred_on) VALUES ($1, 'received', current_date)`,
      [request.id],
    );

    const {
      rows: [meeting],
    } = await db.query(
      `INSERT INTO meetings (kind, title, starts_at, ends_at) VALUES ('dmg', 'Two-node check', now(), now() + interval '3 hours') RETURNING id`,
    );
    await db.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair'), ($1, $3, 'member')`,
      [meeting.id, chair.id, member.id],
    );
    const {
      rows: [item],
    } = await db.query(
      `INSERT INTO agenda_items (meeting_id, position, kind, request_id, presenter_id, restricted)
       VALUES ($1, 1, 'decision_to_assess', $2, NULL, false) RETURNING id`,
      [meeting.id, request.id],
    );
    return { chair, member, meetingId: meeting.id, itemId: item.id };
  } finally {
    await db.end();
  }
}

/** POST /api/auth/sign-in on a node; returns the `convene_session=…` cookie. */
async function signIn(baseUrl, email) {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(
      `sign-in of ${email} on ${baseUrl} answered ${response.status}: ${await response.text()}`,
    );
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('convene_session='));
  if (!cookie) throw new Error(`sign-in of ${email} on ${baseUrl} set no convene_session cookie`);
  return cookie.split(';')[0];
}

/** A live connection to a node's /meetings namespace that records every meeting event it receives. */
async function connect(baseUrl, cookie) {
  const socket = io(`${baseUrl}/meetings`, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no socket connection to ${baseUrl} within ${WAIT_MS} ms`)),
      WAIT_MS,
    );
    socket.once('connect', () => (clearTimeout(timer), resolve()));
    socket.once(
      'connect_error',
      (error) => (
        clearTimeout(timer),
        reject(new Error(`socket connection to ${baseUrl} refused: ${error.message}`))
      ),
    );
  });
  const client = { socket, events: [], presence: [] };
  socket.on('meeting.event', (event) => client.events.push(event));
  socket.on('presence.changed', (presence) => client.presence.push(presence));
  return client;
}

const send = (client, name, payload) => client.socket.timeout(WAIT_MS).emitWithAck(name, payload);
const command = (client, name, payload) => send(client, name, { idempotencyKey: randomUUID(), ...payload });

/** Resolves with the first item of list() that passes test, polling until WAIT_MS has passed. */
async function waitFor(list, test, what) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = list().find(test);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out after ${WAIT_MS} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main() {
  if (!DATABASE_URL || !NODE1_URL || !NODE2_URL)
    throw new Error('DATABASE_URL, NODE1_URL and NODE2_URL must be set');
  if (NODE1_URL === NODE2_URL) throw new Error('NODE1_URL and NODE2_URL must be two different nodes');

  const { chair, member, meetingId, itemId } = await seed();
  ok('seeded an agency, a chair, a member and a meeting of both with one agenda item');

  const chairCookie = await signIn(NODE1_URL, chair.email);
  const memberCookie = await signIn(NODE2_URL, member.email);
  ok(
    'the chair signed in on node 1 and the member on node 2 (POST /api/auth/sign-in, convene_session cookie)',
  );

  const clients = [];
  try {
    const chairOn1 = await connect(NODE1_URL, chairCookie);
    clients.push(chairOn1);
    const memberOn2 = await connect(NODE2_URL, memberCookie);
    clients.push(memberOn2);
    ok('both connected to the /meetings namespace with their session cookies');

    const chairJoin = await send(chairOn1, 'meeting.join', { meetingId });
    check(chairJoin?.ok === true, 'the chair joined the meeting on node 1', chairJoin);
    const memberJoin = await send(memberOn2, 'meeting.join', { meetingId });
    check(memberJoin?.ok === true, 'the member joined the meeting on node 2', memberJoin);
    check(
      memberJoin.snapshot.you.role === 'member' && memberJoin.snapshot.agenda.some((i) => i.id === itemId),
      "the member's snapshot shows them as a member and the agenda item",
      memberJoin.snapshot.you,
    );

    await waitFor(
      () => chairOn1.presence,
      (p) => p.meetingId === meetingId && p.present.includes(chair.id) && p.present.includes(member.id),
      'presence on node 1 to show the member connected to node 2',
    );
    ok('presence on node 1 shows both the chair and the member connected to node 2');

    const started = await command(chairOn1, 'meeting.start', { meetingId });
    check(started?.ok === true, 'the chair started the meeting (meeting.start on node 1)', started);

    const opened = await command(chairOn1, 'voting.open', { meetingId, itemId });
    check(opened?.ok === true, 'the chair opened voting on the item (voting.open on node 1)', opened);
    const openedOn2 = await waitFor(
      () => memberOn2.events,
      (e) => e.type === 'voting.opened' && e.payload.itemId === itemId,
      'voting.opened on node 2',
    );
    check(
      openedOn2.meetingId === meetingId && openedOn2.sequence === opened.version,
      'the member on node 2 received meeting.event voting.opened, with the sequence node 1 acknowledged',
      openedOn2,
    );

    const voted = await command(memberOn2, 'vote.cast', { meetingId, itemId, choice: 'agree', reason: 'x' });
    check(voted?.ok === true, 'the member cast a vote (vote.cast on node 2)', voted);
    const castOn1 = await waitFor(
      () => chairOn1.events,
      (e) => e.type === 'vote.cast' && e.payload.itemId === itemId,
      'vote.cast on node 1',
    );
    check(
      castOn1.payload.voterId === member.id &&
        castOn1.payload.votedCount === 1 &&
        castOn1.sequence === voted.version,
      'the chair on node 1 received meeting.event vote.cast from the member, 1 voted, with the sequence node 2 acknowledged',
      castOn1,
    );
    check(!('choice' in castOn1.payload), 'the vote.cast event does not reveal the choice', castOn1.payload);
  } finally {
    clients.forEach((client) => client.socket.close());
  }
}

const overall = setTimeout(() => {
  say(`FAILED: the check did not finish within 90 s (${passed.length} checks had passed)`);
  process.exit(1);
}, 90_000);
overall.unref();

main().then(
  () => {
    say(`all ${passed.length} checks passed`);
    process.exit(0);
  },
  (error) => {
    say(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    say(`${passed.length} checks had passed before that`);
    process.exit(1);
  },
);
