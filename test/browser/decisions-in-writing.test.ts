import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { MeetingClient } from '../../apps/api/test/support/meeting-client.js';
import { aMeeting, type TestMeeting } from '../../apps/api/test/support/meeting-factory.js';
import { signIn } from '../../apps/api/test/support/sign-in.js';
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
 * A group's chair puts an urgent case to its members in writing; a member votes from their page with a reason; the
 * chair reveals and records the decision; at the group's next sitting it is on the chair's rail for noting.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)('decisions in writing (needs Debian chromium)', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let browser: Browser;
  let chair: TestUser;
  let members: TestUser[];
  let next: TestMeeting;

  beforeAll(async () => {
    test = await startListeningTestApp();
    dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
    members = [];
    for (const name of ['Ash Psychologist', 'Bea Virtual School', 'Cal Manager']) {
      const member = await aUser(dataSource, { roles: ['panel_member'] });
      await dataSource.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [member.id, name]);
      members.push(member);
    }
    await dataSource.query(`UPDATE users SET display_name = 'Morgan Chair' WHERE id = $1`, [chair.id]);
    const [group] = await dataSource.query(
      `INSERT INTO meeting_groups (kind, name) VALUES ('dmg', 'Wednesday DMG') RETURNING id`,
    );
    for (const [user, role] of [[chair, 'chair'], ...members.map((m) => [m, 'member'] as const)] as const)
      await dataSource.query(
        `INSERT INTO meeting_group_members (group_id, user_id, role) VALUES ($1, $2, $3)`,
        [group.id, user.id, role],
      );
    next = await aMeeting(dataSource, { chair: chair.id, members: members.map((m) => m.id), items: [{}] });
    await dataSource.query(
      `UPDATE meetings SET starts_at = now() + interval '1 day', ends_at = now() + interval '1 day 3 hours' WHERE id = $1`,
      [next.meetingId],
    );
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await test?.close();
  });

  for (const [size, viewport] of [
    ['1366', LAPTOP],
    ['390', PHONE],
  ] as const)
    it(`puts a case in writing, takes a member's vote, reveals and records it, and lists it at the next sitting (${size} px)`, async () => {
      const { reference } = await aCase(dataSource, { reference: `EHC-26-W${size}` });
      const chairPage = await signInAs(browser, test.baseUrl, chair.email, chair.password, viewport);
      await chairPage.goto(`${test.baseUrl}/written`);
      await chairPage.getByLabel('Group').selectOption({ label: 'Wednesday DMG (Decision-Making Group)' });
      await chairPage.getByLabel('Case reference').fill(reference);
      await chairPage.getByLabel('Decision', { exact: true }).selectOption({ label: 'Decision to assess' });
      await chairPage
        .getByLabel('Question for the members')
        .fill(
          `Agree to assess ${reference} now? The school has run three APDR cycles and the panel is a week away.`,
        );
      const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      await chairPage.getByLabel('Respond by (date)').fill(inTwoDays);
      await chairPage.getByLabel('Time').fill('17:00');
      await expectNoSidewaysScroll(chairPage, `the form to put a case in writing at ${size} px`);
      await screenshot(chairPage, `written-put-form-${size}`);
      await chairPage.getByRole('button', { name: 'Put to the members in writing' }).click();
      await chairPage.waitForURL(/\/written\/[0-9a-f-]{36}$/);
      const meetingId = chairPage.url().split('/').at(-1)!;
      await expect.poll(() => chairPage.locator('[data-test="responses"]').textContent()).toContain('0 of 3');
      await screenshot(chairPage, `written-chair-open-${size}`);

      const memberPage = await signInAs(
        browser,
        test.baseUrl,
        members[0]!.email,
        members[0]!.password,
        viewport,
      );
      await memberPage.goto(`${test.baseUrl}/written/${meetingId}`);
      await expect
        .poll(() => memberPage.locator('[data-test="respond-by"]').textContent())
        .toMatch(/\d+ (days|hours) left/);
      await memberPage.getByLabel('Agree', { exact: true }).check();
      await memberPage
        .getByLabel('Your reason (required)')
        .fill('Needs are beyond what SEN support can meet.');
      await expectNoSidewaysScroll(memberPage, `the member's vote in writing at ${size} px`);
      await expectNoSeriousAxeViolations(memberPage, `the member's vote in writing, ${size} px`);
      await screenshot(memberPage, `written-member-voting-${size}`);
      await memberPage.getByRole('button', { name: 'Send my vote' }).click();
      await expect
        .poll(() => memberPage.locator('[data-test="your-vote"]').textContent())
        .toContain('You voted Agree');
      await screenshot(memberPage, `written-member-voted-${size}`);

      // The other two members vote too: by the room's socket, the same engine command.
      const item = (
        await dataSource.query(`SELECT id FROM agenda_items WHERE meeting_id = $1`, [meetingId])
      )[0].id;
      for (const [i, member] of members.slice(1).entries()) {
        const client = await MeetingClient.connect(test.baseUrl, await signIn(test, member));
        expect(
          await client.send('vote.cast', {
            meetingId,
            itemId: item,
            choice: i ? 'defer' : 'agree',
            reason: 'Read the papers',
          }),
        ).toMatchObject({ ok: true });
        client.close();
      }

      await chairPage.reload();
      await expect.poll(() => chairPage.locator('[data-test="responses"]').textContent()).toContain('3 of 3');
      await chairPage.getByRole('button', { name: 'Reveal the votes' }).click();
      await expect
        .poll(() => chairPage.locator('[data-test="decision"]').textContent())
        .toContain('Bea Virtual School');
      await chairPage
        .getByLabel('Decision', { exact: true })
        .selectOption({ label: 'Defer for more information' });
      await chairPage.getByLabel('Reasons (required)').fill('Ask the school for the EP report first.');
      await screenshot(chairPage, `written-chair-revealed-${size}`);
      await chairPage.getByRole('button', { name: 'Record the decision' }).click();
      await expect
        .poll(() => chairPage.locator('[data-test="decision"]').textContent())
        .toContain('Ask the school');
      await expectNoSidewaysScroll(chairPage, `the decision in writing at ${size} px`);
      await expectNoSeriousAxeViolations(chairPage, `the decision in writing, ${size} px`);
      await screenshot(chairPage, `written-decided-${size}`);

      await chairPage.goto(`${test.baseUrl}/written`);
      await expect.poll(() => chairPage.locator('tbody tr').count()).toBeGreaterThan(0);
      await screenshot(chairPage, `written-list-${size}`);

      await chairPage.goto(`${test.baseUrl}/meetings/${next.meetingId}`);
      const noting = chairPage.locator('[data-test="written-for-noting"]');
      await noting.getByText(/^Decided in writing since last time/).click();
      await expect.poll(() => noting.textContent()).toContain(reference);
      await noting.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(chairPage, `the decisions in writing for noting at ${size} px`);
      await screenshot(chairPage, `written-for-noting-${size}`);
    });
});
