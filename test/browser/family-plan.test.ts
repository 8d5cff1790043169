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
  LAPTOP,
  launchChromium,
  PHONE,
  screenshot,
  signInAs,
} from './support/browser.js';
import { signInByFamilyLink } from './support/family.js';

const NARROWEST = { width: 320, height: 700 };

const daysAgo = (days: number) =>
  new Date(Date.parse(`${todayInEngland()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
/** "3 March 2027", as the page writes a day. */
const inWords = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * A parent signs in with an emailed link on a phone, reads their child's draft plan part by part, sends their comments
 * and the school they would like, and sees that we have them; the council's officer sees them on the case. After the
 * 15 days the form is gone and the page says when the time ended; the final plan is there to read. axe-core checks
 * each state at 320 px and 1366 px; screenshots at 390×844 and 1366×768.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'a parent reads the draft plan and tells us what they think, in a real browser (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let dataSource: DataSource;
    let flo: { id: string };

    /** A child whose draft plan was sent `sentDaysAgo` days ago, with parts A, F and I written. */
    async function aChildWithDraft(sentDaysAgo: number) {
      const { childId, requestId } = await aCase(dataSource, {
        flo: flo.id,
        givenName: 'Robin',
        receivedOn: '2026-07-06',
      });
      const sentOn = daysAgo(sentDaysAgo);
      await dataSource.query(
        `UPDATE ehc_requests SET stage = 'draft_issued', decision_to_assess_on = '2026-08-03',
                decision_to_issue_on = $2, draft_issued_on = $2 WHERE id = $1`,
        [requestId, sentOn],
      );
      await dataSource.query(
        `INSERT INTO plan_sections (request_id, section, text) VALUES
           ($1, 'a', $2), ($1, 'f', $3), ($1, 'i', 'To be named after we hear from you.')`,
        [
          requestId,
          'Robin loves trains and drawing maps.\nRobin wants to make friends and feel calm at school.',
          'A teaching assistant for 15 hours a week.\nSpeech and language therapy: 6 sessions each term.',
        ],
      );
      return { childId, requestId, sentOn };
    }

    /** A parent of the child, signed in with the link emailed to them, in a phone-sized browser of their own. */
    async function aSignedInParent(childId: string): Promise<{ context: BrowserContext; page: Page }> {
      const email = `parent-${randomBytes(4).toString('hex')}@family.example`;
      const [parent] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO users (email, display_name, agency_id, roles)
         SELECT $1, 'Sam Okafor', id, '{family}' FROM agencies WHERE code = 'families' RETURNING id`,
        [email],
      );
      await dataSource.query(
        `INSERT INTO family_links (user_id, child_id, kind, relationship, added_by) VALUES ($1, $2, 'parent_carer', 'Mum', $3)`,
        [parent!.id, childId, flo.id],
      );
      // bypassCSP only so axe-core can be injected; the product's own CSP allows no inline script.
      const context = await browser.newContext({ viewport: NARROWEST, bypassCSP: true });
      const page = await context.newPage();
      await signInByFamilyLink(page, test.baseUrl, dataSource, email);
      await page.getByRole('heading', { level: 1, name: 'Robin’s request' }).waitFor();
      return { context, page };
    }

    /** axe-clean and no sideways scroll at 320 px and 1366 px; full-page screenshots on a phone and a laptop. */
    async function checkAndShoot(page: Page, name: string): Promise<void> {
      await page.setViewportSize(NARROWEST);
      await expectNoSidewaysScroll(page, `${name} at 320 px`);
      await expectNoSeriousAxeViolations(page, `${name} at 320 px`);
      await page.setViewportSize(PHONE);
      await screenshot(page, `${name}-390`);
      await page.setViewportSize(LAPTOP);
      await expectNoSeriousAxeViolations(page, `${name} at 1366 px`);
      await screenshot(page, `${name}-1366`);
      await page.setViewportSize(NARROWEST);
    }

    beforeAll(async () => {
      test = await startListeningTestApp();
      dataSource = test.app.get(DataSource);
      browser = await launchChromium();
      flo = await aUser(dataSource, { roles: ['presenter'] });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    it('opens the draft from the request, sends comments and a preferred school, and shows they arrived', async () => {
      const { childId, sentOn } = await aChildWithDraft(3);
      const { context, page } = await aSignedInParent(childId);
      expect(await page.getByText('12 days left', { exact: true }).count()).toBe(1);
      await page.getByRole('link', { name: 'Read the draft plan and tell us what you think' }).click();
      await page.getByRole('heading', { level: 1, name: 'Robin’s draft plan' }).waitFor();
      expect(await page.getByText(`We sent it on ${inWords(sentOn)}.`, { exact: false }).count()).toBe(1);
      expect(await page.getByText('You have 12 days left to tell us what you think.').count()).toBe(1);
      // Every part in plain words, the plan's own line breaks kept.
      await page.getByRole('heading', { level: 2, name: 'F: The help I will get at school' }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: /^[A-K]\d?: / }).count()).toBe(12);
      const partA = page.locator('#part-a p');
      expect(await partA.innerText()).toBe(
        'Robin loves trains and drawing maps.\nRobin wants to make friends and feel calm at school.',
      );
      await checkAndShoot(page, 'family-plan-draft-open');

      // Sent empty: the error summary says what to do, and takes the focus.
      await page.getByRole('button', { name: 'Send my comments' }).click();
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      expect(await page.getByRole('link', { name: 'Write what you think of the draft plan' }).count()).toBe(
        1,
      );

      await page
        .getByLabel('What do you think of the draft plan?')
        .fill('Part F: Robin needs speech therapy every week, not 6 times a term.');
      expect(await page.getByText('You have 9,934 characters left').count()).toBe(1);
      await page.getByLabel('Which school or college would you like? (optional)').fill('Oak Hill Primary');
      await Promise.all([
        page.waitForResponse('**/plan/comments'),
        page.getByRole('button', { name: 'Send my comments' }).click(),
      ]);
      await page.getByRole('heading', { name: 'We have your comments' }).waitFor();
      await page.getByRole('heading', { name: 'What you have sent' }).waitFor();
      expect(
        await page.getByText('Part F: Robin needs speech therapy every week, not 6 times a term.').count(),
      ).toBe(1);
      expect(await page.getByText('Oak Hill Primary').count()).toBe(1);
      await checkAndShoot(page, 'family-plan-draft-sent');
      await context.close();

      // The council's officer sees them on the case.
      const chair = await aUser(dataSource, { roles: ['chair'] });
      const staff = await signInAs(browser, test.baseUrl, chair.email, chair.password, LAPTOP);
      await staff.goto(`${test.baseUrl}/cases/${childId}`);
      await staff.getByRole('heading', { name: 'Family’s comments on the draft plan' }).waitFor();
      expect(await staff.getByText('Oak Hill Primary').count()).toBe(1);
      expect(await staff.getByText(/^Sam Okafor \(Mum\), /).count()).toBe(1);
      await expectNoSeriousAxeViolations(staff, 'the case page with the family’s comments');
      await staff.locator('section[aria-labelledby="draft-plan-comments-heading"]').screenshot({
        path: new URL('../../test-results/browser/case-draft-plan-comments-1366.png', import.meta.url)
          .pathname,
      });
      await staff.context().close();
    });

    it('after the 15 days shows when the time ended, with no form', async () => {
      const { childId, sentOn } = await aChildWithDraft(20);
      const { context, page } = await aSignedInParent(childId);
      await page.getByRole('link', { name: 'Read the draft plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Robin’s draft plan' }).waitFor();
      const lastDay = inWords(
        new Date(Date.parse(`${sentOn}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10),
      );
      expect(await page.getByText(`The time to comment ended on ${lastDay}.`).count()).toBe(1);
      expect(await page.getByText('Contact your Family Link Officer.').count()).toBe(1);
      expect(await page.getByLabel('What do you think of the draft plan?').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Send my comments' }).count()).toBe(0);
      await checkAndShoot(page, 'family-plan-draft-closed');
      await context.close();
    });

    it('shows the final plan to read, with no form', async () => {
      const { childId, requestId } = await aChildWithDraft(30);
      await dataSource.query(
        `UPDATE ehc_requests SET stage = 'final_issued', final_issued_on = $2 WHERE id = $1`,
        [requestId, daysAgo(2)],
      );
      const { context, page } = await aSignedInParent(childId);
      await page.getByRole('link', { name: 'Read the final plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Robin’s final plan' }).waitFor();
      expect(await page.getByText(`We sent it on ${inWords(daysAgo(2))}.`, { exact: false }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Send my comments' }).count()).toBe(0);
      await checkAndShoot(page, 'family-plan-final');
      await context.close();
    });
  },
);
