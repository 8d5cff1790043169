import type { Browser, BrowserContext, Page } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser } from '../../apps/api/test/support/factories.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import { todayInEngland } from '../../apps/api/src/common/today.js';
import {
  chromiumInstalled,
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  launchChromium,
  screenshot,
} from './support/browser.js';
import { askForFamilyLink } from './support/family.js';

const NARROWEST = { width: 320, height: 700 };
const LAPTOP = { width: 1366, height: 768 };

/**
 * A parent signs in on a narrow phone with a link emailed to them and reads their child's request: where it is, the
 * draft plan's days left to comment, who to ask; the same link opened in another browser is refused in plain words.
 * axe-core checks the pages at 320 px and 1366 px.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  "a parent reads their child's request in a real browser (needs Debian chromium)",
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let dataSource: DataSource;
    let email: string;

    /** A browser of the parent's own: its context keeps the cookie that binds a link to it. */
    const aBrowser = async (): Promise<{ context: BrowserContext; page: Page }> => {
      // bypassCSP only so axe-core can be injected; the product's own CSP allows no inline script.
      const context = await browser.newContext({ viewport: NARROWEST, bypassCSP: true });
      return { context, page: await context.newPage() };
    };
    const askForLink = async (page: Page): Promise<string> => {
      return askForFamilyLink(page, test.baseUrl, dataSource, email);
    };

    beforeAll(async () => {
      test = await startListeningTestApp();
      dataSource = test.app.get(DataSource);
      browser = await launchChromium();
      const flo = await aUser(dataSource, { roles: ['presenter'] });
      const { childId, requestId } = await aCase(dataSource, {
        flo: flo.id,
        givenName: 'Robin',
        receivedOn: '2026-09-07',
      });
      const sentOn = new Date(Date.parse(`${todayInEngland()}T00:00:00Z`) - 3 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      await dataSource.query(
        `UPDATE ehc_requests SET stage = 'draft_issued', decision_to_assess_on = '2026-10-05',
                decision_to_issue_on = $2, draft_issued_on = $2 WHERE id = $1`,
        [requestId, sentOn],
      );
      email = `parent-${randomBytes(4).toString('hex')}@family.example`;
      const [parent] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO users (email, display_name, agency_id, roles)
         SELECT $1, 'Sam Okafor', id, '{family}' FROM agencies WHERE code = 'families' RETURNING id`,
        [email],
      );
      await dataSource.query(
        `INSERT INTO family_links (user_id, child_id, kind, relationship, added_by) VALUES ($1, $2, 'parent_carer', 'Mum', $3)`,
        [parent!.id, childId, flo.id],
      );
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    it('signs in with the link on a 320 px phone and shows the request in plain words', async () => {
      const { context, page } = await aBrowser();
      await page.goto(`${test.baseUrl}/family/sign-in`);
      await expectNoSidewaysScroll(page, 'family sign-in at 320 px');
      await expectNoSeriousAxeViolations(page, 'family sign-in at 320 px');
      const token = await askForLink(page);
      await expectNoSeriousAxeViolations(page, 'check your email at 320 px');
      await page.goto(`${test.baseUrl}/family/sign-in#token=${token}`);
      await page.getByRole('heading', { level: 1, name: 'Robin’s request' }).waitFor();
      expect(page.url()).not.toContain('token');
      expect(
        await page.getByRole('heading', { name: 'Your draft plan is ready for you to read' }).count(),
      ).toBe(1);
      expect(await page.getByText('You have 12 days left to comment on the draft plan.').count()).toBe(1);
      expect(
        await page.locator('p', { hasText: 'Your Family Link Officer is Test presenter.' }).count(),
      ).toBe(1);
      await expectNoSidewaysScroll(page, 'the request at 320 px');
      await expectNoSeriousAxeViolations(page, 'the request at 320 px');
      await screenshot(page, 'family-request-320');
      await page.setViewportSize(LAPTOP);
      await expectNoSeriousAxeViolations(page, 'the request at 1366 px');
      await screenshot(page, 'family-request-1366');
      // The link is spent: opening it again says so.
      await page.goto(`${test.baseUrl}/family/sign-in#token=${token}`);
      await page
        .getByText('This link has been used already. Each link works once.', { exact: false })
        .waitFor();
      await context.close();
    });

    it('refuses a link opened in another browser, and says what to do', async () => {
      const asking = await aBrowser();
      const token = await askForLink(asking.page);
      const other = await aBrowser();
      await other.page.goto(`${test.baseUrl}/family/sign-in#token=${token}`);
      await other.page.getByText(/Open the link on the same phone or computer/).waitFor();
      expect(await other.page.getByLabel('Your email address').count()).toBe(1);
      await expectNoSeriousAxeViolations(other.page, 'a refused link at 320 px');
      await Promise.all([asking.context.close(), other.context.close()]);
    });
  },
);
