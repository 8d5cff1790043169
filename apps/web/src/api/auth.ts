import type { SignInRequest, SignedInUser } from '@convene/contracts';
import { getJson, postJson } from './http';

export const signIn = (request: SignInRequest) => postJson<SignedInUser>('/api/auth/sign-in', request);
export const signOut = () => postJson<void>('/api/auth/sign-out');
export const whoAmI = () => getJson<SignedInUser>('/api/auth/me');
