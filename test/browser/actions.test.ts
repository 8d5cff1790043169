import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
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

/**
 * A chair agrees an action on the item in the room; the member who owns it finds it on their list and closes it,
 * and the case's Family Link Officer sees it on the case, on a laptop and on a phone.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'actions agreed in the room (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let chair: TestUser;
    let owner: TestUser;
    let flo: TestUser;
    let meeting: TestMeeting;
    let childId: string;

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
      owner = await aUser(dataSource, { roles: ['panel_member'] });
      flo = await aUser(dataSource, { roles: ['presenter'] });
      for (const [user, name] of [
        [chair, 'Morgan Chair'],
        [owner, 'Ash Psychologist'],
        [flo, 'Fran Officer'],
      ] as const)
        await dataSource.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [user.id, name]);
      meeting = await aMeeting(dataSource, { chair: chair.id, members: [owner.id], items: [{}] });
      const [item] = await dataSource.query(
        `SELECT r.child_id FROM agenda_items i JOIN ehc_requests r ON r.id = i.request_id WHERE i.id = $1`,
        [meeting.itemIds[0]],
      );
      childId = item.child_id;
      await dataSource.query(`UPDATE children SET family_link_officer_id = $2 WHERE id = $1`, [
        childId,
        flo.id,
      ]);
      await aCase(dataSource);
      // The meeting is under way on its one item.
      const client = await MeetingClient.connect(test.baseUrl, await signIn(test, chair));
      await client.join(meeting.meetingId);
      expect(await client.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({
        ok: true,
      });
      expect(
        await client.send('agenda.advance', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] }),
      ).toMatchObject({ ok: true });
      client.close();
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

    async function agreeInTheRoom(page: Page, what: string, name: string) {
      await page.goto(`${test.baseUrl}/meetings/${meeting.meetingId}`);
      // On a laptop the item's parts are tabs; on a phone they follow one another.
      if (page.viewportSize()!.width >= LAPTOP.width)
        await page.getByRole('tab', { name: /^Actions/ }).click();
      await page.getByLabel('What is to be done').fill(what);
      await page.getByLabel('Who owns it').selectOption({ label: 'Ash Psychologist (Agency send)' });
      await page.getByLabel('Due by').fill(inAWeek());
      await screenshot(page, `${name}-form`);
      await page.getByRole('button', { name: 'Agree the action' }).click();
      await expect.poll(() => page.locator('.app-action-list__item', { hasText: what }).count()).toBe(1);
      await expect.poll(() => page.getByText(`Action agreed: ${what}`).count()).toBe(1);
    }

    it('goes from the chair’s form in the room to the owner’s list, where it is closed, and onto the case', async () => {
      const chairPage = await signInAs(browser, test.baseUrl, chair.email, chair.password, LAPTOP);
      await agreeInTheRoom(chairPage, 'EP to see the child before the next panel', 'actions-room-chair-1366');
      await expect
        .poll(() => chairPage.locator('.app-action-list__item').first().textContent())
        .toContain('EP to see the child before the next panel');
      await expectNoSeriousAxeViolations(chairPage, 'the room’s actions tab, chair, 1366×768');
      await screenshot(chairPage, 'actions-room-chair-1366');

      const ownerPhone = await signInAs(browser, test.baseUrl, owner.email, owner.password, PHONE);
      await ownerPhone.goto(`${test.baseUrl}/`);
      await expect.poll(() => ownerPhone.getByText('1 open').count()).toBeGreaterThan(0);
      await screenshot(ownerPhone, 'actions-home-owner-390');
      await ownerPhone.getByRole('link', { name: 'See all your actions' }).click();
      const item = ownerPhone.locator('.app-action-list__item').first();
      await expect.poll(() => item.textContent()).toContain('due in 7 days');
      await expectNoSidewaysScroll(ownerPhone, 'My actions at 390 px');
      await expectNoSeriousAxeViolations(ownerPhone, 'My actions, 390×844');
      await screenshot(ownerPhone, 'actions-mine-owner-390');
      await item.getByText('Mark done or cancel').click();
      await item.getByLabel('Done', { exact: true }).check();
      await item.getByLabel('What was done').fill('Saw the child at school on Tuesday');
      await item.getByRole('button', { name: 'Close the action' }).click();
      await expect
        .poll(() =>
          ownerPhone.getByText('Action marked done: EP to see the child before the next panel').count(),
        )
        .toBe(1);
      await screenshot(ownerPhone, 'actions-mine-closed-390');

      const floLaptop = await signInAs(browser, test.baseUrl, flo.email, flo.password, LAPTOP);
      await floLaptop.goto(`${test.baseUrl}/cases/${childId}`);
      const onCase = floLaptop
        .locator('#case-actions-heading + * .app-action-list__item, .app-action-list__item')
        .first();
      await expect
        .poll(() => onCase.textContent())
        .toContain('Done (Ash Psychologist): Saw the child at school on Tuesday');
      await expectNoSeriousAxeViolations(floLaptop, 'the case page’s actions, 1366×768');
      await screenshot(floLaptop, 'actions-case-flo-1366');

      const chairPhone = await signInAs(browser, test.baseUrl, chair.email, chair.password, PHONE);
      await agreeInTheRoom(
        chairPhone,
        'Ask the school for two more cycles of assess, plan, do, review',
        'actions-room-chair-390',
      );
      await expectNoSidewaysScroll(chairPhone, 'the room’s actions tab at 390 px');
      await screenshot(chairPhone, 'actions-room-chair-390');
    });
  },
);
