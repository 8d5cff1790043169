import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser, type TestUser } from '../../apps/api/test/support/factories.js';
import { startListeningTestApp, type ListeningTestApp } from '../../apps/api/test/support/test-app.js';
import {
  chromiumInstalled,
  expectNoSeriousAxeViolations,
  launchChromium,
  screenshot,
  signInAs,
} from './support/browser.js';

/**
 * The chair and three reviewers of the Quality and Compliance Group, each in their own browser, score two
 * sampled plans privately on the framework: they agree on the first, disagree on the second (two grades
 * apart, flagged after the reveal), and the chair records a moderated grade with feedback for the writer.
 */
describe.skipIf(!chromiumInstalled && !process.env.CI)(
  'a Quality and Compliance Group in real browsers (needs Debian chromium)',
  () => {
    let test: ListeningTestApp;
    let browser: Browser;
    let chair: TestUser;
    let reviewers: TestUser[];
    let meetingId: string;
    let references: string[];

    beforeAll(async () => {
      test = await startListeningTestApp();
      const dataSource = test.app.get(DataSource);
      chair = await aUser(dataSource, { roles: ['chair', 'qa_reviewer'] });
      reviewers = [];
      for (const name of ['Ash Reviewer', 'Bo Reviewer', 'Cy Reviewer']) {
        const user = await aUser(dataSource, { roles: ['qa_reviewer'] });
        await dataSource.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [user.id, name]);
        reviewers.push(user);
      }
      const [meeting] = await dataSource.query(
        `INSERT INTO meetings (kind, title, starts_at, ends_at, theme) VALUES ('quality', 'Quality and Compliance Group', now(), now() + interval '2 hours', 'Preparing for adulthood') RETURNING id`,
      );
      meetingId = meeting.id;
      await dataSource.query(
        `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair')`,
        [meetingId, chair.id],
      );
      for (const r of reviewers)
        await dataSource.query(
          `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'member')`,
          [meetingId, r.id],
        );
      references = [];
      for (let i = 0; i < 2; i++) {
        const plan = await aCase(dataSource, { receivedOn: '2026-03-02' });
        await dataSource.query(
          `UPDATE ehc_requests SET stage = 'final_issued', final_issued_on = '2026-07-20' WHERE id = $1`,
          [plan.requestId],
        );
        await dataSource.query(
          `INSERT INTO agenda_items (meeting_id, position, kind, request_id) VALUES ($1, $2, 'dip_sample', $3)`,
          [meetingId, i + 1, plan.requestId],
        );
        references.push(plan.reference);
      }
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await test?.close();
    });

    it('scores two plans privately, reveals them together, flags the disagreement and records a moderated grade', async () => {
      const room = `${test.baseUrl}/meetings/${meetingId}`;
      const chairPage = await signInAs(browser, test.baseUrl, chair.email, chair.password);
      await chairPage.goto(room);
      await chairPage.getByRole('button', { name: 'Start the meeting' }).click();
      await chairPage.getByText('In progress').waitFor();
      const pages = (await Promise.all(
        reviewers.map(async (user) => {
          const page = await signInAs(browser, test.baseUrl, user.email, user.password);
          await page.goto(room);
          await page.getByRole('heading', { level: 1 }).waitFor();
          return page;
        }),
      )) as [Page, Page, Page];

      /** Ticks the first `count` criteria (all of them when left out), optionally gives another grade, and submits. */
      const score = async (page: Page, count?: number, other?: { grade: string; reason: string }) => {
        const boxes = page.locator('input[id^="score-criterion-"]');
        await boxes.first().waitFor();
        const total = await boxes.count();
        for (let i = 0; i < (count ?? total); i++) await boxes.nth(i).check();
        if (other) {
          await page.getByText('Give a different grade').click();
          await page.getByLabel(other.grade, { exact: true }).check();
          await page.getByLabel(/^Why you give/).fill(other.reason);
        }
        await page.getByRole('button', { name: 'Submit my score' }).click();
        await page.getByRole('button', { name: 'Change my score' }).waitFor();
      };
      const scorePlan = async (
        reference: string,
        scores: [number | undefined, { grade: string; reason: string }?][],
      ) => {
        await chairPage.getByRole('button', { name: `Discuss ${reference}` }).click();
        await chairPage.getByRole('button', { name: 'Open scoring' }).click();
        for (const [i, [count, other]] of scores.entries()) await score(pages[i]!, count, other);
        await chairPage.getByRole('button', { name: 'Close scoring' }).click();
        await chairPage.getByRole('button', { name: 'Reveal the scores' }).click();
        await chairPage.getByRole('table', { name: /Each reviewer's score/ }).waitFor();
      };

      // Plan 1: all three tick every criterion: Outstanding, no disagreement.
      await scorePlan(references[0]!, [[undefined], [undefined], [undefined]]);
      expect(await chairPage.getByText('Reviewers are two or more grades apart').count()).toBe(0);
      await chairPage.getByLabel('Decision').selectOption('outstanding');
      await chairPage
        .getByLabel('Reasons (required)', { exact: true })
        .fill('Exemplary: share with the writing team');
      await chairPage.getByRole('button', { name: 'Record the decision' }).click();
      await pages[0].getByText('Exemplary: share with the writing team').waitFor();

      // Plan 2: Ash ticks every criterion; Bo ticks two and gives Requires improvement with a reason; Cy ticks nine.
      await chairPage.getByRole('button', { name: `Discuss ${references[1]}` }).click();
      await chairPage.getByRole('button', { name: 'Open scoring' }).click();
      await score(pages[0], undefined);
      await score(pages[1], 2, {
        grade: 'Requires improvement',
        reason: 'Outcomes are not SMART in section E',
      });
      // Before the reveal nobody else's page holds Bo's grade or reason.
      for (const page of [chairPage, pages[0], pages[2]])
        expect(await page.content()).not.toContain('Outcomes are not SMART in section E');
      await screenshot(pages[1], 'quality-reviewer-scored');
      await expectNoSeriousAxeViolations(pages[1], 'the quality room, as a reviewer');
      await score(pages[2], 9);
      await chairPage.getByRole('button', { name: 'Close scoring' }).click();
      await chairPage.getByRole('button', { name: 'Reveal the scores' }).click();
      await pages[2].getByText('Reviewers are two or more grades apart').waitFor();
      await chairPage.getByText('Outcomes are not SMART in section E').waitFor();
      await screenshot(chairPage, 'quality-chair-disagreement');
      await expectNoSeriousAxeViolations(chairPage, 'the quality room, as chair');

      await chairPage.getByLabel('Decision').selectOption('good');
      await chairPage
        .getByLabel('Reasons (required)', { exact: true })
        .fill('Moderated to Good: strong voice of the child; make the outcomes in section E SMART');
      await chairPage.getByRole('button', { name: 'Record the decision' }).click();
      await pages[1]
        .getByText('Moderated to Good: strong voice of the child; make the outcomes in section E SMART')
        .waitFor();

      const items = await test.app
        .get(DataSource)
        .query(
          `SELECT a.outcome, (SELECT count(DISTINCT reviewer_id)::int FROM plan_scores s WHERE s.agenda_item_id = a.id) AS reviewers FROM agenda_items a WHERE a.meeting_id = $1 ORDER BY a.position`,
          [meetingId],
        );
      expect(items).toEqual([
        { outcome: 'outstanding', reviewers: 3 },
        { outcome: 'good', reviewers: 3 },
      ]);
    }, 150_000);
  },
);
