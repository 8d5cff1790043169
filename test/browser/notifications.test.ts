import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { MeetingClient } from '../../apps/api/test/support/meeting-client.js';
import { aMeeting, type TestMeeting } from '../../apps/api/test/support/meeting-factory.js';
import { aTwoStepCode, signIn } from '../../apps/api/test/support/sign-in.js';
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

/**
 * A chair opens voting; the member, on another screen, sees their header count go up without a reload, finds it on
 * their notifications page, and changes how they hear of a kind, on a laptop and on a phone. The administrator
 * reads the emails it queued on "Messages sent".
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'notifications in a real browser (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let chair: TestUser;
    let member: TestUser;
    let admin: TestUser;
    const meetings: TestMeeting[] = [];

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
      member = await aUser(dataSource, { roles: ['panel_member'] });
      admin = await aUser(dataSource, { roles: ['admin'] });
      await dataSource.query(`UPDATE users SET display_name = 'Ash Psychologist' WHERE id = $1`, [member.id]);
      await dataSource.query(
        `INSERT INTO bouncing_addresses (address, user_id, reason) VALUES ($1, $2, '550 5.1.1 No such mailbox')`,
        [member.email, member.id],
      );
      // One meeting under way for each screen, each on its first item.
      const client = await MeetingClient.connect(test.baseUrl, await signIn(test, chair));
      for (let i = 0; i < 2; i++) {
        const meeting = await aMeeting(dataSource, { chair: chair.id, members: [member.id], items: [{}] });
        await client.join(meeting.meetingId);
        expect(await client.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({
          ok: true,
        });
        expect(
          await client.send('agenda.advance', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] }),
        ).toMatchObject({ ok: true });
        meetings.push(meeting);
      }
      client.close();
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    async function chairOpensVoting(meeting: TestMeeting): Promise<void> {
      const client = await MeetingClient.connect(test.baseUrl, await signIn(test, chair));
      await client.join(meeting.meetingId);
      expect(
        await client.send('voting.open', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] }),
      ).toMatchObject({ ok: true });
      client.close();
    }

    async function seesItLive(page: Page, meeting: TestMeeting, unread: number, name: string) {
      // The list is read once the person's socket has connected: from then on a new one must come live.
      const listRead = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/notifications');
      await page.goto(`${test.baseUrl}/`);
      await listRead;
      await chairOpensVoting(meeting);
      const count = page.getByRole('link', { name: `Notifications, ${unread} unread`, exact: true });
      await expect.poll(() => count.count(), { timeout: 10_000 }).toBe(1);
      await expect
        .poll(() => page.locator('header [aria-live="polite"]').textContent())
        .toMatch(/^New notification: Voting is open/);
      await expectNoSidewaysScroll(page, `the header with a count at ${name}`);
      await screenshot(page, `notifications-header-${name}`);
      await count.click();
      await page.waitForURL(`${test.baseUrl}/notifications`);
      const first = page.locator('main li').first();
      await expect.poll(() => first.textContent()).toMatch(/Unread\s*Voting is open/);
      await expectNoSidewaysScroll(page, `the notifications page at ${name}`);
      await expectNoSeriousAxeViolations(page, `the notifications page, ${name}`);
      await screenshot(page, `notifications-list-${name}`);
    }

    async function choosesHowToHear(page: Page, name: string, digestTime: string) {
      await page.locator('header').getByRole('link', { name: 'Notification settings' }).click();
      await page.waitForURL(`${test.baseUrl}/account/notifications`);
      const decided = page.getByRole('group', { name: 'Your case was decided' });
      await decided.getByLabel('In the daily digest').check();
      await expect
        .poll(() => page.getByRole('group', { name: 'Advice is overdue' }).getByLabel('Off').count())
        .toBe(0);
      await page.getByLabel('When your daily digest comes').fill(digestTime);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect.poll(() => page.getByText('Your notification settings are saved.').count()).toBe(1);
      await expectNoSidewaysScroll(page, `the notification settings at ${name}`);
      await expectNoSeriousAxeViolations(page, `the notification settings, ${name}`);
      await screenshot(page, `notifications-settings-${name}`);
      await page.reload();
      await expect.poll(() => page.getByLabel('When your daily digest comes').inputValue()).toBe(digestTime);
      expect(
        await page
          .getByRole('group', { name: 'Your case was decided' })
          .getByLabel('In the daily digest')
          .isChecked(),
      ).toBe(true);
    }

    it('counts a new one in the header live, lists it, and keeps the settings chosen, on a laptop', async () => {
      const page = await signInAs(browser, test.baseUrl, member.email, member.password, LAPTOP);
      await seesItLive(page, meetings[0]!, 1, '1366');
      await choosesHowToHear(page, '1366', '18:15');
    });

    it('does the same on a phone, with nothing off to the side', async () => {
      const page = await signInAs(browser, test.baseUrl, member.email, member.password, PHONE);
      await seesItLive(page, meetings[1]!, 2, '390');
      await choosesHowToHear(page, '390', '06:45');
    });

    it('shows the administrator the emails queued and the address that bounces', async () => {
      for (const [viewport, name] of [
        [LAPTOP, '1366'],
        [PHONE, '390'],
      ] as const) {
        const code = await aTwoStepCode(test, admin);
        const page = await signInAs(browser, test.baseUrl, admin.email, admin.password, viewport, code);
        await page.waitForURL(`${test.baseUrl}/`);
        await page.goto(`${test.baseUrl}/admin/messages`);
        await expect.poll(() => page.getByText('550 5.1.1 No such mailbox').count()).toBeGreaterThan(0);
        await expect.poll(() => page.getByText(/Voting is open/).count()).toBeGreaterThan(0);
        await expectNoSidewaysScroll(page, `Messages sent at ${name}`);
        await expectNoSeriousAxeViolations(page, `Messages sent, ${name}`);
        await screenshot(page, `notifications-messages-sent-${name}`);
      }
    });
  },
);
