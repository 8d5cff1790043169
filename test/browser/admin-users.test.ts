import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { aTwoStepCode } from '../../apps/api/test/support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import {
  chromiumInstalled,
  expectInViewport,
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  launchChromium,
  LAPTOP,
  PHONE,
  screenshot,
  signInAs,
} from './support/browser.js';

/** The administrator's list of users: a table on a laptop, a summary card for each person on a phone. */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  "the administrator's users page in a real browser (needs Debian chromium)",
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let admin: TestUser;
    const people: { name: string; user: TestUser }[] = [];

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      admin = await aUser(dataSource, { roles: ['admin'] });
      // Long names, long addresses and many roles: what widens a row.
      for (const [name, options] of [
        ['Bartholomew Featherstonehaugh-Wrenfield', { roles: ['chair', 'panel_member'], twoStep: true }],
        ['Ngozi Wrenfield', { roles: ['panel_member', 'qa_reviewer'], twoStep: false }],
        ['Ollie Spindleshanks', { roles: ['health_team_rep'], twoStep: true, active: false }],
      ] as const) {
        const user = await aUser(dataSource, {
          ...options,
          roles: [...options.roles],
          email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@speech-and-language.fernshire-health.example`,
        });
        await dataSource.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [user.id, name]);
        people.push({ name, user });
      }
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    async function usersPage(viewport: { width: number; height: number }): Promise<Page> {
      const code = await aTwoStepCode(test, admin);
      const page = await signInAs(browser, test.baseUrl, admin.email, admin.password, viewport, code);
      await page.waitForURL(`${test.baseUrl}/`);
      await page.goto(`${test.baseUrl}/admin/users`);
      await page.getByText(people[0]!.name).first().waitFor();
      return page;
    }

    it('shows each user as a card on a phone, with their actions on screen and no sideways scroll', async () => {
      const page = await usersPage(PHONE);
      await expectNoSidewaysScroll(page, 'the users page on a phone');
      for (const { name } of people) {
        const card = page.getByRole('region', { name });
        await expect.poll(() => card.count(), { message: `${name}'s card` }).toBe(1);
        const actions = card.getByRole('button');
        expect(await actions.count(), `${name}'s actions`).toBeGreaterThanOrEqual(2);
        for (const action of await actions.all()) {
          await action.scrollIntoViewIfNeeded();
          await expectInViewport(action, `${name}'s “${(await action.textContent())?.trim()}”`);
        }
      }
      const withTwoStep = page.getByRole('region', { name: people[0]!.name });
      const answer = (key: string) =>
        withTwoStep.locator('.govuk-summary-list__row', { hasText: key }).locator('dd').textContent();
      expect((await answer('Two-step sign-in'))?.trim()).toBe('On');
      expect((await answer('Email address'))?.trim()).toBe(people[0]!.user.email);
      expect((await answer('Roles'))?.trim()).toBe('Panel chair, Panel member');
      await page.evaluate(() => scrollTo(0, 0));
      await expectNoSeriousAxeViolations(page, 'the users page on a phone');
      await screenshot(page, 'admin-users-phone');

      // Changing roles happens in the card, and still fits.
      const card = page.getByRole('region', { name: people[1]!.name });
      await card.getByRole('button', { name: /Change roles/ }).click();
      await card.getByRole('group', { name: `Roles of ${people[1]!.name}` }).waitFor();
      await expectNoSidewaysScroll(page, 'changing roles on a phone');
      await screenshot(page, 'admin-users-change-roles-phone');
      await page.context().close();
    });

    it('keeps the table on a laptop', async () => {
      const page = await usersPage(LAPTOP);
      await expect.poll(() => page.getByRole('table').locator('tbody tr').count()).toBe(people.length + 1);
      await expectNoSidewaysScroll(page, 'the users page on a laptop');
      for (const { name } of people) {
        const reset = page
          .getByRole('row', { name: new RegExp(name) })
          .getByRole('button')
          .last();
        await reset.scrollIntoViewIfNeeded();
        await expectInViewport(reset, `${name}'s last action`);
      }
      await expectNoSeriousAxeViolations(page, 'the users page on a laptop');
      await screenshot(page, 'admin-users-laptop');
      await page.context().close();
    });
  },
  120_000,
);
