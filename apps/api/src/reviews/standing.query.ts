/**
 * How a step due on `dueOn` and done on `doneOn` (SQL expressions; null while not done) stands on `today`, as the
 * libs' `reviewStanding` and `transferStanding` have it, named in their order (`REVIEW_STANDINGS`,
 * `TRANSFER_STANDINGS`): done by the due day (the day itself included), done after it, overdue once the due day
 * has passed undone, not yet due until then. Counts and lists read standings from here, so they agree.
 */
export const standingOn = (
  standings: readonly [string, string, string, string],
  dueOn: string,
  doneOn: string,
  today: string,
) => `CASE
  WHEN ${doneOn} IS NOT NULL THEN CASE WHEN ${doneOn} <= ${dueOn} THEN '${standings[0]}' ELSE '${standings[1]}' END
  WHEN ${dueOn} < ${today} THEN '${standings[2]}' ELSE '${standings[3]}' END`;

/**
 * The day a review counting from `day` (an SQL date) falls due, as the libs' `annualReviewDueOn`: the last day of the
 * 12 months starting with it (s44(1)), the day before its anniversary, or 28 February when it counts from
 * 29 February and the next year has none.
 */
export const annualReviewDueOnSql = (day: string) =>
  `((${day} + interval '12 months')::date - CASE WHEN extract(day FROM ${day} + interval '12 months') = extract(day FROM ${day}) THEN 1 ELSE 0 END)`;
