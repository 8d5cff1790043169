import type { CommandRejection } from '@convene/contracts';

/**
 * The words a person sees for the refusals whose server message is for an integrator, not for them: a limit
 * they went over (with how long to wait), and what only a fault in Convene's own pages could cause (a request
 * that looked as if it came from another site, a body of the wrong type, a command's key used for another one).
 * The REST client and the room's command sender both say them, so every page shows the same words.
 */

/** Whole seconds to wait, at least one. */
export const secondsIn = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/** "1 second", "30 seconds". */
export const secondsInWords = (seconds: number): string =>
  seconds === 1 ? '1 second' : `${seconds} seconds`;

function tooQuickly(waitSeconds: number | null): string {
  const wait = waitSeconds === null ? 'a moment' : secondsInWords(waitSeconds);
  return `You're sending too quickly. Wait ${wait} and try again.`;
}

/** Null where the server's own message is the one to show. */
export function refusalInWords(code: string, waitSeconds: number | null): string | null {
  switch (code) {
    case 'rate_limited':
      return tooQuickly(waitSeconds);
    case 'cross_site_request':
      return 'Convene refused this because it seemed to come from another website. Reload the page and try again; if it happens again, tell your administrator.';
    case 'unsupported_media_type':
      return 'Convene could not read what this page sent. Reload the page and try again.';
    case 'idempotency_key_reused':
      return 'That was already sent differently, so nothing was done. Reload the page.';
    default:
      return null;
  }
}

/**
 * A room command's refusal in a person's words. The command limit is per second, so without a wait of its own
 * a refusal for going too quickly asks for one second.
 */
export function rejectionInWords<R extends CommandRejection>(rejection: R): R {
  const { retryAfterMs } = rejection as { retryAfterMs?: unknown };
  const wait = typeof retryAfterMs === 'number' ? secondsIn(retryAfterMs) : 1;
  const words = refusalInWords(rejection.code, wait);
  return words ? { ...rejection, message: words } : rejection;
}
