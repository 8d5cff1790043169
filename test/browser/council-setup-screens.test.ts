import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { caseImportFile } from '../../apps/api/test/support/case-import-file.js';
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

/** The screens a council sets itself up with: its localities and their Family Link Officers, its agencies and teams. */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  "the administrator's localities and agencies pages in a real browser (needs Debian chromium)",
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let admin: TestUser;

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      admin = await aUser(dataSource, { roles: ['admin'] });
      const officers: string[] = [];
      for (const name of ['Nova Inkpot', 'Bartholomew Featherstonehaugh-Wrenfield']) {
        const flo = await aUser(dataSource, { roles: ['presenter'] });
        await dataSource.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [flo.id, name]);
        officers.push(flo.id);
      }
      await aCase(dataSource, { locality: 'northdale' });
      await aCase(dataSource, { locality: 'oldmere' });
      await dataSource.query(`UPDATE localities SET retired_at = now() WHERE code = 'oldmere'`);
      await dataSource.query(
        `INSERT INTO localities (code, name, is_vulnerable_pupils_team) VALUES ('vulnerable_pupils', 'Vulnerable pupils team', true)`,
      );
      await dataSource.query(
        `INSERT INTO locality_family_link_officers (locality_id, user_id)
         SELECT l.id, u FROM localities l, unnest($1::uuid[]) u WHERE l.code = 'northdale'`,
        [officers],
      );
      await anAgency(dataSource, 'salt', 'health');
      await anAgency(dataSource, 'camhs_north_and_west_locality_service', 'health');
      await dataSource.query(`UPDATE agencies SET retired_at = now() WHERE code = 'salt'`);
      await dataSource.query(
        `INSERT INTO threshold_criteria (item_kind, text, position) VALUES
           ('decision_to_assess', 'The school has run at least two cycles of assess, plan, do, review, with the SENCO and an outside specialist', 1),
           ('decision_to_issue', 'The child’s needs cannot be met from the resources ordinarily available to the school', 1)`,
      );
      await dataSource.query(
        `INSERT INTO meeting_groups (kind, name) VALUES ('dmg', 'Decision-Making Group (Wednesdays)')`,
      );
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    async function open(
      path: string,
      viewport: { width: number; height: number },
      heading: string,
    ): Promise<Page> {
      const code = await aTwoStepCode(test, admin);
      const page = await signInAs(browser, test.baseUrl, admin.email, admin.password, viewport, code);
      await page.waitForURL(`${test.baseUrl}/`);
      await page.goto(`${test.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      return page;
    }

    for (const [screen, viewport] of [
      ['laptop', LAPTOP],
      ['phone', PHONE],
    ] as const) {
      it(`shows the threshold criteria, the meeting groups and the case import on a ${screen}`, async () => {
        const page = await open('/admin/threshold-criteria', viewport, 'Threshold criteria');
        await page.getByText('two cycles of assess, plan, do, review', { exact: false }).first().waitFor();
        await expectNoSidewaysScroll(page, `the threshold criteria on a ${screen}`);
        await expectNoSeriousAxeViolations(page, `the threshold criteria on a ${screen}`);
        await screenshot(page, `admin-threshold-criteria-${screen}`);

        await page.goto(`${test.baseUrl}/admin/meeting-groups`);
        await page.getByRole('heading', { name: 'Decision-Making Group (Wednesdays)' }).waitFor();
        await page.getByRole('button', { name: 'Add the meeting group' }).click();
        await page.getByText('Select the kind of panel').first().waitFor();
        await expectNoSidewaysScroll(page, `the meeting groups on a ${screen}`);
        await expectNoSeriousAxeViolations(page, `the meeting groups on a ${screen}`);
        await screenshot(page, `admin-meeting-groups-${screen}`);

        await page.goto(`${test.baseUrl}/admin/case-import`);
        await page.getByRole('heading', { level: 1, name: 'Import cases' }).waitFor();
        await page.getByLabel('CSV file').setInputFiles({
          name: 'open-cases.csv',
          mimeType: 'text/csv',
          buffer: caseImportFile([
            {
              case_reference: 'EHC-26-0101',
              locality_code: 'nowhere_at_all_in_this_council',
              source: 'school',
            },
          ]),
        });
        await page.getByRole('button', { name: 'Import the cases' }).click();
        await page.getByRole('heading', { name: 'Rows to fix' }).waitFor();
        await expectNoSidewaysScroll(page, `the case import on a ${screen}`);
        await expectNoSeriousAxeViolations(page, `the case import on a ${screen}`);
        await screenshot(page, `admin-case-import-${screen}`);
        await page.close();
      });

      it(`shows the localities with their Family Link Officers on a ${screen}, and changes one in place`, async () => {
        const page = await open('/admin/localities', viewport, 'Localities');
        const northdale = page.getByRole('region', { name: 'Northdale' });
        await northdale.getByText('Bartholomew Featherstonehaugh-Wrenfield').waitFor();
        await expect.poll(() => page.getByRole('region', { name: /Oldmere.*Retired/ }).count()).toBe(1);
        await expectNoSidewaysScroll(page, `the localities on a ${screen}`);
        await expectNoSeriousAxeViolations(page, `the localities on a ${screen}`);
        await screenshot(page, `admin-localities-${screen}`);
        await northdale.getByRole('button', { name: 'Change Northdale' }).click();
        await northdale.getByRole('group', { name: 'Family Link Officers who work in it' }).waitFor();
        await expectNoSidewaysScroll(page, `changing a locality on a ${screen}`);
        await screenshot(page, `admin-locality-change-${screen}`);
        await page.close();
      });

      it(`shows the agencies and teams on a ${screen}, and renames one`, async () => {
        const page = await open('/admin/agencies', viewport, 'Agencies and teams');
        await page.getByRole('button', { name: 'Rename Agency salt' }).click();
        await page.getByLabel('New name for Agency salt').fill('Speech and Language Therapy');
        await page.getByRole('button', { name: 'Save the name' }).click();
        await page.getByText('Renamed to Speech and Language Therapy.').waitFor({ state: 'attached' });
        await expectNoSidewaysScroll(page, `the agencies on a ${screen}`);
        await expectNoSeriousAxeViolations(page, `the agencies on a ${screen}`);
        await screenshot(page, `admin-agencies-${screen}`);
        // Back to its first name for the other screen's run.
        await test.app.get(DataSource).query(`UPDATE agencies SET name = 'Agency salt' WHERE code = 'salt'`);
        await page.close();
      });
    }
  },
);
