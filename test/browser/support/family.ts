import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';

/**
 * Asks for a sign-in link on the family sign-in page, as a parent types their address, and answers the token from
 * the email the outbox holds for them (no mail server in the tests).
 */
export async function askForFamilyLink(
  page: Page,
  baseUrl: string,
  dataSource: DataSource,
  email: string,
): Promise<string> {
  await page.goto(`${baseUrl}/family/sign-in`);
  await page.getByLabel('Your email address').fill(email);
  await Promise.all([
    page.waitForResponse('**/api/auth/family/link'),
    page.getByRole('button', { name: 'Email me a link' }).click(),
  ]);
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  const [message] = await dataSource.query<{ body_text: string }[]>(
    `SELECT body_text FROM outbound_messages WHERE address = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  return /#token=([A-Za-z0-9_-]+)/.exec(message!.body_text)![1]!;
}

/** Asks for a link and opens it in the same browser, as the parent taps it in their email. */
export async function signInByFamilyLink(
  page: Page,
  baseUrl: string,
  dataSource: DataSource,
  email: string,
): Promise<void> {
  const token = await askForFamilyLink(page, baseUrl, dataSource, email);
  await page.goto(`${baseUrl}/family/sign-in#token=${token}`);
}
