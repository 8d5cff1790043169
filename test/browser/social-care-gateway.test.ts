import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import { todayInEngland } from '../../apps/api/src/common/today.js';
import {
  chromiumInstalled,
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  launchChromium,
  PHONE,
  screenshot,
  signInAs,
} from './support/browser.js';

/**
 * The DSCO and two social care teams' representatives, each in their own browser, run a Social Care Gateway of two
 * requests for social care advice: one team accepts; the other pushes back and the DSCO moves the advice on; then the
 * same pages as the Health Gateway's between sittings, in social care words, at their own addresses. axe-core checks
 * each page.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'a Social Care Gateway in real browsers (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let dsco: TestUser;
    let dct: TestUser;
    let cin: TestUser;
    let meetingId: string;
    let references: string[];

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      for (const [code, name] of [
        ['dct', 'Disabled Children’s Team'],
        ['cin', 'Children in Need, North'],
      ]) {
        await dataSource.query(`UPDATE agencies SET name = $2 WHERE id = $1`, [
          await anAgency(dataSource, code, 'social_care'),
          name,
        ]);
      }
      dsco = await aUser(dataSource, {
        roles: ['dsco'],
        agencyCode: 'dsco-office',
        agencyKind: 'social_care',
      });
      dct = await aUser(dataSource, {
        roles: ['social_care_team_rep'],
        agencyCode: 'dct',
        agencyKind: 'social_care',
      });
      cin = await aUser(dataSource, {
        roles: ['social_care_team_rep'],
        agencyCode: 'cin',
        agencyKind: 'social_care',
      });
      const [meeting] = await dataSource.query(
        `INSERT INTO meetings (kind, title, starts_at, ends_at) VALUES ('social_care_gateway', 'Social Care Gateway', now(), now() + interval '2 hours') RETURNING id`,
      );
      meetingId = meeting.id;
      await dataSource.query(
        `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair'), ($1, $3, 'member'), ($1, $4, 'member')`,
        [meetingId, dsco.id, dct.id, cin.id],
      );
      references = [];
      const askedOn = new Date(Date.parse(`${todayInEngland()}T00:00:00Z`) - 3 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      for (let i = 0; i < 2; i++) {
        const child = await aCase(dataSource, { receivedOn: '2026-10-01' });
        await dataSource.query(
          `UPDATE ehc_requests SET stage = 'assessment', decision_to_assess_on = '2026-10-20' WHERE id = $1`,
          [child.requestId],
        );
        await dataSource.query(
          `INSERT INTO advice_requests (request_id, advice_kind, requested_on, status) VALUES ($1, 'social_care', $2, 'awaiting_triage')`,
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

    const menu = async (page: Page) =>
      (await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allInnerTexts()).map((t) =>
        t.trim(),
      );

    it('triages to a social care team, which accepts in the room and finds it on its queue; the DSCO tracks it', async () => {
      const room = `${test.baseUrl}/meetings/${meetingId}`;
      const dscoPage = await signInAs(browser, test.baseUrl, dsco.email, dsco.password);
      await dscoPage.goto(room);
      await dscoPage.getByRole('button', { name: 'Start the meeting' }).click();
      await dscoPage.getByText('In progress').first().waitFor();
      // The DSCO has a part in the Social Care Gateway, not the Health Gateway.
      expect(await menu(dscoPage)).toContain('Social Care Gateway');
      expect(await menu(dscoPage)).not.toContain('Health Gateway');
      const dctPage = await signInAs(browser, test.baseUrl, dct.email, dct.password);
      await dctPage.goto(room);
      await dctPage.getByRole('heading', { level: 1 }).waitFor();

      const discuss = dscoPage.getByRole('button', { name: `Discuss ${references[0]}` });
      if (await discuss.count()) await discuss.click();
      await dscoPage.getByRole('group', { name: /Which teams should give advice/ }).waitFor();
      expect(await dscoPage.getByText('Social care advice triage').count()).toBeGreaterThan(0);
      await dscoPage.getByLabel('Disabled Children’s Team', { exact: true }).check();
      await dscoPage.getByLabel('Full advice', { exact: true }).check();
      await dscoPage.getByLabel('Routine', { exact: true }).check();
      await dscoPage.getByRole('button', { name: 'Send to the teams' }).click();
      await dscoPage.getByRole('table', { name: /Teams asked for advice/ }).waitFor();
      await expectNoSeriousAxeViolations(dscoPage, 'the social care gateway room, as DSCO');

      await dctPage.getByRole('button', { name: 'Accept for Disabled Children’s Team' }).click();
      await dscoPage.getByText('Accepted').first().waitFor();
      await expectNoSeriousAxeViolations(dctPage, 'the social care gateway room, as a team representative');
      await screenshot(dctPage, 'social-care-gateway-team-representative');

      // The second item is for no team yet: each representative sees it only as another team's.
      const cinPage = await signInAs(browser, test.baseUrl, cin.email, cin.password);
      await cinPage.goto(room);
      await dscoPage.getByRole('button', { name: `Discuss ${references[1]}` }).click();
      await dctPage.getByRole('heading', { name: 'An item for another team' }).waitFor();
      await cinPage.getByRole('heading', { name: 'An item for another team' }).waitFor();
      expect(await dctPage.getByText(references[1]!).count()).toBe(0);
      // Sent to Children in Need, whose representative now sees the case, and pushes it back.
      await dscoPage.getByRole('group', { name: /Which teams should give advice/ }).waitFor();
      await dscoPage.getByLabel('Children in Need, North', { exact: true }).check();
      await dscoPage.getByLabel('Short triage note', { exact: true }).check();
      await dscoPage.getByLabel('Urgent', { exact: true }).check();
      await dscoPage.getByRole('button', { name: 'Send to the teams' }).click();
      await cinPage.getByRole('heading', { name: references[1]! }).waitFor();
      await cinPage
        .getByLabel('Or push it back: why it is not for your team')
        .fill('Disabled child with an open case: the Disabled Children’s Team');
      await cinPage.getByRole('button', { name: 'Push back for Children in Need, North' }).click();
      await dscoPage.getByText('Disabled child with an open case: the Disabled Children’s Team').waitFor();
      await expectNoSeriousAxeViolations(cinPage, 'the social care gateway room, as a team pushing back');
      // The DSCO moves it: the case leaves Children in Need's view and reaches the Disabled Children's Team's.
      await dscoPage.getByText('Move to another team').click();
      await dscoPage
        .getByLabel('Advice to move')
        .selectOption({ label: 'Children in Need, North (pushed back)' });
      await dscoPage.getByLabel('Move it to').selectOption({ label: 'Disabled Children’s Team' });
      await dscoPage.getByLabel('Why it is moved').fill('Pushed back: open case with the DCT');
      await dscoPage.getByRole('button', { name: 'Move to the other team' }).click();
      await cinPage.getByRole('heading', { name: 'An item for another team' }).waitFor();
      await dctPage.getByRole('heading', { name: references[1]! }).waitFor();
      await dctPage.getByRole('button', { name: 'Accept for Disabled Children’s Team' }).click();
      await dscoPage.getByText('Moved once').waitFor();
      await screenshot(dscoPage, 'social-care-gateway-dsco-moved');
      const rows = await test.app.get(DataSource).query(
        `SELECT g.code, a.team_response, a.reassignments, a.response FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
          JOIN agenda_items i ON i.id = a.triaged_in_item WHERE i.meeting_id = $1 ORDER BY i.position, g.code`,
        [meetingId],
      );
      expect(rows).toEqual([
        { code: 'dct', team_response: 'accepted', reassignments: 0, response: 'full_advice' },
        { code: 'dct', team_response: 'accepted', reassignments: 1, response: 'triage_note' },
      ]);

      // Between meetings: the team's queue at the social care gateway's own address.
      await dctPage.goto(`${test.baseUrl}/social-care-gateway`);
      const queue = dctPage.getByRole('table', { name: /Your team's requests for social care advice/ });
      await queue.getByRole('link', { name: references[0]! }).waitFor();
      await queue.getByRole('link', { name: references[1]! }).waitFor();
      await cinPage.goto(`${test.baseUrl}/social-care-gateway`);
      await cinPage.getByText('No requests waiting for your advice.').waitFor();
      expect(await cinPage.getByText(references[1]!).count()).toBe(0);
      await expectNoSeriousAxeViolations(dctPage, 'the social care team queue');

      // The DSCO's tracker and figures; an old Health Gateway address is not theirs.
      await dscoPage.goto(`${test.baseUrl}/social-care-gateway`);
      await dscoPage.getByRole('heading', { name: "The Designated Social Care Officer's tracker" }).waitFor();
      const tracker = dscoPage.getByRole('table', { name: 'Requests for social care advice' });
      await tracker.getByRole('link', { name: references[0]! }).waitFor();
      await tracker.getByRole('link', { name: references[1]! }).waitFor();
      await expectNoSeriousAxeViolations(dscoPage, 'the DSCO tracker');
      await screenshot(dscoPage, 'social-care-gateway-dsco-tracker');
      await dscoPage.getByRole('link', { name: 'Social Care Gateway figures' }).click();
      await dscoPage.getByRole('heading', { name: 'Social Care Gateway figures' }).waitFor();
      await dscoPage.getByText(/Advices due from/).waitFor();
      await expectNoSeriousAxeViolations(dscoPage, 'the DSCO figures');

      // On a phone, the queue and the tracker scroll their tables in their own box, captions wrapping on screen.
      for (const user of [dct, dsco]) {
        const phone = await signInAs(browser, test.baseUrl, user.email, user.password, PHONE);
        await phone.goto(`${test.baseUrl}/social-care-gateway`);
        await phone.getByRole('link', { name: references[0]! }).waitFor();
        await expectNoSidewaysScroll(phone, `the social care gateway on a phone, as ${user.email}`);
        await phone.context().close();
      }
    }, 150_000);
  },
);
