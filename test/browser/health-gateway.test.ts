import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import { todayInEngland } from '../../apps/api/src/common/today.js';
import {
  chromiumInstalled,
  expectNoSeriousAxeViolations,
  launchChromium,
  screenshot,
  signInAs,
} from './support/browser.js';

/** The smallest PNG: a team's advice, scanned. */
const A_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The DCO and two health team representatives, each in their own browser, run a Health Gateway of four
 * requests for health advice: triage to one or two teams, a team accepting, a team pushing back and the
 * DCO moving the advice, then a team returning its advice from its queue. axe-core checks each page.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'a Health Gateway in real browsers (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let dco: TestUser;
    let salt: TestUser;
    let ot: TestUser;
    let meetingId: string;
    let references: string[];

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      for (const [code, name] of [
        ['salt', 'Speech and language therapy'],
        ['ot', 'Occupational therapy'],
        ['physio', 'Physiotherapy'],
      ]) {
        await dataSource.query(`UPDATE agencies SET name = $2 WHERE id = $1`, [
          await anAgency(dataSource, code, 'health'),
          name,
        ]);
      }
      dco = await aUser(dataSource, { roles: ['dco'], agencyCode: 'dco-office', agencyKind: 'health' });
      salt = await aUser(dataSource, {
        roles: ['health_team_rep'],
        agencyCode: 'salt',
        agencyKind: 'health',
      });
      ot = await aUser(dataSource, { roles: ['health_team_rep'], agencyCode: 'ot', agencyKind: 'health' });
      for (const [user, name] of [
        [dco, 'Dana DCO'],
        [salt, 'Sam SALT'],
        [ot, 'Olu OT'],
      ] as const) {
        await dataSource.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [user.id, name]);
      }
      const [meeting] = await dataSource.query(
        `INSERT INTO meetings (kind, title, starts_at, ends_at) VALUES ('health_gateway', 'Health Gateway', now(), now() + interval '2 hours') RETURNING id`,
      );
      meetingId = meeting.id;
      await dataSource.query(
        `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair'), ($1, $3, 'member'), ($1, $4, 'member')`,
        [meetingId, dco.id, salt.id, ot.id],
      );
      references = [];
      const askedOn = new Date(Date.parse(`${todayInEngland()}T00:00:00Z`) - 3 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      for (let i = 0; i < 4; i++) {
        const child = await aCase(dataSource, { receivedOn: '2026-10-01' });
        await dataSource.query(
          `UPDATE ehc_requests SET stage = 'assessment', decision_to_assess_on = '2026-10-20' WHERE id = $1`,
          [child.requestId],
        );
        await dataSource.query(
          `INSERT INTO advice_requests (request_id, advice_kind, requested_on, status) VALUES ($1, 'health', $2, 'awaiting_triage')`,
          [child.requestId, askedOn],
        );
        await dataSource.query(
          `INSERT INTO agenda_items (meeting_id, position, kind, request_id) VALUES ($1, $2, 'advice_triage', $3)`,
          [meetingId, i + 1, child.requestId],
        );
        references.push(child.reference);
      }
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    it('triages four requests live, takes the teams’ answers and a move, and a team returns its advice from its queue', async () => {
      const room = `${test.baseUrl}/meetings/${meetingId}`;
      const dcoPage = await signInAs(browser, test.baseUrl, dco.email, dco.password);
      await dcoPage.goto(room);
      await dcoPage.getByRole('button', { name: 'Start the meeting' }).click();
      await dcoPage.getByText('In progress').waitFor();
      const [saltPage, otPage] = (await Promise.all(
        [salt, ot].map(async (user) => {
          const page = await signInAs(browser, test.baseUrl, user.email, user.password);
          await page.goto(room);
          await page.getByRole('heading', { level: 1 }).waitFor();
          return page;
        }),
      )) as [Page, Page];

      const triage = async (
        reference: string,
        teams: string[],
        response: 'Full advice' | 'Short triage note',
        priority: 'Routine' | 'Urgent',
      ) => {
        const discuss = dcoPage.getByRole('button', { name: `Discuss ${reference}` });
        if (await discuss.count()) await discuss.click();
        await dcoPage.getByRole('group', { name: /Which teams should give advice/ }).waitFor();
        for (const team of teams) await dcoPage.getByLabel(team, { exact: true }).check();
        await dcoPage.getByLabel(response, { exact: true }).check();
        await dcoPage.getByLabel(priority, { exact: true }).check();
        await dcoPage.getByRole('button', { name: 'Send to the teams' }).click();
        await dcoPage.getByRole('table', { name: /Teams asked for advice/ }).waitFor();
      };
      const accept = async (page: Page, team: string) => {
        await page.getByRole('button', { name: `Accept for ${team}` }).click();
        await page.getByRole('button', { name: `Accept for ${team}` }).waitFor({ state: 'detached' });
      };

      // 1: speech and language therapy, full advice.
      await triage(references[0]!, ['Speech and language therapy'], 'Full advice', 'Routine');
      await accept(saltPage, 'Speech and language therapy');
      await screenshot(dcoPage, 'gateway-dco-triaged');
      await expectNoSeriousAxeViolations(dcoPage, 'the gateway room, as DCO');

      // 2: two teams, urgent; OT pushes back and the DCO moves it to physiotherapy. The OT representative's view of
      // the item follows who the advice is with, without a reload: another team's item (no reference, no case)
      // before triage, the case once it is OT's, another team's item again once it is moved on.
      await dcoPage.getByRole('button', { name: `Discuss ${references[1]}` }).click();
      const otCase = otPage.locator('#item-case');
      await otPage.getByRole('heading', { name: 'An item for another team' }).waitFor();
      expect(await otPage.getByText(references[1]!).count()).toBe(0);
      expect(await otCase.getByRole('link', { name: /Open the case/ }).count()).toBe(0);
      await triage(
        references[1]!,
        ['Speech and language therapy', 'Occupational therapy'],
        'Short triage note',
        'Urgent',
      );
      await otPage.getByRole('heading', { name: references[1]! }).waitFor();
      await otCase.getByText('Statutory clock').waitFor();
      expect(await otCase.getByText('The case summary is not shown here.').count()).toBe(0);
      await otCase.getByRole('link', { name: /Open the case/ }).waitFor();
      const triaged = (page: Page) => page.locator('[data-test="triaged"]');
      await triaged(otPage)
        .getByText(/^\s*Now with .*Occupational therapy/)
        .waitFor();
      await accept(saltPage, 'Speech and language therapy');
      await otPage
        .getByLabel('Or push it back: why it is not for your team')
        .fill('Gross motor needs: physiotherapy, not OT');
      await otPage.getByRole('button', { name: 'Push back for Occupational therapy' }).click();
      await dcoPage.getByText('Gross motor needs: physiotherapy, not OT').waitFor();
      await expectNoSeriousAxeViolations(otPage, 'the gateway room, as a team representative');
      await dcoPage.getByText('Move to another team').click();
      await dcoPage
        .getByLabel('Advice to move')
        .selectOption({ label: 'Occupational therapy (pushed back)' });
      await dcoPage.getByLabel('Move it to').selectOption({ label: 'Physiotherapy' });
      await dcoPage.getByLabel('Why it is moved').fill('Pushed back by OT: motor needs');
      await dcoPage.getByRole('button', { name: 'Move to the other team' }).click();
      await saltPage.getByText('Moved once').waitFor();
      await otPage.getByRole('heading', { name: 'An item for another team' }).waitFor();
      // (The live region's last words, that the advice for it has changed, still name it: it was OT's until then.)
      expect(await otPage.getByRole('heading', { name: references[1]! }).count()).toBe(0);
      expect(await otCase.getByRole('link', { name: /Open the case/ }).count()).toBe(0);
      // "Triaged" says where the advice is now, for everyone in the room who may see the item.
      await triaged(saltPage)
        .getByText(/^\s*Now with .*Physiotherapy/)
        .waitFor();
      expect(await triaged(saltPage).innerText()).not.toContain('Occupational therapy');

      // 3 and 4.
      await triage(references[2]!, ['Occupational therapy'], 'Full advice', 'Routine');
      await accept(otPage, 'Occupational therapy');
      await triage(references[3]!, ['Speech and language therapy'], 'Full advice', 'Routine');
      await accept(saltPage, 'Speech and language therapy');
      await screenshot(saltPage, 'gateway-team-representative');
      await dcoPage.getByRole('button', { name: 'End the meeting' }).click();
      await dcoPage.getByText('Ended').first().waitFor();

      const rows = await test.app.get(DataSource).query(
        `SELECT g.code, a.team_response, a.reassignments, a.priority FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
          JOIN agenda_items i ON i.id = a.triaged_in_item WHERE i.meeting_id = $1 ORDER BY i.position, g.code`,
        [meetingId],
      );
      expect(rows).toEqual([
        { code: 'salt', team_response: 'accepted', reassignments: 0, priority: 'routine' },
        { code: 'physio', team_response: 'pending', reassignments: 1, priority: 'urgent' },
        { code: 'salt', team_response: 'accepted', reassignments: 0, priority: 'urgent' },
        { code: 'ot', team_response: 'accepted', reassignments: 0, priority: 'routine' },
        { code: 'salt', team_response: 'accepted', reassignments: 0, priority: 'routine' },
      ]);

      // Between meetings: the SALT team's queue holds its three; it returns one by uploading it.
      await saltPage.goto(`${test.baseUrl}/gateway`);
      const queue = saltPage.getByRole('table', { name: /Your team's requests for health advice/ });
      await queue.waitFor();
      for (const reference of [references[0], references[1], references[3]])
        await queue.getByText(reference!).first().waitFor();
      expect(await queue.getByText(references[2]!).count()).toBe(0);
      await expectNoSeriousAxeViolations(saltPage, 'the team queue');
      await saltPage.getByRole('button', { name: new RegExp(`Mark returned.*${references[0]}`) }).click();
      await saltPage
        .getByLabel('Your advice')
        .setInputFiles({ name: 'salt-advice.png', mimeType: 'image/png', buffer: A_PNG });
      await saltPage.getByRole('button', { name: 'Upload and mark returned' }).click();
      await expect
        .poll(
          async () =>
            (
              await test.app
                .get(DataSource)
                .query(`SELECT count(*)::int AS n FROM advice_requests WHERE status = 'returned'`)
            )[0].n,
        )
        .toBe(1);

      // The DCO's tracker and figures.
      await dcoPage.goto(`${test.baseUrl}/gateway`);
      await dcoPage.getByText(references[1]!).first().waitFor();
      await expectNoSeriousAxeViolations(dcoPage, 'the DCO tracker');
      await screenshot(dcoPage, 'gateway-dco-tracker');
      await dcoPage.goto(`${test.baseUrl}/gateway/figures`);
      await dcoPage.getByRole('heading', { level: 1 }).waitFor();
      await expectNoSeriousAxeViolations(dcoPage, 'the DCO figures');
      await screenshot(dcoPage, 'gateway-dco-figures');
    }, 150_000);
  },
);
