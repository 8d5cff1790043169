import type { Browser, BrowserContext, Page } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPdf } from '../../apps/api/test/support/evidence-files.js';
import { aCase, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import {
  chromiumInstalled,
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  launchChromium,
  screenshot,
  signInAs,
} from './support/browser.js';
import { signInByFamilyLink } from './support/family.js';

const NARROWEST = { width: 320, height: 700 };
const LAPTOP = { width: 1366, height: 768 };

/**
 * The family's say in a real browser: the SEND manager tells families what changed ("You said, we did"); a parent
 * signs in by link on a narrow phone, sends their views as a small PDF, sees it listed, says how it is going, and
 * reads what the service changed. axe-core checks each page at 320 px and 1366 px.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'a parent has their say in a real browser (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let dataSource: DataSource;
    let manager: TestUser;
    let email: string;
    let childId: string;

    const checkBothWidths = async (page: Page, where: string) => {
      await page.setViewportSize(NARROWEST);
      await expectNoSidewaysScroll(page, `${where} at 320 px`);
      await expectNoSeriousAxeViolations(page, `${where} at 320 px`);
      await page.setViewportSize(LAPTOP);
      await expectNoSeriousAxeViolations(page, `${where} at 1366 px`);
      await page.setViewportSize(NARROWEST);
    };

    /** Signs the parent in with a link, in a browser of their own. */
    const parentSignsIn = async (): Promise<{ context: BrowserContext; page: Page }> => {
      const context = await browser.newContext({ viewport: NARROWEST, bypassCSP: true });
      const page = await context.newPage();
      await signInByFamilyLink(page, test.baseUrl, dataSource, email);
      await page.getByRole('heading', { level: 1, name: 'Robin’s request' }).waitFor();
      return { context, page };
    };

    beforeAll(async () => {
      test = await startListeningTestApp();
      dataSource = test.app.get(DataSource);
      browser = await launchChromium();
      manager = await aUser(dataSource, { roles: ['chair'] });
      const flo = await aUser(dataSource, { roles: ['presenter'] });
      ({ childId } = await aCase(dataSource, { flo: flo.id, givenName: 'Robin', receivedOn: '2026-09-07' }));
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

    it('the SEND manager publishes "You said, we did"', async () => {
      const page = await signInAs(browser, test.baseUrl, manager.email, manager.password, LAPTOP);
      await page.goto(`${test.baseUrl}/admin/you-said-we-did`);
      await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByRole('link', { name: 'Enter what families said' }).waitFor();
      await checkBothWidths(page, 'you said, we did with errors');
      await page.setViewportSize(LAPTOP);
      await page.getByLabel('You said').fill('Our letters were hard to understand.');
      await page.getByLabel('We did').fill('We rewrote our letters with the parent carer forum.');
      await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith('/api/you-said-we-did') && r.request().method() === 'POST',
        ),
        page.getByRole('button', { name: 'Publish' }).click(),
      ]);
      await page.getByText('Families see it').waitFor();
      await checkBothWidths(page, 'you said, we did for staff');
      await page.setViewportSize(LAPTOP);
      await screenshot(page, 'you-said-we-did-staff-1366');
      await page.context().close();
    });

    it('a parent sends their views, sees them listed, says how it is going and reads what changed', async () => {
      const { context, page } = await parentSignsIn();
      await page.getByRole('link', { name: 'Have your say about Robin’s request' }).click();
      await page.getByRole('heading', { level: 1, name: 'Have your say' }).waitFor();
      await page.getByText('You have not sent us any files yet.').waitFor();
      await checkBothWidths(page, 'have your say');

      // Nothing chosen: the error summary says what to do.
      await page.getByRole('button', { name: 'Send file' }).click();
      await page.getByRole('link', { name: 'Choose whose views these are' }).waitFor();
      await expectNoSeriousAxeViolations(page, 'have your say with errors at 320 px');

      await page.getByRole('radio', { name: 'Our views' }).check();
      await page.getByLabel('Choose a file').setInputFiles({
        name: 'our views.pdf',
        mimeType: 'application/pdf',
        buffer: aPdf('Our views'),
      });
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/views') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Send file' }).click(),
      ]);
      await page.getByRole('heading', { name: 'Thank you. We have your file' }).waitFor();
      const sent = page.locator('.app-family-sent__item');
      await sent.first().waitFor();
      expect(await sent.count()).toBe(1);
      expect(await sent.first().innerText()).toMatch(/Our views[\s\S]*our views\.pdf[\s\S]*by you/);

      await page.getByRole('radio', { name: 'Good', exact: true }).check();
      await page.getByLabel('What went well? (optional)').fill('The officer rang us back the same day.');
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/feedback')),
        page.getByRole('button', { name: 'Send feedback' }).click(),
      ]);
      await page.getByRole('heading', { name: 'Thank you for telling us' }).waitFor();
      await checkBothWidths(page, 'have your say, sent');
      await screenshot(page, 'family-our-say-320');
      await page.setViewportSize(LAPTOP);
      await screenshot(page, 'family-our-say-1366');
      await page.setViewportSize(NARROWEST);

      await page.getByRole('link', { name: 'See what we changed because of what families told us' }).click();
      await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
      await page.getByText('We rewrote our letters with the parent carer forum.').waitFor();
      await checkBothWidths(page, 'you said, we did for families');
      await screenshot(page, 'family-you-said-we-did-320');

      const stored = await dataSource.query(
        `SELECT kind, file_name FROM evidence_items WHERE child_id = $1`,
        [childId],
      );
      expect(stored).toEqual([{ kind: 'parent_views', file_name: 'our views.pdf' }]);
      await context.close();
    });
  },
);
