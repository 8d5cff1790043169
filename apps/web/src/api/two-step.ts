import type { TwoStepEnrolment, TwoStepStatus } from '@convene/contracts';
import { getJson, postJson } from './http';

export const twoStepStatus = () => getJson<TwoStepStatus>('/api/auth/two-step');
export const startTwoStep = () => postJson<TwoStepEnrolment>('/api/auth/two-step/enrolment');
export const confirmTwoStep = (code: string) =>
  postJson<{ recoveryCodes: string[] }>('/api/auth/two-step/enrolment/confirm', { code });
export const disableTwoStep = (code: string) => postJson<void>('/api/auth/two-step/disable', { code });
