import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { aTwoStepCode } from '../../apps/api/test/support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import {
  chromiumInstalled,
  expectNoSeriousAxeViolations,
  launchChromium,
  LAPTOP,
  PHONE,
  screenshot,
} from './support/browser.js';

/** Signing in in two steps, and an administrator setting up their authenticator app, on a laptop and a phone. */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'two-step sign-in in a real browser (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let dataSource: DataSource;

    beforeAll(async () => {
      test = await startListeningTestApp();
      dataSource = test.app.get(DataSource);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    async function signInPage(viewport: { width: number; height: number }, user: TestUser): Promise<Page> {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${test.baseUrl}/sign-in`);
      await page.getByLabel('Email address').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      return page;
    }

    for (const [screen, viewport] of [
      ['laptop', LAPTOP],
      ['phone', PHONE],
    ] as const) {
      it(`asks for the code after the password, and signs in with it (${screen})`, async () => {
        const member = await aUser(dataSource, { twoStep: true });
        await dataSource.query(`UPDATE users SET display_name = 'Sasha Penwhistle' WHERE id = $1`, [
          member.id,
        ]);
        const page = await signInPage(viewport, member);
        const codeField = page.getByLabel('Code from your authenticator app');
        await codeField.waitFor();
        await expectNoSeriousAxeViolations(page, 'the sign-in page asking for the code');
        await screenshot(page, `two-step-sign-in-code-${screen}`);
        await codeField.fill('000000');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('not right');
        await screenshot(page, `two-step-sign-in-wrong-code-${screen}`);
        await codeField.fill(await aTwoStepCode(test, member));
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${test.baseUrl}/`);
        await expect
          .poll(() => page.locator('.app-service-header__account').textContent())
          .toContain('Sasha');
        await page.context().close();
      });

      it(`sends an administrator without it to set it up, with a QR code and recovery codes (${screen})`, async () => {
        const admin = await aUser(dataSource, { roles: ['admin'], twoStep: false });
        const page = await signInPage(viewport, admin);
        await page.waitForURL(`${test.baseUrl}/account/two-step`);
        await page.getByRole('button', { name: 'Set up two-step sign-in' }).waitFor();
        await screenshot(page, `two-step-required-${screen}`);
        // Every other page sends them back here.
        await page.goto(`${test.baseUrl}/admin/users`);
        await page.waitForURL(`${test.baseUrl}/account/two-step`);
        await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
        await page.getByAltText('QR code for your authenticator app').waitFor();
        await page.getByText('I cannot scan the QR code').click();
        await expectNoSeriousAxeViolations(page, 'setting up two-step sign-in');
        await screenshot(page, `two-step-enrol-${screen}`);
        const secret = (await page.getByTestId('two-step-secret').textContent())!.replace(/\s/g, '');
        await page.getByLabel('Enter the 6-digit code the app shows').fill(await generate({ secret }));
        await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
        // Ten recovery codes are hashed before they are shown: on a busy machine that takes more than a second.
        await expect
          .poll(() => page.getByTestId('recovery-codes').locator('li').count(), { timeout: 15_000 })
          .toBe(10);
        await screenshot(page, `two-step-recovery-codes-${screen}`);
        await page.getByRole('link', { name: 'Continue' }).click();
        await page.goto(`${test.baseUrl}/admin/users`);
        await page.getByRole('heading', { name: 'Users' }).waitFor();
        await expect
          .poll(() => page.getByRole('button', { name: /Reset two-step sign-in/ }).count())
          .toBeGreaterThan(0);
        await screenshot(page, `admin-users-reset-two-step-${screen}`);
        await page.goto(`${test.baseUrl}/account/two-step`);
        await page.getByText('Administrators must keep two-step sign-in on').waitFor();
        await screenshot(page, `two-step-on-${screen}`);
        await page.context().close();
      });
    }

    it('tells the user of failed attempts at their account when they sign in', async () => {
      const member = await aUser(dataSource);
      for (const [screen, viewport] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const) {
        for (let i = 0; i < 3; i++)
          await fetch(`${test.baseUrl}/api/auth/sign-in`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: member.email, password: `guess ${i}` }),
          });
        const page = await signInPage(viewport, member);
        await page.getByTestId('failed-sign-ins').waitFor();
        await screenshot(page, `failed-sign-ins-notice-${screen}`);
        await page.context().close();
      }
    });
  },
  120_000,
);
