import { addDays } from '@convene/domain';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../../apps/api/src/common/today.js';
import { aCase, anAgency, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
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

/** A SEND manager reads overdue actions by team on the dashboard and opens the actions behind one count. */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'overdue actions by team on the dashboard (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let manager: TestUser;

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      manager = await aUser(dataSource, { roles: ['chair'] });
      const salt = await anAgency(dataSource, 'salt', 'health');
      await dataSource.query(`UPDATE agencies SET name = 'Speech and language therapy' WHERE id = $1`, [
        salt,
      ]);
      const ep = await aUser(dataSource, {
        roles: ['panel_member'],
        agencyCode: 'ep_service',
        agencyKind: 'ep_service',
      });
      await dataSource.query(`UPDATE agencies SET name = 'Educational psychology' WHERE id = $1`, [
        ep.agencyId,
      ]);
      const today = todayInEngland();
      for (const [ref, owner, days, what] of [
        ['EHC-OV-101', { team: salt }, -12, 'Send the speech and language advice to the Family Link Officer'],
        ['EHC-OV-102', { team: salt }, -2, 'Book a joint visit with the school'],
        ['EHC-OV-103', { user: ep.id }, -6, 'See the child in class before the next panel'],
      ] as const) {
        const child = await aCase(dataSource, { reference: ref });
        await dataSource.query(
          `INSERT INTO actions (what, owner_user_id, owner_agency_id, due_on, origin, child_id, created_by) VALUES ($1, $2, $3, $4, 'case', $5, $6)`,
          [
            what,
            'user' in owner ? owner.user : null,
            'team' in owner ? owner.team : null,
            addDays(today, days),
            child.childId,
            manager.id,
          ],
        );
      }
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
      it(`counts overdue actions by team and lists those behind a count (${size} px)`, async () => {
        const page = await signInAs(browser, test.baseUrl, manager.email, manager.password, viewport);
        await page.goto(`${test.baseUrl}/dashboard`);
        const section = page.locator('section[aria-labelledby="overdue-actions-heading"]');
        const table = section.locator('[data-test="overdue-actions-by-team"]');
        await table.waitFor();
        await expect
          .poll(() => table.locator('tbody tr').allTextContents())
          .toEqual([
            expect.stringMatching(/Speech and language therapy\s*2/),
            expect.stringMatching(/Educational psychology\s*1/),
          ]);
        await section.getByRole('link', { name: /overdue actions of Speech and language therapy/ }).click();
        const behind = section.locator('[data-test="overdue-actions-of-team"]');
        await expect.poll(() => behind.locator('.app-action-list__item').count()).toBe(2);
        await expect.poll(() => behind.textContent()).toContain('EHC-OV-101');
        expect(page.url()).toContain('overdueTeam=');
        await section.scrollIntoViewIfNeeded();
        await expectNoSidewaysScroll(page, `overdue actions by team at ${size} px`);
        await expectNoSeriousAxeViolations(page, `overdue actions by team, ${size} px`);
        await screenshot(page, `dashboard-overdue-actions-${size}`);
        await section.screenshot({
          path: new URL(
            `../../test-results/browser/dashboard-overdue-actions-section-${size}.png`,
            import.meta.url,
          ).pathname,
        });
      });
  },
);
