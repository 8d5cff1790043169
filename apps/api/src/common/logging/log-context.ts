import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What every log line written on behalf of one request or one socket command carries: the request id, or the
 * command's name, idempotency key, meeting, user and socket. Ids and names of things, never anything a person typed.
 */
export type LogContext = Readonly<Record<string, string | undefined>>;

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `work` so that every line it logs, across each of its awaits, carries `context`. */
export function runInLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run(context, work);
}

/** The fields of the request or command being handled, or nothing outside one. */
export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}
