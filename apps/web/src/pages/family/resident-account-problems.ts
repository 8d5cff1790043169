/**
 * Why signing in with a resident account did not work (`/family/sign-in?problem=…`, from the API's reason codes),
 * in words a parent reads on their phone, and what to do.
 */
const RESIDENT_ACCOUNT_PROBLEMS: Record<string, string> = {
  not_registered: 'We could not find an account for that email. Ask your Family Link Officer to add you.',
  email_unverified:
    'Your resident account has not checked your email address yet. Check it there first, or ask for a link by email below.',
  no_email:
    'Your resident account did not tell us your email address. Ask for a link by email below instead.',
  expired: 'Signing in took too long, or was started in another browser. Try again.',
  provider_error: 'Your resident account did not sign you in. Try again, or ask for a link by email below.',
  provider_unreachable:
    'We cannot reach the resident account service just now. Try again later, or ask for a link by email below.',
};

const ANY_OTHER_PROBLEM =
  'We could not sign you in with your resident account. Try again, or ask for a link by email below.';

/** The words for a `problem` in the address, or null when there is none. */
export function residentAccountProblem(problem: unknown): string | null {
  if (typeof problem !== 'string' || problem === '') return null;
  return RESIDENT_ACCOUNT_PROBLEMS[problem] ?? ANY_OTHER_PROBLEM;
}
