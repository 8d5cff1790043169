import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { aMeeting, type TestMeeting } from '../../apps/api/test/support/meeting-factory.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import {
  chromiumInstalled,
  expectInViewport,
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  focused,
  LAPTOP,
  LARGE_SCREEN,
  launchChromium,
  PHONE,
  screenshot,
  signInAs,
} from './support/browser.js';

/**
 * The room as a console, seat by seat: the chair on a laptop, one member on a laptop and one on a phone, in a
 * Decision-Making Group with a long agenda. What each of them would notice: the controls on screen without
 * scrolling, the vote coming to the member when voting opens, focus staying where they acted, errors at the
 * field, the banner when the connection goes and what changed once back.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'the room as a console (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let chair: TestUser;
    let members: TestUser[];
    let observer: TestUser;
    let meeting: TestMeeting;

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
      members = [];
      for (let i = 0; i < 3; i++) members.push(await aUser(dataSource, { roles: ['panel_member'] }));
      // A trainee observing: sees the room, never votes, and is offered no link to a case page they may not open.
      observer = await aUser(dataSource, { roles: ['observer'] });
      // A Wednesday's agenda: long enough that nothing below the fold would be seen without scrolling.
      meeting = await aMeeting(dataSource, {
        chair: chair.id,
        members: members.map((m) => m.id),
        observers: [observer.id],
        items: Array.from({ length: 12 }, () => ({})),
      });
      browser = await launchChromium();
    }, 90_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    const roomOf = () => `${test.baseUrl}/meetings/${meeting.meetingId}`;
    async function enter(user: TestUser, viewport: { width: number; height: number }): Promise<Page> {
      const page = await signInAs(browser, test.baseUrl, user.email, user.password, viewport);
      await page.goto(roomOf());
      await page.getByRole('heading', { level: 1 }).waitFor();
      return page;
    }

    it('brings the vote to each member when voting opens, keeps everyone’s focus where they acted, and shows errors at the field', async () => {
      const chairPage = await enter(chair, LAPTOP);
      await chairPage.getByRole('button', { name: 'Start the meeting' }).click();
      await chairPage.getByText('In progress').waitFor();
      // Focus does not fall to the page when the button pressed goes away.
      await expect.poll(() => focused(chairPage)).not.toBe('the page itself');

      const laptopMember = await enter(members[0]!, LAPTOP);
      const phoneMember = await enter(members[1]!, PHONE);
      const third = await enter(members[2]!, LAPTOP);

      await chairPage
        .getByRole('button', { name: /^Discuss EHC-/ })
        .first()
        .click();
      await expect.poll(() => focused(chairPage)).toBe('#current-item-heading');
      // The quorum in words, where the chair looks: the chair and three members are present; three may vote.
      await chairPage.getByText('4 present · 3 may vote on this item · quorate').waitFor();
      const openVoting = chairPage.getByRole('button', { name: 'Open voting' });
      await expectInViewport(openVoting, 'Open voting, for the chair at 1366×768');

      // A member reading the case in the pane, scrolled away from the item, is brought back when voting opens.
      await phoneMember.locator('#item-case').scrollIntoViewIfNeeded();
      await openVoting.click();
      await expect.poll(() => focused(chairPage)).toBe('Close voting');

      for (const [page, where] of [
        [laptopMember, 'at 1366×768'],
        [phoneMember, 'at 390×844'],
      ] as const) {
        await expect.poll(() => focused(page)).toBe('#vote-heading');
        await expectInViewport(page.getByLabel('Agree', { exact: true }), `the first choice ${where}`);
        await expectInViewport(page.getByLabel('Reason (required)'), `the reason ${where}`);
        await expectInViewport(page.getByRole('button', { name: 'Cast my vote' }), `Cast my vote ${where}`);
        await expect
          .poll(() => page.locator('[role="status"][aria-live="polite"][aria-atomic="true"]').innerText())
          .toContain('Voting is open on EHC-');
      }
      await screenshot(laptopMember, 'console-member-voting-laptop');
      await screenshot(phoneMember, 'console-member-voting-phone');
      await expectNoSidewaysScroll(phoneMember, 'the room on a phone');

      // GOV.UK errors: a summary that takes focus, the message at the field, and the label says the reason is required.
      await phoneMember.getByLabel('Refuse', { exact: true }).check();
      await phoneMember.getByRole('button', { name: 'Cast my vote' }).click();
      await expect
        .poll(() =>
          phoneMember.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')),
        )
        .toBe(true);
      await phoneMember.locator('#vote-reason-error').getByText('Enter the reason for your vote').waitFor();
      expect(await phoneMember.getByLabel('Reason (required)').getAttribute('aria-describedby')).toContain(
        'vote-reason-error',
      );
      await phoneMember.getByRole('link', { name: 'Enter the reason for your vote' }).click();
      expect(await focused(phoneMember)).toBe('#vote-reason');
      await phoneMember
        .getByLabel('Reason (required)')
        .fill('Only one cycle of the graduated approach so far');
      await phoneMember.getByRole('button', { name: 'Cast my vote' }).click();
      await phoneMember.getByText('You voted:').waitFor();
      await expect.poll(() => focused(phoneMember)).toBe('Change my vote');

      for (const page of [laptopMember, third]) {
        await page.getByLabel('Refuse', { exact: true }).check();
        await page.getByLabel('Reason (required)').fill('The school should try a further cycle first');
        await page.getByRole('button', { name: 'Cast my vote' }).click();
        await page.getByText('You voted:').waitFor();
      }
      // Progress counted over those who may vote.
      await chairPage.getByText('3 of 3 who may vote have voted').waitFor();

      // The projector view fills a meeting room's screen: the item, the next three, the time, the progress and the
      // quorum, by case reference only, never a name.
      const display = await signInAs(browser, test.baseUrl, chair.email, chair.password, LARGE_SCREEN);
      await display.goto(`${roomOf()}/display`);
      await display.getByText('3 of 3 who may vote have voted').waitFor();
      await display.getByText(/^\s*Item 1 of 12: Decision to assess\s*$/).waitFor();
      await display.getByText(/on this item\s*$/).waitFor();
      await display
        .locator('[data-test="display-allowance"]')
        .getByText(/^\s*10 minutes allowed · (\d+ minutes? left|time is up)\s*$/)
        .waitFor();
      await display.getByText('4 present · 3 may vote on this item · quorate').waitFor();
      expect(await display.locator('.app-display__next li').count()).toBe(3);
      const fills = await display.evaluate(() => {
        const rect = document.querySelector('.app-display')!.getBoundingClientRect();
        return {
          width: rect.width,
          height: rect.height,
          scrolls: document.documentElement.scrollHeight > innerHeight,
        };
      });
      expect(fills).toEqual({ width: LARGE_SCREEN.width, height: LARGE_SCREEN.height, scrolls: false });
      const shown = await display.locator('.app-display').innerText();
      for (const user of [chair, ...members]) expect(shown).not.toContain(user.email);
      expect(shown).not.toContain('Test ');
      expect(shown).not.toContain('Refuse');
      await screenshot(display, 'console-projector-1920');
      await expectNoSeriousAxeViolations(display, 'the projector view at 1920×1080');
      for (const [viewport, name] of [
        [LAPTOP, 'console-projector-laptop'],
        [PHONE, 'console-projector-phone'],
      ] as const) {
        await display.setViewportSize(viewport);
        await display.locator('[data-test="display-allowance"]').waitFor();
        await screenshot(display, name);
        await expectNoSidewaysScroll(display, `the projector view at ${viewport.width}×${viewport.height}`);
      }
      await display.context().close();
      await expectNoSeriousAxeViolations(chairPage, 'the room, chair, 1366×768, voting open');
      await expectNoSeriousAxeViolations(phoneMember, 'the room, member, 390×844, voted');
      const chairOnPhone = await enter(chair, PHONE);
      await chairOnPhone.getByRole('button', { name: 'Close voting' }).waitFor();
      await expectNoSeriousAxeViolations(chairOnPhone, 'the room, chair, 390×844, voting open');
      await expectNoSidewaysScroll(chairOnPhone, 'the room, chair, on a phone');
      await chairOnPhone.context().close();
      for (const viewport of [PHONE, LAPTOP]) {
        const watching = await enter(observer, viewport);
        await watching.getByText('3 of 3 who may vote have voted').waitFor();
        expect(await watching.getByRole('button', { name: 'Cast my vote' }).count()).toBe(0);
        expect(await watching.getByRole('link', { name: /Open the case/ }).count()).toBe(0);
        await expectNoSeriousAxeViolations(
          watching,
          `the room, observer, ${viewport.width}×${viewport.height}`,
        );
        await watching.context().close();
      }

      await chairPage.getByRole('button', { name: 'Close voting' }).click();
      await expect.poll(() => focused(chairPage)).toBe('Reveal the votes');
      // The member whose vote form went keeps their place at the item's heading, not the top of the page.
      await expect.poll(() => focused(phoneMember)).toBe('#current-item-heading');
      await chairPage.getByRole('button', { name: 'Reveal the votes' }).click();
      await expect.poll(() => focused(chairPage)).toBe('#outcome');

      // The decision needs its reasons: the chair is told at the field, and focus moves to the summary.
      await chairPage.getByLabel('Decision').selectOption('refuse');
      await chairPage.getByRole('button', { name: 'Record the decision' }).click();
      await chairPage
        .locator('#outcome-reasons-error')
        .getByText('Enter the reasons for the decision')
        .waitFor();
      await expect
        .poll(() =>
          chairPage.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')),
        )
        .toBe(true);
      await expectInViewport(chairPage.locator('.govuk-error-summary'), 'the error summary, beside the form');
      await chairPage
        .getByLabel('Reasons (required)', { exact: true })
        .fill('Evidence of only one cycle of the graduated approach');
      await chairPage.getByRole('button', { name: 'Record the decision' }).click();
      await expect.poll(() => focused(chairPage)).toMatch(/^Next item: EHC-/);
      await laptopMember.getByText('Evidence of only one cycle of the graduated approach').waitFor();
      await expectInViewport(
        chairPage.getByRole('button', { name: /^Next item: EHC-/ }),
        'Next item, for the chair at 1366×768',
      );
      await screenshot(chairPage, 'console-chair-decided-laptop');

      await chairPage.getByRole('button', { name: /^Next item: EHC-/ }).click();
      await chairPage.getByText(/^\s*Item 2 of 12/).waitFor();
      await expect.poll(() => focused(chairPage)).toBe('Open voting');

      // Ending with eleven items not reached asks first; carrying on puts the chair back where they were.
      await chairPage.getByRole('button', { name: 'End the meeting' }).click();
      await chairPage.getByText('11 items have not been dealt with.', { exact: false }).waitFor();
      expect(await focused(chairPage)).toBe('#room-confirm');
      await expectNoSeriousAxeViolations(chairPage, 'the room, chair, asked before ending');
      await chairPage.getByRole('button', { name: 'Carry on with the meeting' }).click();
      expect(await focused(chairPage)).toBe('#end-meeting');
      await chairPage.getByText('In progress').waitFor();
      await expectNoSeriousAxeViolations(laptopMember, 'the room, member, 1366×768');

      // The skip link takes a keyboard user straight to the item under discussion.
      await third.reload();
      await third.getByRole('heading', { level: 1 }).waitFor();
      await third.keyboard.press('Tab');
      expect(await focused(third)).toBe('Skip to the item under discussion');
      await third.keyboard.press('Enter');
      expect(await focused(third)).toBe('#current-item-heading');
      for (const page of [chairPage, laptopMember, phoneMember, third]) await page.context().close();
    }, 150_000);

    it('says at once when the connection is lost, and what changed in the room once back', async () => {
      const chairPage = await enter(chair, LAPTOP);
      const member = await enter(members[0]!, PHONE);
      await member.getByText('Live', { exact: true }).waitFor();

      // Reading the agenda at the foot of the page when the network goes.
      await member.locator('#agenda-heading').scrollIntoViewIfNeeded();
      await member.context().setOffline(true);
      const lostAt = Date.now();
      await member
        .getByText("Reconnecting — what you send will go when you're back.")
        .waitFor({ timeout: 2_000 });
      expect(Date.now() - lostAt).toBeLessThan(2_000);
      await expectInViewport(
        member.locator('[data-test="reconnecting"]'),
        'the reconnecting banner on a phone',
      );
      await screenshot(member, 'console-reconnecting-phone');

      await chairPage.getByRole('button', { name: 'Open voting' }).click();
      await chairPage.getByRole('button', { name: 'Close voting' }).waitFor();
      // What the member sends while away waits, and goes once they are back.
      await member
        .getByRole('button', { name: 'Declare an interest in this item' })
        .or(member.getByText('Declare an interest in this item'))
        .first()
        .click();
      await member.getByLabel('Your interest (required)').fill('I taught the child last year');
      await member.getByRole('button', { name: 'Declare and step out of this vote' }).click();
      await member
        .locator('[data-test="waiting"]')
        .getByText('One thing you sent is waiting to go.')
        .waitFor();
      await member.context().setOffline(false);
      const back = member.locator('[data-test="back"]');
      await back.getByRole('heading', { name: 'Back in the room' }).waitFor({ timeout: 30_000 });
      await back.getByText(/^\s*Voting opened on EHC-/).waitFor();
      await expect.poll(() => member.getByText('Live', { exact: true }).count()).toBe(1);
      await chairPage
        .locator('[data-test="recused"]')
        .getByText(/I taught the child last year/)
        .waitFor();
      await member.getByText('You declared an interest in this item, so you do not vote on it.').waitFor();
      await expectNoSeriousAxeViolations(member, 'the room, member, 390×844, back from a lost connection');
      await screenshot(member, 'console-back-phone');
      for (const page of [chairPage, member]) await page.context().close();
    }, 90_000);

    it('shows the banner within 2 s when the socket itself is cut, with the network still up, and the room again once it is back', async () => {
      const member = await signInAs(browser, test.baseUrl, members[2]!.email, members[2]!.password, LAPTOP);
      // Every socket the page opens goes through the test, which can cut it as a dropped proxy or a restarting node would.
      const sockets: { close: () => Promise<void> }[] = [];
      await member.routeWebSocket(/\/socket\.io\//, (socket) => {
        socket.connectToServer();
        sockets.push(socket);
      });
      await member.goto(roomOf());
      await member.getByText('Live', { exact: true }).waitFor();
      const cutAt = Date.now();
      await Promise.all(sockets.map((s) => s.close()));
      await member
        .getByText("Reconnecting — what you send will go when you're back.")
        .waitFor({ timeout: 2_000 });
      expect(Date.now() - cutAt).toBeLessThan(2_000);
      await expectInViewport(
        member.locator('[data-test="reconnecting"]'),
        'the reconnecting banner at 1366×768',
      );
      // socket.io reconnects by itself; the room takes a fresh snapshot and says what changed (here, nothing).
      await member
        .locator('[data-test="back"]')
        .getByText('Nothing changed while you were away.')
        .waitFor({ timeout: 30_000 });
      await member.context().close();
    }, 60_000);

    it('carries raised hands, an item’s time and a corrected decision to everyone in the room as they happen', async () => {
      const chairPage = await enter(chair, LAPTOP);
      const phoneMember = await enter(members[1]!, PHONE);
      const laptopMember = await enter(members[2]!, LAPTOP);
      const queueOf = (page: Page) => page.locator('[data-test="raised-hands"]');

      // A member asks to speak: the chair sees the hand at once, where the eye is, and lowers it once they have spoken.
      await queueOf(chairPage).getByText('none').waitFor();
      await laptopMember.getByRole('button', { name: 'Raise my hand' }).click();
      await laptopMember.getByRole('button', { name: 'Lower my hand' }).waitFor();
      expect(await focused(laptopMember)).toBe('#my-hand');
      await queueOf(chairPage).getByText('1. Test panel_member').waitFor();
      await queueOf(phoneMember).getByText('1. Test panel_member').waitFor();
      await expectInViewport(queueOf(chairPage), 'the raised hands, for the chair at 1366×768');
      await expectInViewport(
        laptopMember.getByRole('button', { name: 'Lower my hand' }),
        'Lower my hand at 1366×768',
      );
      await phoneMember.getByRole('button', { name: 'Raise my hand' }).click();
      await queueOf(chairPage).getByText('2. Test panel_member').waitFor();
      await screenshot(chairPage, 'console-chair-hands-laptop');
      await screenshot(phoneMember, 'console-member-hands-phone');
      await expectNoSeriousAxeViolations(chairPage, 'the room, chair, 1366×768, hands up');
      await expectNoSeriousAxeViolations(phoneMember, 'the room, member, 390×844, hand up');
      await expectNoSidewaysScroll(phoneMember, 'the room on a phone, hands up');

      await chairPage.getByRole('button', { name: "Lower Test panel_member's hand" }).first().click();
      await laptopMember.getByRole('button', { name: 'Raise my hand' }).waitFor();
      await expect.poll(() => queueOf(chairPage).locator('li').count()).toBe(1);
      // Focus goes to the next hand, not the top of the page.
      await expect.poll(() => focused(chairPage)).toBe("Lower Test panel_member's hand");
      await chairPage.getByRole('button', { name: "Lower Test panel_member's hand" }).click();
      await queueOf(laptopMember).getByText('none').waitFor();
      await phoneMember.getByRole('button', { name: 'Raise my hand' }).waitFor();

      // The chair gives the item more time: a wrong number is refused at the field; the room then shows the new minutes.
      await chairPage.locator('[data-test="item-allowance"]').getByText('10 minutes allowed').waitFor();
      await chairPage.getByText('Change the time for this item').click();
      await chairPage.getByLabel('Minutes for this item').fill('0');
      await chairPage.getByRole('button', { name: 'Set the time' }).click();
      await chairPage
        .locator('#item-allowance-minutes-error')
        .getByText('Enter the minutes for this item, from 1 to 120')
        .waitFor();
      await screenshot(chairPage, 'console-chair-allowance-error-laptop');
      await chairPage.getByLabel('Minutes for this item').fill('30');
      await chairPage.getByRole('button', { name: 'Set the time' }).click();
      await expect.poll(() => focused(chairPage)).toBe('Change the time for this item');
      for (const page of [chairPage, phoneMember])
        await page.locator('[data-test="item-allowance"]').getByText('30 minutes allowed').waitFor();
      await phoneMember
        .locator('[data-test="item-allowance"]')
        .getByText(/minutes? left\s*$/)
        .waitFor();
      await chairPage
        .locator('[data-test="expected-finish"]')
        .getByText(/^\s*Expected to finish at \d\d:\d\d/)
        .waitFor();

      // Any item still to come gets its time from the agenda rail, without moving the room to it.
      const railItem = (page: Page, n: number) => page.locator('.app-agenda > li').nth(n - 1);
      await railItem(chairPage, 5).locator('summary', { hasText: 'Change the time' }).click();
      await railItem(chairPage, 5)
        .getByLabel(/^Minutes for EHC-/)
        .fill('25');
      await railItem(chairPage, 5).getByRole('button', { name: 'Set the time' }).click();
      await expect.poll(() => focused(chairPage)).toMatch(/^Change the time for EHC-/);
      await railItem(phoneMember, 5).getByText('5. Decision to assess · 25 minutes').waitFor();
      await chairPage.getByText(/^\s*Item 2 of 12/).waitFor();

      // The chair corrects the first item's reasons from the rail while the room stays on the second: an empty form is
      // refused at its fields, and everyone sees the decision marked as corrected.
      const first = railItem(chairPage, 1);
      await first.locator('summary', { hasText: 'Correct the reasons' }).click();
      await first.getByLabel('Corrected reasons (required)').fill('');
      await first.locator('button[type="submit"]', { hasText: 'Correct the reasons' }).click();
      await first.locator('.govuk-error-message').getByText('Enter the corrected reasons').waitFor();
      await first.locator('.govuk-error-message').getByText('Enter why the reasons are corrected').waitFor();
      await expect
        .poll(() =>
          chairPage.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')),
        )
        .toBe(true);
      await screenshot(chairPage, 'console-chair-correction-errors-laptop');
      await expectNoSeriousAxeViolations(chairPage, 'the room, chair, 1366×768, a correction with errors');
      await first
        .getByLabel('Corrected reasons (required)')
        .fill('Evidence of only one cycle of the graduated approach, in the summer term');
      await first.getByLabel('Why the reasons are corrected (required)').fill('the term was left out');
      await first.locator('button[type="submit"]', { hasText: 'Correct the reasons' }).click();
      await first
        .getByText('Reasons corrected. The correction is kept beside the decision as recorded.')
        .waitFor();
      await expect.poll(() => focused(chairPage)).toMatch(/^#agenda-.*-correct-reasons-toggle$/);
      await chairPage.getByText(/^\s*Item 2 of 12/).waitFor();
      for (const page of [phoneMember, laptopMember])
        await railItem(page, 1).getByText('Reasons corrected', { exact: true }).waitFor();
      await screenshot(chairPage, 'console-chair-corrected-from-rail-laptop');
      await screenshot(phoneMember, 'console-member-corrected-from-rail-phone');

      // Back on the first item, everyone sees the correction beside the decision as recorded.
      await railItem(chairPage, 1)
        .getByRole('button', { name: /^Discuss / })
        .click();
      await chairPage.getByText(/^\s*Item 1 of 12/).waitFor();
      for (const page of [phoneMember, laptopMember]) {
        await page.getByText(/^\s*Item 1 of 12/).waitFor();
        await page
          .getByText(/Reasons corrected by Test chair panel_member on .* because the term was left out:/)
          .waitFor();
        await page
          .getByText('Evidence of only one cycle of the graduated approach, in the summer term')
          .waitFor();
        // The decision as recorded is never hidden.
        await page
          .locator('.app-outcome')
          .getByText('As recorded: Evidence of only one cycle of the graduated approach', { exact: true })
          .waitFor();
      }
      await screenshot(chairPage, 'console-chair-corrected-laptop');
      await screenshot(phoneMember, 'console-member-corrected-phone');
      await expectNoSeriousAxeViolations(chairPage, 'the room, chair, 1366×768, a decision corrected');
      await expectNoSeriousAxeViolations(phoneMember, 'the room, member, 390×844, a decision corrected');
      await expectNoSidewaysScroll(phoneMember, 'the room on a phone, a decision corrected');
      const chairOnPhone = await enter(chair, PHONE);
      await chairOnPhone.getByText('Correct the reasons', { exact: true }).first().waitFor();
      await screenshot(chairOnPhone, 'console-chair-corrected-phone');
      await expectNoSeriousAxeViolations(chairOnPhone, 'the room, chair, 390×844, a decision corrected');
      await expectNoSidewaysScroll(chairOnPhone, 'the room, chair, on a phone, a decision corrected');
      for (const page of [chairPage, chairOnPhone, phoneMember, laptopMember]) await page.context().close();
    }, 120_000);

    it('lets the chair invite a late attendee once the meeting is under way, who joins the room live and is seen arriving', async () => {
      const dataSource = test.app.get(DataSource);
      const locum = await aUser(dataSource, { roles: ['panel_member'] });
      await dataSource.query(`UPDATE users SET display_name = 'Rowan Locum-Ep' WHERE id = $1`, [locum.id]);
      const chairPage = await enter(chair, LAPTOP);
      const phoneMember = await enter(members[1]!, PHONE);
      const attendanceOf = (page: Page) => page.locator('#room-attendance');

      await chairPage.getByRole('tab', { name: 'Attendance' }).click();
      await chairPage.getByText('Invite someone to this meeting').click();
      await chairPage.getByLabel('Person', { exact: true }).selectOption(locum.id);
      await chairPage.getByLabel('Their part').selectOption('member');
      await chairPage.getByRole('button', { name: 'Invite', exact: true }).click();
      await chairPage.getByText('Rowan Locum-Ep is invited to this meeting and can join it now.').waitFor();
      // Everyone in the room sees the newcomer, without a reload.
      await attendanceOf(phoneMember).getByText('Rowan Locum-Ep').waitFor();
      await screenshot(chairPage, 'console-chair-invited-late-laptop');
      await expectNoSeriousAxeViolations(chairPage, 'the room, chair, 1366×768, a late attendee invited');

      // The late attendee finds the meeting in their list and joins the room as it stands.
      const locumPage = await signInAs(browser, test.baseUrl, locum.email, locum.password, PHONE);
      await locumPage.goto(`${test.baseUrl}/meetings`);
      await locumPage.getByRole('link', { name: 'Decision-Making Group' }).first().click();
      await locumPage.getByText(/^\s*Item 1 of 12/).waitFor();
      await locumPage.getByRole('button', { name: 'Raise my hand' }).waitFor();
      const arrived = attendanceOf(chairPage).locator('li', { hasText: 'Rowan Locum-Ep' });
      await expect.poll(() => arrived.innerText()).toMatch(/Member,\s*in the room/);
      await expect.poll(() => chairPage.locator(`#attendance-${locum.id}`).inputValue()).toBe('present');
      await screenshot(locumPage, 'console-late-attendee-phone');
      await expectNoSeriousAxeViolations(locumPage, 'the room, a late attendee, 390×844');
      await expectNoSidewaysScroll(locumPage, 'the room, a late attendee, on a phone');

      const chairOnPhone = await enter(chair, PHONE);
      await chairOnPhone.getByText('Invite someone to this meeting').click();
      await screenshot(chairOnPhone, 'console-chair-invite-phone');
      await expectNoSeriousAxeViolations(chairOnPhone, 'the room, chair, 390×844, the invitation form');
      await expectNoSidewaysScroll(chairOnPhone, 'the room, chair, on a phone, the invitation form');
      for (const page of [chairPage, phoneMember, locumPage, chairOnPhone]) await page.context().close();
    }, 90_000);

    it('lets no page scroll sideways on a phone: wide tables scroll in their own box', async () => {
      const page = await signInAs(browser, test.baseUrl, chair.email, chair.password, PHONE);
      for (const path of [
        '/',
        '/cases',
        '/meetings',
        '/gateway',
        '/quality',
        '/dashboard',
        `/meetings/${meeting.meetingId}`,
      ]) {
        await page.goto(`${test.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoSidewaysScroll(page, path);
      }
      await page.goto(`${test.baseUrl}/cases`);
      await page.locator('table.app-caseload a').first().click();
      await page.getByRole('heading', { name: 'Timeline' }).first().waitFor();
      await expectNoSidewaysScroll(page, 'a case');
      await page.context().close();
    }, 60_000);
  },
);
