import type { DataSource } from 'typeorm';

/** How many actions there are, and audit records of them: a refused request changes neither. */
export async function actionCounts(dataSource: DataSource): Promise<{ actions: number; audits: number }> {
  const [row] = await dataSource.query<{ actions: number; audits: number }[]>(
    `SELECT (SELECT count(*)::int FROM actions) AS actions,
            (SELECT count(*)::int FROM audit_records WHERE entity_type = 'action') AS audits`,
  );
  return row!;
}
