// The floor this stack allows: a bare socket.io server, no framework, that commits one raw `pg` INSERT
// per vote and then broadcasts to the meeting's room. Same rooms, same payloads, same load as Convene, heartbeat
// included: it pings its connections as often as Convene does (PING_INTERVAL_MS, PING_TIMEOUT_MS, which the benchmarks
// set from the contracts; socket.io's own defaults otherwise).
import { createServer } from 'node:http';
import pg from 'pg';
import { Server } from 'socket.io';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
await pool.query(
  `CREATE TABLE IF NOT EXISTS floor_votes (id bigserial PRIMARY KEY, meeting_id text NOT NULL, voter_id text NOT NULL, choice text NOT NULL, cast_at timestamptz NOT NULL DEFAULT now())`,
);
const sequences = new Map();
const votersByItem = new Map();
const http = createServer();
const io = new Server(http, {
  transports: ['websocket'],
  pingInterval: Number(process.env.PING_INTERVAL_MS ?? 25_000),
  pingTimeout: Number(process.env.PING_TIMEOUT_MS ?? 20_000),
});
const nsp = io.of('/meetings');
nsp.on('connection', (socket) => {
  socket.on('meeting.join', ({ meetingId }, ack) => {
    socket.join(`meeting:${meetingId}`);
    ack?.({ ok: true });
  });
  socket.on('vote.cast', async ({ meetingId, itemId, choice }, ack) => {
    const voterId = socket.handshake.auth.userId;
    await pool.query('INSERT INTO floor_votes (meeting_id, voter_id, choice) VALUES ($1, $2, $3)', [
      meetingId,
      voterId,
      choice,
    ]);
    const sequence = (sequences.get(meetingId) ?? 0) + 1;
    sequences.set(meetingId, sequence);
    const voters = votersByItem.get(itemId) ?? new Set();
    votersByItem.set(itemId, voters.add(voterId));
    // The event as Convene sends it, field for field, so members parse as much from either server.
    const payload = { itemId, voterId, votedCount: voters.size, proxy: false };
    nsp.to(`meeting:${meetingId}`).emit('meeting.event', {
      meetingId,
      sequence,
      type: 'vote.cast',
      payload,
      at: new Date().toISOString(),
      actorId: voterId,
    });
    ack?.({ ok: true, version: sequence });
  });
});
http.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('floor ready\n'));
process.on('SIGTERM', () => process.exit(0));
