import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { MeetingClient } from '../../apps/api/test/support/meeting-client.js';
import { aMeeting, type TestMeeting } from '../../apps/api/test/support/meeting-factory.js';
import { signIn } from '../../apps/api/test/support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import {
  chromiumInstalled,
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  launchChromium,
  LAPTOP,
  PHONE,
  screenshot,
  signInAs,
} from './support/browser.js';

/** A chair agrees an action in the room; at the group's next meeting they find it under "Actions from last time" and close it. */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'actions from last time in the room (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let chair: TestUser;
    let owner: TestUser;
    let next: TestMeeting;
    let dco: TestUser;

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
      owner = await aUser(dataSource, { roles: ['panel_member'] });
      await dataSource.query(`UPDATE users SET display_name = 'Morgan Chair' WHERE id = $1`, [chair.id]);
      await dataSource.query(`UPDATE users SET display_name = 'Ash Psychologist' WHERE id = $1`, [owner.id]);
      const seats = { chair: chair.id, members: [owner.id], items: [{}] };
      const last = await aMeeting(dataSource, seats);
      next = await aMeeting(dataSource, seats);
      const client = await MeetingClient.connect(test.baseUrl, await signIn(test, chair));
      await client.join(last.meetingId);
      expect(await client.send('meeting.start', { meetingId: last.meetingId })).toMatchObject({ ok: true });
      const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      for (const what of [
        'EP to see the child before the next panel',
        'Ask the school for two more APDR cycles',
      ])
        expect(
          await client.send('action.add', {
            meetingId: last.meetingId,
            itemId: last.itemIds[0]!,
            what,
            ownerUserId: owner.id,
            dueOn: inAWeek,
          }),
        ).toMatchObject({ ok: true });
      client.close();
      await dataSource.query(
        `UPDATE meetings SET starts_at = starts_at - interval '7 days', ends_at = ends_at - interval '7 days' WHERE id = $1`,
        [last.meetingId],
      );
      dco = await aUser(dataSource, { roles: ['dco'], agencyCode: 'icb', agencyKind: 'health' });
      const salt = await anAgency(dataSource, 'salt', 'health');
      const theCase = await aCase(dataSource);
      await dataSource.query(
        `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status) VALUES ($1, $2, 'health', current_date - 20, 'with_team')`,
        [theCase.requestId, salt],
      );
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    for (const [size, viewport] of [
      ['1366', LAPTOP],
      ['390', PHONE],
    ] as const)
      it(`shows the chair the actions agreed last time, and closes one there (${size} px)`, async () => {
        const page = await signInAs(browser, test.baseUrl, chair.email, chair.password, viewport);
        await page.goto(`${test.baseUrl}/meetings/${next.meetingId}`);
        const section = page.locator('[data-test="actions-from-last-time"]');
        await section.getByText(/^Actions from last time/).click();
        await expect.poll(() => section.locator('.app-action-list__item').count()).toBe(2);
        await section.scrollIntoViewIfNeeded();
        await expectNoSidewaysScroll(page, `the room's actions from last time at ${size} px`);
        await expectNoSeriousAxeViolations(page, `the room's actions from last time, ${size} px`);
        await screenshot(page, `actions-from-last-time-${size}`);
        const item = section.locator('.app-action-list__item').first();
        if (size === '1366') {
          await item.getByText('Mark done or cancel').click();
          await item.getByLabel('Done', { exact: true }).check();
          await item.getByLabel('What was done').fill('Seen at school on Tuesday');
          await item.getByRole('button', { name: 'Close the action' }).click();
          await expect.poll(() => section.locator('summary').first().textContent()).toContain('(1 open)');
          await screenshot(page, `actions-from-last-time-closed-${size}`);
        }
      });

    for (const [size, viewport] of [
      ['1366', LAPTOP],
      ['390', PHONE],
    ] as const)
      it(`lets the DCO agree an action on a request for advice from the tracker (${size} px)`, async () => {
        const page = await signInAs(browser, test.baseUrl, dco.email, dco.password, viewport);
        await page.goto(`${test.baseUrl}/gateway`);
        await page
          .getByRole('button', { name: /^Agree an action/ })
          .first()
          .click();
        await page.getByLabel('What is to be done').fill('Book a joint visit with the school nurse');
        await page.getByLabel('Who owns it').selectOption({ label: 'Team: Agency salt' });
        await page
          .getByLabel('Due by')
          .fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
        await expectNoSidewaysScroll(page, `the tracker's action form at ${size} px`);
        await screenshot(page, `gateway-advice-action-${size}`);
        await page.getByRole('button', { name: 'Agree the action' }).click();
        await expect.poll(() => page.getByText('Action agreed for').count()).toBeGreaterThan(0);
        await screenshot(page, `gateway-advice-action-agreed-${size}`);
      });
  },
);
