import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseImportFile } from '../../apps/api/test/support/case-import-file.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import { chromiumInstalled, launchChromium, LAPTOP, screenshot } from './support/browser.js';

const run = promisify(execFile);
const ADMIN = { email: 'jo.bloggs@council.example', password: 'the first administrator’s password' };
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const nextWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/**
 * A council's own installation from empty (DEMO_DATA=off): the first administrator from the command line, then
 * everything else through the screens only, to a first Decision-Making Group whose agenda holds imported cases.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'the first day of an empty installation, in a real browser (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      test = await startListeningTestApp();
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    const submit = (button: string) => page.getByRole('button', { name: button, exact: true }).click();
    const said = (words: string) => page.getByText(words).waitFor({ state: 'attached' });
    async function visit(path: string, heading: string): Promise<void> {
      await page.goto(`${test.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }

    it('creates the first administrator with npm run create-admin’s script, who sets up two-step sign-in', async () => {
      const made = await run(
        process.execPath,
        ['docker/create-admin.mjs', '--email', ADMIN.email, '--name', 'Jo Bloggs'],
        { env: { ...process.env, DATABASE_URL: test.database.url, ADMIN_PASSWORD: ADMIN.password } },
      );
      expect(made.stdout).toContain(`created the service administrator ${ADMIN.email}`);
      const context = await browser.newContext({ viewport: LAPTOP, bypassCSP: true });
      page = await context.newPage();
      await page.goto(`${test.baseUrl}/sign-in`);
      await page.getByLabel('Email address').fill(ADMIN.email);
      await page.getByLabel('Password').fill(ADMIN.password);
      await submit('Sign in');
      await page.waitForURL(`${test.baseUrl}/account/two-step`);
      await submit('Set up two-step sign-in');
      await page.getByText('I cannot scan the QR code').click();
      const secret = (await page.getByTestId('two-step-secret').textContent())!.replace(/\s/g, '');
      await page.getByLabel('Enter the 6-digit code the app shows').fill(await generate({ secret }));
      await submit('Turn on two-step sign-in');
      await expect
        .poll(() => page.getByTestId('recovery-codes').locator('li').count(), { timeout: 15_000 })
        .toBe(10);
    }, 60_000);

    it('adds a locality and an agency, then the users, then the locality’s Family Link Officer', async () => {
      await visit('/admin/localities', 'Localities');
      await said('There are no localities yet');
      await page.getByLabel('Name', { exact: true }).fill('Northdale');
      await page.getByLabel('Code', { exact: true }).fill('northdale');
      await submit('Add the locality');
      await said('Northdale added.');

      await visit('/admin/agencies', 'Agencies and teams');
      await page.getByLabel('Name', { exact: true }).fill('Educational Psychology Service');
      await page.getByLabel('Code', { exact: true }).fill('ep');
      await page.getByLabel('Kind').selectOption('ep_service');
      await submit('Add the agency or team');
      await said('Educational Psychology Service added.');

      await visit('/admin/users', 'Users');
      for (const [name, email, agency, role] of [
        ['Nova Inkpot', 'nova.inkpot@council.example', 'SEND service', 'Family Link Officer (presenter)'],
        [
          'Priya Quillfeather',
          'priya.quillfeather@council.example',
          'Educational Psychology Service',
          'Panel member',
        ],
      ] as const) {
        await page.getByLabel('Full name').fill(name);
        await page.getByLabel('Email address').fill(email);
        await page.getByLabel('Agency').selectOption({ label: agency });
        await page.getByRole('group', { name: 'Roles' }).getByLabel(role).check();
        await page.getByLabel(/^Password/).fill('a long enough password');
        await submit('Add user');
        await said(`${name} added.`);
      }

      await visit('/admin/localities', 'Localities');
      const northdale = page.getByRole('region', { name: 'Northdale' });
      await northdale.getByRole('button', { name: 'Change Northdale' }).click();
      await northdale.getByLabel('Nova Inkpot').check();
      await northdale.getByRole('button', { name: 'Save the changes' }).click();
      await northdale.getByText('Nova Inkpot').waitFor();
    }, 60_000);

    it('sets up the Decision-Making Group, a threshold criterion, and imports the open cases', async () => {
      await visit('/admin/meeting-groups', 'Meeting groups');
      await page.getByLabel('Kind of panel').selectOption('dmg');
      await page.getByLabel('Name', { exact: true }).fill('Decision-Making Group (Wednesdays)');
      await submit('Add the meeting group');
      const group = page.getByRole('region', { name: 'Decision-Making Group (Wednesdays)' });
      await group.waitFor();
      for (const [name, agency, part] of [
        ['Priya Quillfeather', 'Educational Psychology Service', 'Voting member'],
        ['Nova Inkpot', 'SEND service', 'Presenter'],
      ] as const) {
        await group.getByLabel('Person').selectOption({ label: `${name} (${agency})` });
        await group.getByLabel('Part').selectOption({ label: part });
        await group.getByRole('button', { name: /Add to/ }).click();
        await group.getByText(`${name}, ${part}`).waitFor();
      }

      await visit('/admin/threshold-criteria', 'Threshold criteria');
      await page.getByLabel('Decision', { exact: true }).selectOption('decision_to_assess');
      await page
        .getByLabel('Words of the criterion')
        .fill('The school has run at least two cycles of assess, plan, do, review');
      await submit('Add the criterion');
      await said('Criterion added to Decision to assess.');

      await visit('/admin/case-import', 'Import cases');
      const folder = mkdtempSync(join(tmpdir(), 'convene-first-day-'));
      const file = join(folder, 'open-cases.csv');
      const row = (reference: string, received: number, locality = 'northdale') => ({
        case_reference: reference,
        given_name: 'Ottilie',
        family_name: 'Brackenbury',
        date_of_birth: '2016-04-01',
        year_group: '4',
        locality_code: locality,
        flo_email: 'nova.inkpot@council.example',
        primary_need: 'communication_interaction',
        received_on: daysAgo(received),
        source: 'school',
        stage: 'received',
      });
      writeFileSync(
        file,
        caseImportFile([row('EHC-26-0001', 20), row('EHC-26-0002', 15), row('EHC-26-0003', 12, 'nowhere')]),
      );
      await page.getByLabel('CSV file').setInputFiles(file);
      await submit('Import the cases');
      const count = (label: string) =>
        page.locator('.govuk-summary-list__row', { hasText: label }).locator('dd').textContent();
      await expect.poll(() => count('New cases')).toBe('2');
      expect(await count('Rows not imported')).toBe('1');
      await page.getByRole('cell', { name: 'EHC-26-0003' }).waitFor();
      await screenshot(page, 'first-day-import');
    }, 60_000);

    it('arranges the first weekly Decision-Making Group, whose agenda holds the imported cases', async () => {
      await visit('/meetings', 'Meetings');
      await page.getByText('Arrange a meeting').click();
      await page.getByLabel('Panel').selectOption('dmg');
      await page.getByLabel('Date').fill(nextWeek());
      await page.getByLabel('Also arrange it each following week, for this many weeks').fill('3');
      await submit('Arrange the meeting');
      await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
      for (const reference of ['EHC-26-0001', 'EHC-26-0002'])
        await page.getByText(reference).first().waitFor({ timeout: 15_000 });
      await screenshot(page, 'first-day-first-meeting');
      await visit('/meetings', 'Meetings');
      await expect.poll(() => page.getByRole('link', { name: /Decision-Making Group/ }).count()).toBe(4);
    }, 60_000);
  },
);
