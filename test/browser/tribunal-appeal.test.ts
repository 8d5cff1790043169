import { addDays, addWorkingDays, daysBetween, daysLeftInWords } from '@convene/domain';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../../apps/api/src/common/today.js';
import { longDate } from '../../apps/web/src/format.js';
import { aPdf } from '../../apps/api/test/support/evidence-files.js';
import { aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { aMeeting } from '../../apps/api/test/support/meeting-factory.js';
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
 * A family appeals to the First-tier Tribunal (SEND) against the panel's refusal to assess. Their Family Link Officer
 * records it on the case from registration to a conceded outcome: the response's clock in days left, the response
 * sent, the Tribunal's notice filed on the appeal, the concession and what it requires, which lands on the officer's
 * actions, on a laptop and on a phone.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'an appeal to the Tribunal, recorded on the case (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let flo: TestUser;
    let childId: string;
    const today = todayInEngland();
    const sentToUs = addDays(today, -5);

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      const chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
      flo = await aUser(dataSource, { roles: ['presenter'] });
      await dataSource.query(`UPDATE users SET display_name = 'Fran Officer' WHERE id = $1`, [flo.id]);
      // Six weeks ago the Decision-Making Group refused to assess; the letter went the next day.
      const meeting = await aMeeting(dataSource, {
        chair: chair.id,
        items: [{ kind: 'decision_to_assess' }],
      });
      await dataSource.query(
        `UPDATE meetings SET title = 'Decision-Making Group', status = 'ended',
                starts_at = $2::date + time '09:30', ends_at = $2::date + time '12:00', started_at = $2::date + time '09:30'
          WHERE id = $1`,
        [meeting.meetingId, addDays(today, -42)],
      );
      const [item] = await dataSource.query(
        `UPDATE agenda_items SET status = 'decided', outcome = 'refuse',
                outcome_reasons = 'Two more cycles of assess, plan, do, review at school first', decided_at = $2::date + time '10:00'
          WHERE id = $1
        RETURNING (SELECT child_id FROM ehc_requests WHERE id = agenda_items.request_id) AS child_id`,
        [meeting.itemIds[0], addDays(today, -42)],
      );
      childId = item[0].child_id;
      await dataSource.query(`UPDATE children SET family_link_officer_id = $2 WHERE id = $1`, [
        childId,
        flo.id,
      ]);
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    const register = (page: Page) => page.locator('section[aria-labelledby="case-disagreements-heading"]');
    const appeal = (page: Page) => register(page).locator('article.app-disagreement').first();
    /** The register alone, beside the full page, for a reviewer to read at the screen's own size. */
    const shootRegister = (page: Page, name: string) =>
      register(page).screenshot({
        path: new URL(`../../test-results/browser/${name}.png`, import.meta.url).pathname,
      });
    const status = (page: Page) => register(page).locator('p[role="status"]');

    async function recordStep(page: Page, what: string, on: string, more?: (page: Page) => Promise<unknown>) {
      const card = appeal(page);
      const details = card.locator('details', { hasText: 'Record what happened next' });
      if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
      await details.getByLabel('What happened').selectOption({ label: what });
      await more?.(page);
      await details.getByLabel('On', { exact: true }).fill(on);
      await details.getByRole('button', { name: 'Record', exact: true }).click();
      await expect.poll(() => status(page).textContent()).toBe(`${what}: recorded on the appeal.`);
    }

    it('goes from the appeal registered to the council conceding, with its clock, its papers and its actions', async () => {
      const page = await signInAs(browser, test.baseUrl, flo.email, flo.password, LAPTOP);
      await page.goto(`${test.baseUrl}/cases/${childId}`);
      await expect.poll(() => register(page).textContent()).toContain('No complaint, mediation or appeal');

      // The appeal registered, against the panel's refusal to assess.
      await register(page).getByText('Record a complaint, mediation or appeal').click();
      await page
        .getByLabel('What the family has done')
        .selectOption({ label: 'Appeal to the First-tier Tribunal (SEND)' });
      await page.getByLabel('The decision they challenge').selectOption({ label: 'Refusal to assess' });
      await page.getByLabel('The panel’s decision challenged (optional)').selectOption({
        label: `Decision to assess: Refuse (Decision-Making Group, ${longDate(addDays(today, -42))})`,
      });
      await page.getByLabel('Decision sent to the family on').fill(addDays(today, -41));
      await page.getByLabel('Received or registered on').fill(addDays(today, -7));
      await page.getByLabel('What the family disagrees with').fill('Appeal against the refusal to assess');
      await screenshot(page, 'tribunal-appeal-open-1366');
      await page.getByRole('button', { name: 'Record it' }).click();
      await expect.poll(() => status(page).textContent()).toBe('A new disagreement: recorded on the appeal.');
      await expect
        .poll(() => appeal(page).locator('h3').textContent())
        .toBe('Appeal to the First-tier Tribunal (SEND): Refusal to assess');

      // The Tribunal sends it to us: the response is due 30 working days on, shown in days left.
      await recordStep(page, 'The Tribunal sent us the appeal', sentToUs);
      const due = addWorkingDays(sentToUs, 30);
      const words = daysLeftInWords(daysBetween(today, due));
      const responseRow = appeal(page).locator('tr', {
        hasText: 'The council sends its response to the appeal',
      });
      await expect.poll(() => responseRow.textContent()).toContain(longDate(due));
      expect(await responseRow.locator('.govuk-tag').textContent()).toBe(
        words.charAt(0).toUpperCase() + words.slice(1),
      );
      expect(await responseRow.textContent()).toContain('The council · HESC Rules 2008, r.21');
      await expectNoSeriousAxeViolations(page, 'the appeal with its response due, 1366×768');
      await screenshot(page, 'tribunal-appeal-response-due-1366');

      // Our response sent.
      await recordStep(page, 'Our response sent', addDays(today, -1));
      await expect
        .poll(() => responseRow.locator('.govuk-tag').textContent())
        .toBe(`Done ${longDate(addDays(today, -1))}`);

      // The Tribunal's notice of the appeal, filed on it.
      const papers = appeal(page).locator('details', { hasText: 'Add a letter or Tribunal paper' });
      await papers.locator('summary').click();
      await papers.getByLabel('What it is').selectOption({ label: "The Tribunal's notice of the appeal" });
      await papers.getByLabel('Title').fill('Tribunal notice of appeal');
      await papers
        .getByLabel('File (PDF, Word or image, up to 20 MB)')
        .setInputFiles({ name: 'SEND41 notice.pdf', mimeType: 'application/pdf', buffer: aPdf('SEND41') });
      await papers.getByRole('button', { name: 'Add the document' }).click();
      await expect
        .poll(() => status(page).textContent())
        .toBe('The document “Tribunal notice of appeal”: recorded on the appeal.');
      const notice = appeal(page).getByRole('link', { name: 'Tribunal notice of appeal' });
      const href = await notice.getAttribute('href');
      const file = await page.request.get(`${test.baseUrl}${href}`);
      expect(file.status()).toBe(200);
      expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');

      // The council concedes: the outcome, then what the concession requires.
      await recordStep(page, 'How it ended', today, (p) =>
        appeal(p)
          .getByLabel('How it ended', { exact: true })
          .selectOption({ label: 'Conceded by the council' }),
      );
      await expect
        .poll(() => appeal(page).locator('p > strong').first().textContent())
        .toBe('Conceded by the council');
      await recordStep(page, 'What the council must now do', today, async (p) => {
        await appeal(p)
          .getByLabel('What the council must do')
          .selectOption({ label: 'Carry out the EHC needs assessment' });
        await appeal(p)
          .getByLabel('Where it comes from')
          .selectOption({ label: 'We told the Tribunal we will not oppose the appeal' });
      });
      await expect
        .poll(() => appeal(page).textContent())
        .toContain('The council must: Carry out the EHC needs assessment');
      const tellFamily = appeal(page).locator('tr', {
        hasText: 'Tell the family the assessment will be made',
      });
      await expect.poll(() => tellFamily.locator('.govuk-tag').textContent()).toBe('Due in 14 days');
      await expectNoSeriousAxeViolations(page, 'the conceded appeal, 1366×768');
      await screenshot(page, 'tribunal-appeal-conceded-1366');
      await shootRegister(page, 'tribunal-appeal-register-1366');

      // What the concession requires is on the officer's actions.
      await page.goto(`${test.baseUrl}/actions`);
      const action = page.locator('.app-action-list__item', {
        hasText: 'Tell the family the assessment will be made (SEND Regulations 2014, reg 45)',
      });
      await expect.poll(() => action.count()).toBe(1);
      expect(await action.textContent()).toContain('due in 14 days');
      await expectNoSeriousAxeViolations(page, 'the officer’s actions, 1366×768');
      await screenshot(page, 'tribunal-appeal-actions-1366');

      // The same on a phone.
      const phone = await signInAs(browser, test.baseUrl, flo.email, flo.password, PHONE);
      await phone.goto(`${test.baseUrl}/cases/${childId}`);
      await expect.poll(() => appeal(phone).textContent()).toContain('Tribunal notice of appeal');
      await appeal(phone).scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(phone, 'the case page with the appeal at 390 px');
      await expectNoSeriousAxeViolations(phone, 'the conceded appeal, 390×844');
      await screenshot(phone, 'tribunal-appeal-conceded-390');
      await shootRegister(phone, 'tribunal-appeal-register-390');
      await phone.goto(`${test.baseUrl}/actions`);
      await expect
        .poll(() => phone.getByText('Tell the family the assessment will be made', { exact: false }).count())
        .toBeGreaterThan(0);
      await expectNoSidewaysScroll(phone, 'the officer’s actions at 390 px');
      await screenshot(phone, 'tribunal-appeal-actions-390');
    });
  },
);
