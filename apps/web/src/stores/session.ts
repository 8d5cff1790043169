import type { SignedInUser } from '@convene/contracts';
import type { Role } from '@convene/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as auth from '../api/auth';
import { ApiError } from '../api/http';

/** Who is signed in on this browser. */
export const useSessionStore = defineStore('session', () => {
  const user = ref<SignedInUser | null>(null);
  const checked = ref(false);
  /** Failed sign-ins at the account since the one before this, to tell the user once; 0 when there were none. */
  const failedAttemptsSinceLastSignIn = ref(0);

  const signedIn = computed(() => user.value !== null);
  const hasRole = (...roles: Role[]) => roles.some((role) => user.value?.roles.includes(role));

  /** Asks the server once whether the session cookie is still good. */
  async function restore(): Promise<void> {
    if (checked.value) return;
    try {
      user.value = await auth.whoAmI();
    } catch (error) {
      if (!(error instanceof ApiError) || error.body.statusCode !== 401) throw error;
      user.value = null;
    } finally {
      checked.value = true;
    }
  }

  async function signIn(email: string, password: string, code?: string): Promise<void> {
    const signedInAs = await auth.signIn({ email, password, ...(code ? { code } : {}) });
    failedAttemptsSinceLastSignIn.value = signedInAs.failedAttemptsSinceLastSignIn ?? 0;
    user.value = signedInAs;
    checked.value = true;
  }

  async function signOut(): Promise<void> {
    try {
      await auth.signOut();
    } finally {
      user.value = null;
      failedAttemptsSinceLastSignIn.value = 0;
    }
  }

  const dismissFailedAttempts = () => (failedAttemptsSinceLastSignIn.value = 0);

  return {
    user,
    checked,
    signedIn,
    hasRole,
    failedAttemptsSinceLastSignIn,
    restore,
    signIn,
    signOut,
    dismissFailedAttempts,
  };
});
