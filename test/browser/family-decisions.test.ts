import type { Browser, Page } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser } from '../../apps/api/test/support/factories.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import {
  chromiumInstalled,
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  launchChromium,
  screenshot,
} from './support/browser.js';
import { signInByFamilyLink } from './support/family.js';

const NARROWEST = { width: 320, height: 700 };
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

/**
 * A parent signs in on a narrow phone with the link emailed to them, reads what the council decided, downloads the
 * letter, and sees who was asked for advice and whether it is back. axe-core checks the page at 320 px and 1366 px.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  "a parent reads the council's decisions and the advice asked for in a real browser (needs Debian chromium)",
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let dataSource: DataSource;
    let email: string;
    let robinId: string;
    let alexId: string;

    const signInByLink = async (page: Page): Promise<void> => {
      await signInByFamilyLink(page, test.baseUrl, dataSource, email);
    };

    beforeAll(async () => {
      test = await startListeningTestApp();
      dataSource = test.app.get(DataSource);
      browser = await launchChromium();
      const flo = await aUser(dataSource, { roles: ['presenter'] });
      const head = await aUser(dataSource, { roles: ['chair'] });
      const { childId, requestId } = await aCase(dataSource, {
        flo: flo.id,
        givenName: 'Robin',
        receivedOn: '2026-09-07',
      });
      robinId = childId;
      // Robin's older brother has a final plan, reviewed once.
      const alex = await aCase(dataSource, { flo: flo.id, givenName: 'Alex', receivedOn: '2024-09-02' });
      alexId = alex.childId;
      await dataSource.query(
        `UPDATE ehc_requests SET stage = 'final_issued', decision_to_assess_on = '2024-10-07',
                decision_to_issue_on = '2024-12-09', draft_issued_on = '2025-01-06', final_issued_on = '2025-01-20'
          WHERE id = $1`,
        [alex.requestId],
      );
      await dataSource.query(
        `INSERT INTO annual_reviews (child_id, request_id, counts_from, due_on, review_meeting_on)
         VALUES ($1, $2, '2025-01-20', '2026-01-19', '2025-12-08')`,
        [alex.childId, alex.requestId],
      );
      // Decided alone by the Head of Service under the scheme of delegation, then advice asked.
      const [rule] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO delegation_rules (kind, role) VALUES ('decision_to_assess', 'chair')
           ON CONFLICT (kind, role) DO UPDATE SET active = true RETURNING id`,
      );
      await dataSource.query(
        `INSERT INTO delegated_decisions (child_id, kind, request_id, outcome, reasons, rule_id, decided_by, noted_by, decided_at)
         VALUES ($1, 'decision_to_assess', $2, 'agree', 'Two cycles of support; needs beyond SEN support.', $3, $4, 'dmg', '2026-10-05T10:00:00Z')`,
        [childId, requestId, rule!.id, head.id],
      );
      await dataSource.query(
        `UPDATE ehc_requests SET stage = 'assessment', decision_to_assess_on = '2026-10-05' WHERE id = $1`,
        [requestId],
      );
      const salt = await anAgency(dataSource, 'salt', 'health');
      await dataSource.query(
        `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, returned_on, status)
         VALUES ($1, NULL, 'educational_psychology', '2026-10-06', '2026-11-10', 'returned'),
                ($1, $2, 'health', '2026-10-06', NULL, 'with_team')`,
        [requestId, salt],
      );
      email = `parent-${randomBytes(4).toString('hex')}@family.example`;
      const [parent] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO users (email, display_name, agency_id, roles)
         SELECT $1, 'Sam Okafor', id, '{family}' FROM agencies WHERE code = 'families' RETURNING id`,
        [email],
      );
      for (const child of [childId, alex.childId])
        await dataSource.query(
          `INSERT INTO family_links (user_id, child_id, kind, relationship, added_by) VALUES ($1, $2, 'parent_carer', 'Mum', $3)`,
          [parent!.id, child, flo.id],
        );
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    it('reads the decision, downloads its letter and sees the advice asked for, on a 320 px phone', async () => {
      // bypassCSP only so axe-core can be injected; the product's own CSP allows no inline script.
      const context = await browser.newContext({
        viewport: NARROWEST,
        bypassCSP: true,
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await signInByLink(page);
      await page.getByRole('link', { name: 'Robin’s request' }).click();
      await page.getByRole('heading', { level: 1, name: 'Robin’s request' }).waitFor();
      expect(page.url()).toContain(robinId);
      await page.getByRole('heading', { name: 'What we decided' }).waitFor();
      const decision = page.locator('[data-test="decision"]');
      await decision.first().waitFor();
      expect(await decision.count()).toBe(1);
      expect(await decision.innerText()).toContain('We decided to carry out an assessment of Robin’s needs.');
      expect(await decision.innerText()).toContain('On 5 October 2026.');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /Download the letter \(PDF\)/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^EHC-T-[0-9A-F]+-decision-assessment-yes\.pdf$/);
      const pdf = await readFile(await download.path());
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

      const advice = page.locator('[data-test="advice"]');
      await advice.first().waitFor();
      expect(await advice.count()).toBe(2);
      const adviceText = await page.locator('.app-family-advice').innerText();
      expect(adviceText).toContain('Speech and language therapist');
      expect(adviceText).toContain('Educational psychologist');
      expect(adviceText).toContain('Back on 10 November 2026');

      // The link keeps the focus after the download; the pictures show the page at rest.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await expectNoSidewaysScroll(page, 'decisions and advice at 320 px');
      await expectNoSeriousAxeViolations(page, 'decisions and advice at 320 px');
      await screenshot(page, 'family-decisions-320');
      await page.setViewportSize(PHONE);
      await screenshot(page, 'family-decisions-390');
      await page.setViewportSize(LAPTOP);
      await expectNoSeriousAxeViolations(page, 'decisions and advice at 1366 px');
      await screenshot(page, 'family-decisions-1366');

      // The brother's plan: its last review and when the next one is due.
      await page.setViewportSize(NARROWEST);
      await page.goto(`${test.baseUrl}/family/children/${alexId}`);
      await page.getByRole('heading', { name: 'Reviews of the plan' }).waitFor();
      const reviews = await page.locator('[data-test="reviews"]').innerText();
      expect(reviews).toContain('8 December 2025');
      expect(reviews).toContain('By 7 December 2026');
      expect(
        await page
          .getByText('The letters about our decisions are not on this page yet.', { exact: false })
          .count(),
      ).toBe(1);
      await expectNoSidewaysScroll(page, 'the plan’s reviews at 320 px');
      await expectNoSeriousAxeViolations(page, 'the plan’s reviews at 320 px');
      await page.setViewportSize(PHONE);
      await screenshot(page, 'family-reviews-390');
      await page.setViewportSize(LAPTOP);
      await expectNoSeriousAxeViolations(page, 'the plan’s reviews at 1366 px');
      await screenshot(page, 'family-reviews-1366');
      await context.close();
    });
  },
);
