import { addDays } from '@convene/domain';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../../apps/api/src/common/today.js';
import { aCase, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
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
 * The chair opens today's Weekly Orders, agrees an action for the Family Link Officer on a child and concludes the item
 * (no vote); the officer finds the child, why it was on and the action on their list for the week.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)('the Weekly Orders (needs Debian chromium)', () => {
  let test: ListeningTestApp;
  let browser: Browser;
  let chair: TestUser;
  let flo: TestUser;
  let meetingId: string;
  const today = todayInEngland();

  beforeAll(async () => {
    test = await startListeningTestApp();
    const dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
    flo = await aUser(dataSource, { roles: ['presenter'] });
    await dataSource.query(`UPDATE users SET display_name = 'Morgan Chair' WHERE id = $1`, [chair.id]);
    await dataSource.query(`UPDATE users SET display_name = 'Sam Officer' WHERE id = $1`, [flo.id]);
    const [group] = await dataSource.query(
      `INSERT INTO meeting_groups (kind, name) VALUES ('weekly_orders', 'Weekly Orders') RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO meeting_group_members (group_id, user_id, role) VALUES ($1, $2, 'chair'), ($1, $3, 'member')`,
      [group.id, chair.id, flo.id],
    );
    // The decision whether to assess due today (6 weeks from receipt), and one due three weeks ago.
    await aCase(dataSource, { flo: flo.id, receivedOn: addDays(today, -42), reference: 'EHC-WO-0002' });
    await aCase(dataSource, { flo: flo.id, receivedOn: addDays(today, -63), reference: 'EHC-WO-0001' });
    const startsAt = new Date();
    // Arranged as the chair arranges it: the agenda builds itself from the clocks.
    const scheduled = await fetch(`${test.baseUrl}/api/meetings`, {
      method: 'POST',
      headers: { cookie: await signIn(test, chair), 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'weekly_orders',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
      }),
    });
    expect(scheduled.status).toBe(201);
    meetingId = ((await scheduled.json()) as { id: string }).id;
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await test?.close();
  });

  const discussFirst = async (page: Page) => {
    await page.getByRole('button', { name: /^Discuss EHC-WO-0001/ }).click();
    await page.locator('#current-item').getByText('Why this child is on').waitFor();
  };

  it('lets the chair agree an action on a child and conclude the item, with no vote', async () => {
    const page = await signInAs(browser, test.baseUrl, chair.email, chair.password, LAPTOP);
    await page.goto(`${test.baseUrl}/meetings/${meetingId}`);
    await page.getByRole('button', { name: 'Start the meeting' }).click();
    await page.getByText('In progress').waitFor();
    await discussFirst(page);
    const item = page.locator('#current-item');
    await expect.poll(() => item.getByText('Overdue', { exact: true }).count()).toBe(1);
    expect(await item.getByText('Decision whether to assess').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Open voting' }).count()).toBe(0);
    expect(await item.getByText(/quorate/).count()).toBe(0);
    await screenshot(page, 'weekly-orders-item-reasons-1366');

    await item
      .getByLabel('What is to be done')
      .fill('Bring the decision whether to assess to Wednesday’s DMG');
    const owners = item.getByLabel('Who owns it');
    await owners.locator('option', { hasText: 'Sam Officer' }).waitFor({ state: 'attached' });
    await owners.selectOption(
      (await owners.locator('option', { hasText: 'Sam Officer' }).getAttribute('value')) ?? '',
    );
    await item.getByLabel('Due by').fill(addDays(today, 2));
    await expectNoSidewaysScroll(page, 'the Weekly Orders item at 1366 px');
    await expectNoSeriousAxeViolations(page, 'the Weekly Orders item, 1366 px');
    await screenshot(page, 'weekly-orders-item-1366');
    await item.getByRole('button', { name: 'Agree the action' }).click();
    await item.getByText(/^Action agreed:/).waitFor();

    await item.getByLabel('What was agreed').fill('Sam to bring the case to the DMG this week.');
    await item.getByRole('button', { name: 'Conclude: Actions agreed' }).click();
    await expect
      .poll(() => item.getByText('Sam to bring the case to the DMG this week.').count())
      .toBeGreaterThan(0);
    await screenshot(page, 'weekly-orders-item-concluded-1366');

    const phone = await signInAs(browser, test.baseUrl, chair.email, chair.password, PHONE);
    await phone.goto(`${test.baseUrl}/meetings/${meetingId}`);
    await phone.getByRole('button', { name: /^Discuss EHC-WO-0002/ }).click();
    await phone.locator('#current-item-heading', { hasText: 'EHC-WO-0002' }).waitFor();
    await phone.locator('#current-item').getByText('Due this week').waitFor();
    await expectNoSidewaysScroll(phone, 'the Weekly Orders item at 390 px');
    await screenshot(phone, 'weekly-orders-item-390');

    // The chair opens any officer's list, and each locality's clearance since last week.
    await page.goto(`${test.baseUrl}/meetings/${meetingId}/weekly-list?officer=${flo.id}`);
    await page.getByRole('heading', { name: 'Sam Officer: the week’s list' }).waitFor();
    await page.getByLabel('Locality').selectOption('northdale');
    await page.getByText('This is the first Weekly Orders: nothing before it.').waitFor();
    await screenshot(page, 'weekly-orders-list-chair-1366');
  });

  for (const [size, viewport] of [
    ['1366', LAPTOP],
    ['390', PHONE],
  ] as const)
    it(`shows the officer the child and the action on their list for the week (${size} px)`, async () => {
      const page = await signInAs(browser, test.baseUrl, flo.email, flo.password, viewport);
      await page.goto(`${test.baseUrl}/meetings/${meetingId}/weekly-list`);
      await page.getByRole('heading', { name: 'Sam Officer: the week’s list' }).waitFor();
      const first = page.locator('.app-weekly-list__child').first();
      expect(await first.getByRole('heading').first().textContent()).toContain('EHC-WO-0001');
      expect(await first.getByText('Bring the decision whether to assess to Wednesday’s DMG').count()).toBe(
        1,
      );
      expect(await first.getByText('Actions agreed', { exact: true }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('link', { name: 'Download the list (CSV)' }).getAttribute('href')).toBe(
        `/api/weekly-orders/${meetingId}/officers/${flo.id}/list.csv`,
      );
      await expectNoSidewaysScroll(page, `the weekly list at ${size} px`);
      await expectNoSeriousAxeViolations(page, `the weekly list, ${size} px`);
      await screenshot(page, `weekly-orders-list-${size}`);
    });
});
