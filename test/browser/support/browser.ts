import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium: browser tests never download a browser of their own. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumInstalled = existsSync(CHROMIUM);
const SCREENSHOTS = new URL('../../../test-results/browser/', import.meta.url);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The screens the room is checked on: a council laptop, a meeting-room screen, and a phone. */
export const LAPTOP = { width: 1366, height: 768 };
export const LARGE_SCREEN = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };

/** Signs in through the sign-in page; with `twoStepCode`, gives it when the page asks for the code. */
export async function signInAs(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  viewport = { width: 1280, height: 900 },
  twoStepCode?: string,
): Promise<Page> {
  // bypassCSP only so axe-core can be injected; the product's own CSP allows no inline script.
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await Promise.all([
    page.waitForResponse('**/api/auth/sign-in'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  if (twoStepCode === undefined) return page;
  await page.getByLabel('Code from your authenticator app').fill(twoStepCode);
  await Promise.all([
    page.waitForResponse('**/api/auth/sign-in'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core on the page and fails on any serious or critical accessibility violation. */
export async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${where}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/** Fails unless the whole element is on screen as the page stands: no scrolling needed to see or press it. */
export async function expectInViewport(locator: Locator, what: string): Promise<void> {
  const box = await locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return {
      top: rect.top,
      bottom: rect.bottom,
      left: rect.left,
      right: rect.right,
      width: innerWidth,
      height: innerHeight,
    };
  });
  expect(
    box.top >= 0 && box.left >= 0 && box.bottom <= box.height && box.right <= box.width,
    `${what} is off screen: ${JSON.stringify(box)}`,
  ).toBe(true);
}

/** What has the keyboard focus now, as a person would name it: its id, or its text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page itself';
    return element.id ? `#${element.id}` : (element.textContent ?? '').trim().replace(/\s+/g, ' ');
  });
}

/** Fails if the page scrolls sideways: everything fits the width of the window, or scrolls inside its own box. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}
