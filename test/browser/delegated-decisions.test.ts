import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { aMeeting, type TestMeeting } from '../../apps/api/test/support/meeting-factory.js';
import { aTwoStepCode } from '../../apps/api/test/support/sign-in.js';
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

/** Where a part of the page is saved, beside the whole pages. */
const shot = (name: string) => new URL(`../../test-results/browser/${name}.png`, import.meta.url).pathname;

/**
 * The administrator keeps the scheme of delegation; the Head of Service agrees funding alone on the case page, the
 * case shows it "under delegation by" them, and the chair of the next sitting finds it in the room to note.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'decisions under the scheme of delegation in a real browser (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let dataSource: DataSource;
    let browser: Browser;
    let admin: TestUser;
    let head: TestUser;
    const children: Record<string, string> = {};
    let next: TestMeeting | undefined;

    beforeAll(async () => {
      test = await startListeningTestApp();
      dataSource = test.app.get(DataSource);
      admin = await aUser(dataSource, { roles: ['admin'] });
      head = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
      await dataSource.query(`UPDATE users SET display_name = 'Helen Head' WHERE id = $1`, [head.id]);
      await dataSource.query(
        `INSERT INTO delegation_rules (kind, role, max_amount_pence) VALUES ('funding', 'chair', 1000000), ('funding', 'panel_member', 250000), ('personal_budget', 'chair', 500000), ('decision_to_assess', 'chair', NULL)`,
      );
      for (const size of ['1366', '390']) {
        const { childId, requestId } = await aCase(dataSource, { reference: `EHC-DEL-${size}` });
        await dataSource.query(`UPDATE ehc_requests SET stage = 'final_issued' WHERE id = $1`, [requestId]);
        await dataSource.query(
          `INSERT INTO panel_requests (child_id, kind, summary, amount_pence, band, starts_on, ends_on)
           VALUES ($1, 'funding', 'A teaching assistant for mornings, to support attention and regulation in class', 450000, 'band_3', '2026-09-01', '2027-07-31')`,
          [childId],
        );
        children[size] = childId;
      }
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    async function asAdmin(viewport: { width: number; height: number }): Promise<Page> {
      const code = await aTwoStepCode(test, admin);
      const page = await signInAs(browser, test.baseUrl, admin.email, admin.password, viewport, code);
      await page.waitForURL(`${test.baseUrl}/`);
      return page;
    }

    for (const [size, viewport] of [
      ['1366', LAPTOP],
      ['390', PHONE],
    ] as const)
      it(`shows the administrator the scheme, and delegates a decision from it (${size} px)`, async () => {
        const page = await asAdmin(viewport);
        await page.goto(`${test.baseUrl}/admin/delegation-scheme`);
        await page.getByRole('heading', { level: 1, name: 'Scheme of delegation' }).waitFor();
        await expect
          .poll(() => page.getByRole('cell', { name: 'Up to £10,000.00 a year', exact: true }).count())
          .toBe(1);
        await expectNoSidewaysScroll(page, `the scheme of delegation at ${size} px`);
        await expectNoSeriousAxeViolations(page, `the scheme of delegation, ${size} px`);
        await screenshot(page, `admin-delegation-scheme-${size}`);
        if (size === '1366') {
          await page.getByLabel('Decision', { exact: true }).selectOption({ label: 'Personal budget' });
          await page.getByLabel('Who may take it alone').selectOption({ label: 'Panel member' });
          await page.getByLabel('Limit a year (optional)').fill('1,500');
          await page.getByRole('button', { name: 'Delegate the decision' }).click();
          await expect
            .poll(() => page.getByRole('cell', { name: 'Up to £1,500.00 a year', exact: true }).count())
            .toBe(1);
          await page
            .getByRole('button', { name: /^Change the limit.*Additional funding, Panel member/ })
            .click();
          await page.getByLabel('New limit a year').fill('3,000');
          await screenshot(page, `admin-delegation-scheme-change-limit-${size}`);
          await page.getByRole('button', { name: 'Save the limit' }).click();
          await expect
            .poll(() => page.getByRole('cell', { name: 'Up to £3,000.00 a year', exact: true }).count())
            .toBe(1);
        }
      });

    for (const [size, viewport] of [
      ['1366', LAPTOP],
      ['390', PHONE],
    ] as const)
      it(`lets the Head of Service agree funding alone on the case page (${size} px)`, async () => {
        const page = await signInAs(browser, test.baseUrl, head.email, head.password, viewport);
        await page.goto(`${test.baseUrl}/cases/${children[size]}`);
        const section = page.locator('section[aria-labelledby="delegated-heading"]');
        await section.getByText(/^Additional funding: £4,500.00 a year/).click();
        await section.getByLabel('Agree', { exact: true }).check();
        await section.getByLabel('Amount agreed a year').fill('4,000');
        await section
          .getByLabel('Reasons')
          .fill('Section F names the support; the school has used its notional budget. Within band 3.');
        await section.scrollIntoViewIfNeeded();
        await expectNoSidewaysScroll(page, `the form to decide under delegation at ${size} px`);
        await expectNoSeriousAxeViolations(page, `the form to decide under delegation, ${size} px`);
        await screenshot(page, `decide-under-delegation-form-${size}`);
        await section.screenshot({ path: shot(`decide-under-delegation-form-section-${size}`) });
        await section.getByRole('button', { name: 'Record the decision' }).click();
        await expect.poll(() => section.getByText('under delegation by Helen Head').count()).toBe(1);
        await section.scrollIntoViewIfNeeded();
        await screenshot(page, `decided-under-delegation-${size}`);
        await section.screenshot({ path: shot(`decided-under-delegation-section-${size}`) });
      });

    for (const [size, viewport] of [
      ['1366', LAPTOP],
      ['390', PHONE],
    ] as const)
      it(`lists the decision for the chair of the next sitting to note (${size} px)`, async () => {
        // One next sitting for both screens: a second would note only what was decided after the first.
        next ??= await aMeeting(dataSource, { chair: head.id, items: [{}] });
        const page = await signInAs(browser, test.baseUrl, head.email, head.password, viewport);
        await page.goto(`${test.baseUrl}/meetings/${next.meetingId}`);
        const noted = page.locator('[data-test="decided-under-delegation"]');
        await noted.getByText(/^Decided under delegation since last meeting/).click();
        await expect.poll(() => noted.locator('li').count()).toBe(2);
        await noted.scrollIntoViewIfNeeded();
        await expectNoSidewaysScroll(page, `the room's decided under delegation at ${size} px`);
        await screenshot(page, `room-decided-under-delegation-${size}`);
      });
  },
);
