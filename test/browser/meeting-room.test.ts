import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { aMeeting, type TestMeeting } from '../../apps/api/test/support/meeting-factory.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import { chromiumInstalled, expectNoSeriousAxeViolations, launchChromium, screenshot, signInAs } from './support/browser.js';

/**
 * A chair and three members, each in their own browser, run a decision in the live room: a recusal,
 * hidden votes, the reveal and a refusal with reasons. axe-core checks each page they use.
 */
// In CI the browser must be there: a missing one fails rather than skips.
describe.skipIf(!chromiumInstalled && !process.env.CI)('a Decision-Making Group in real browsers (needs Debian chromium)', () => {
  let test: ListeningTestApp;
  let browser: Browser;
  let chair: TestUser;
  let members: TestUser[];
  let meeting: TestMeeting;

  beforeAll(async () => {
    test = await startListeningTestApp();
    const dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
    members = [];
    for (let i = 0; i < 3; i++) members.push(await aUser(dataSource, { roles: ['panel_member'] }));
    await dataSource.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [chair.id, 'Morgan Chair']);
    for (const [i, name] of ['Ash Member', 'Bo Member', 'Cy Member'].entries()) {
      await dataSource.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [members[i]!.id, name]);
    }
    meeting = await aMeeting(dataSource, { chair: chair.id, members: members.map((m) => m.id), items: [{}, { kind: 'decision_to_issue' }] });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await test?.close();
  });

  it('runs a vote from opening to a recorded refusal, with every vote hidden until the reveal', async () => {
    const room = `${test.baseUrl}/meetings/${meeting.meetingId}`;
    const chairPage = await signInAs(browser, test.baseUrl, chair.email, chair.password);
    await chairPage.goto(room);
    await chairPage.getByRole('button', { name: 'Start the meeting' }).click();
    await chairPage.getByText('In progress').waitFor();

    const memberPages: Page[] = [];
    for (const member of members) {
      const page = await signInAs(browser, test.baseUrl, member.email, member.password);
      await page.goto(room);
      await page.getByRole('heading', { level: 1 }).waitFor();
      memberPages.push(page);
    }
    await chairPage.getByRole('button', { name: /^Discuss EHC-/ }).first().click();
    await chairPage.getByRole('button', { name: 'Open voting' }).click();

    // The third member declares an interest and steps out of the vote.
    const [ash, bo, cy] = memberPages as [Page, Page, Page];
    await cy.getByText('Declare an interest in this item').click();
    await cy.getByLabel('Your interest').fill('I know the family');
    await cy.getByRole('button', { name: 'Declare and step out of this vote' }).click();
    await expect.poll(() => cy.getByText('Your vote').count()).toBe(0);

    for (const [page, choice, reason] of [
      [ash, 'Refuse', 'Only one APDR cycle so far'],
      [bo, 'Refuse', 'School should try a further cycle first'],
    ] as const) {
      await page.getByLabel(choice).check();
      await page.getByLabel('Reason').fill(reason);
      await page.getByRole('button', { name: 'Cast my vote' }).click();
      await page.getByText('You voted:').waitFor();
    }
    await chairPage.getByText('2 of 3 members have voted').waitFor();
    // The projector view shows the case reference and the count, never a name or a vote.
    const display = await chairPage.context().newPage();
    await display.goto(`${room}/display`);
    await display.getByText('2 of 3 voted').waitFor();
    const shown = await display.locator('.app-display').innerText();
    expect(shown).toMatch(/EHC-/);
    expect(shown).not.toContain('Wobbly');
    expect(shown).not.toContain('Refuse');
    await screenshot(display, 'room-display');
    await expectNoSeriousAxeViolations(display, 'the room display');
    await display.close();
    // Before the reveal nobody's page shows another member's reason.
    expect(await bo.content()).not.toContain('Only one APDR cycle so far');
    expect(await chairPage.content()).not.toContain('School should try a further cycle first');
    await screenshot(bo, 'member-voted');

    // Two of three voting members, one recused: not quorate, so the chair records why.
    await chairPage.getByRole('button', { name: 'Close voting' }).click();
    await chairPage.getByLabel(/not quorate/).fill('One member recused; two agreed members present');
    await chairPage.getByRole('button', { name: 'Close voting' }).click();
    await chairPage.getByRole('button', { name: 'Reveal the votes' }).click();
    await ash.getByRole('table', { name: 'Votes' }).getByText('School should try a further cycle first').waitFor();

    await chairPage.getByLabel('Decision').selectOption('refuse');
    await chairPage.getByLabel('Reasons (required)').fill('Evidence of only one cycle of the graduated approach');
    await chairPage.getByLabel(/Conditions or recommendations/).fill('A further APDR cycle with EP involvement');
    await chairPage.getByRole('button', { name: 'Record the decision' }).click();
    await cy.getByText('Evidence of only one cycle of the graduated approach').waitFor();
    await screenshot(chairPage, 'chair-decision-recorded');

    await expectNoSeriousAxeViolations(chairPage, 'the meeting room, as chair');
    await expectNoSeriousAxeViolations(ash, 'the meeting room, as member');
  }, 90_000);

  it('has no serious accessibility problems on the sign-in, meetings and caseload pages', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const anonymous = await context.newPage();
    await anonymous.goto(`${test.baseUrl}/sign-in`);
    await anonymous.getByRole('heading', { name: 'Sign in to Convene' }).waitFor();
    await expectNoSeriousAxeViolations(anonymous, 'sign-in');

    const page = await signInAs(browser, test.baseUrl, chair.email, chair.password);
    await page.goto(`${test.baseUrl}/meetings`);
    await page.getByRole('table').waitFor();
    await expectNoSeriousAxeViolations(page, 'meetings');
    await page.goto(`${test.baseUrl}/cases`);
    await page.locator('table.app-caseload').waitFor();
    await expectNoSeriousAxeViolations(page, 'caseload');
    await page.locator('table.app-caseload a').first().click();
    await page.getByRole('heading', { name: 'Timeline' }).first().waitFor();
    await expectNoSeriousAxeViolations(page, 'case page');
    await screenshot(page, 'case-page');
  }, 60_000);
});
