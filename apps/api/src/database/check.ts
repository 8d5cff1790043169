/**
 * SQL for CHECK constraints built from the shared vocabulary in libs/domain, so the database
 * refuses exactly the values the code refuses and the two cannot drift apart.
 */
export function oneOf(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map(quote).join(', ')})`;
}

export function allOf(column: string, values: readonly string[]): string {
  return `${column} <@ ARRAY[${values.map(quote).join(', ')}]::text[]`;
}

function quote(value: string): string {
  if (!/^[A-Za-z0-9_()]+$/.test(value)) throw new Error(`unexpected vocabulary value ${value}`);
  return `'${value}'`;
}
