// A meeting well under way, for the benchmarks that join it or render it.
import pg from 'pg';

/**
 * Turns a seeded one-item meeting into one with an agenda of `agendaSize` items, as a Wednesday stands mid-morning: the first
 * third decided with every vote revealed and every criterion marked, the next item open with half the votes in and
 * two declarations of interest, the rest pending.
 */
export async function fillAgenda(url, room, agendaSize) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const chair = room.members[0].userId;
  const voters = room.members.filter((m) => m.voter).map((m) => m.userId);
  const [{ locality_id: locality }] = (await db.query(`SELECT locality_id FROM children LIMIT 1`)).rows;
  const decided = Math.floor(agendaSize / 3);
  const items = [room.itemId];
  for (let position = 2; position <= agendaSize; position++) {
    const kind = position % 2 ? 'decision_to_assess' : 'decision_to_issue';
    const [{ id: childId }] = (
      await db.query(
        `INSERT INTO children (case_reference, given_name, family_name, date_of_birth, year_group, locality_id, primary_need) VALUES ($1, 'Bench', 'Child', '2015-01-01', 5, $2, 'cognition_learning') RETURNING id`,
        [`JOIN-${position}`, locality],
      )
    ).rows;
    const [{ id: requestId }] = (
      await db.query(
        `INSERT INTO ehc_requests (child_id, received_on, source, stage) VALUES ($1, current_date - 30, 'parent', $2) RETURNING id`,
        [childId, kind === 'decision_to_assess' ? 'received' : 'assessment'],
      )
    ).rows;
    const [{ id }] = (
      await db.query(
        `INSERT INTO agenda_items (meeting_id, position, kind, request_id, presenter_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [room.meetingId, position, kind, requestId, chair],
      )
    ).rows;
    items.push(id);
  }
  await db.query(
    `UPDATE agenda_items SET presenter_id = $2, status = 'pending', voting_status = 'not_open' WHERE id = $1`,
    [room.itemId, chair],
  );
  for (const [index, itemId] of items.entries()) {
    if (index < decided) {
      const outcome = index % 2 ? 'issue' : 'agree';
      await db.query(
        `INSERT INTO votes (agenda_item_id, meeting_id, voter_id, choice, reason, cast_by) SELECT $1, $2, v, $3, 'Two APDR cycles with little progress', v FROM unnest($4::uuid[]) AS t(v)`,
        [itemId, room.meetingId, outcome, voters],
      );
      await db.query(
        `INSERT INTO criterion_marks (agenda_item_id, criterion_id, met, marked_by) SELECT a.id, t.id, true, $2 FROM agenda_items a JOIN threshold_criteria t ON t.item_kind = a.kind AND t.active WHERE a.id = $1`,
        [itemId, chair],
      );
      await db.query(
        `UPDATE agenda_items SET status = 'decided', voting_status = 'revealed', outcome = $2, outcome_reasons = 'The panel agreed on the evidence', decided_at = now(), decided_by = $3 WHERE id = $1`,
        [itemId, outcome, chair],
      );
    } else if (index === decided) {
      await db.query(
        `INSERT INTO votes (agenda_item_id, meeting_id, voter_id, choice, reason, cast_by) SELECT $1, $2, v, 'agree', 'Needs not met by SEN support', v FROM unnest($3::uuid[]) AS t(v)`,
        [itemId, room.meetingId, voters.slice(2, 2 + Math.floor(voters.length / 2))],
      );
      await db.query(
        `INSERT INTO declarations_of_interest (agenda_item_id, user_id, meeting_id, reason) SELECT $1, u, $2, 'Knows the family' FROM unnest($3::uuid[]) AS t(u)`,
        [itemId, room.meetingId, voters.slice(0, 2)],
      );
      await db.query(
        `UPDATE agenda_items SET status = 'in_discussion', voting_status = 'open' WHERE id = $1`,
        [itemId],
      );
      await db.query(`UPDATE meetings SET current_item_id = $2 WHERE id = $1`, [room.meetingId, itemId]);
    }
  }
  await db.end();
  return { decided, open: 1, pending: agendaSize - decided - 1 };
}
