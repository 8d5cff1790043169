import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { logSecurityRefusal } from '../common/security-log.js';
import { Notifier } from '../notifications/notifier.js';
import {
  AccountLockedError,
  InvalidCredentialsError,
  TooManySignInAttemptsError,
} from './identity.errors.js';
import { KnownDevicesRepository } from './known-devices.repository.js';
import { hashToken } from './sessions.service.js';
import { SignInAttemptsRepository } from './sign-in-attempts.repository.js';
import { TwoStepCodeRequiredError, TwoStepCodeWrongError } from './two-step/two-step.errors.js';
import { TwoStepService } from './two-step/two-step.service.js';
import { UsersRepository } from './users.repository.js';

/**
 * Five wrong passwords in a row within 15 minutes lock the account for 15 minutes, but only to browsers that are
 * not a known device of the account; on a known device, five failures there lock that device alone.
 */
export const LOCKOUT_FAILURES = 5;
const LOCKOUT_MINUTES = 15;
/** One address may fail 30 times in 5 minutes, whatever the accounts. Successful sign-ins never count. */
export const ADDRESS_FAILURES = 30;
const ADDRESS_WINDOW_MINUTES = 5;

// Verified against when the account does not exist, so a wrong address takes as long as a wrong password.
const DECOY_HASH = argon2.hash('not-a-real-password', { type: argon2.argon2id });

export interface PasswordAttempt {
  email: string;
  password: string;
  clientAddress: string;
  /** The device cookie the browser sent, if any. */
  deviceToken: string | null;
  /** The second step's code, when two-step sign-in is on. */
  code?: string;
}

export interface PasswordAccepted {
  userId: string;
  /** Failed sign-ins at the account, from anywhere, since its previous successful sign-in. */
  failedAttemptsSinceLastSignIn: number;
  /** A new device cookie to set, when the browser was not yet a known device of this user. */
  newDeviceToken: string | null;
}

@Injectable()
export class SignInService {
  private readonly users: UsersRepository;
  private readonly attempts: SignInAttemptsRepository;
  private readonly devices: KnownDevicesRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly twoStep: TwoStepService,
    private readonly notifier: Notifier,
  ) {
    this.users = new UsersRepository(dataSource.manager);
    this.attempts = new SignInAttemptsRepository(dataSource.manager);
    this.devices = new KnownDevicesRepository(dataSource.manager);
  }

  /** Checks an email and password; returns who it is, or throws why not. Every attempt is recorded. */
  async verifyPassword(attempt: PasswordAttempt): Promise<PasswordAccepted> {
    const email = attempt.email.trim().toLowerCase();
    const user = await this.users.withPassword(email);
    const device = attempt.deviceToken ? await this.devices.find(hashToken(attempt.deviceToken)) : undefined;
    // A device cookie counts only for the account it was earned on.
    const knownDeviceId = user && device?.user_id === user.id ? device.id : null;
    // On a known device only that device's own failures can slow the owner; elsewhere the address's too.
    if (!knownDeviceId) await this.refuseBusyAddress(attempt.clientAddress);
    await this.refuseLockedAccount(email, knownDeviceId, attempt.clientAddress);

    const hash: string = user?.password_hash ?? (await DECOY_HASH);
    const valid =
      (await argon2.verify(hash, attempt.password).catch(() => false)) && Boolean(user?.password_hash);
    if (!valid) {
      await this.recordFailure(user?.id, email, attempt.clientAddress, knownDeviceId);
      await this.refuseLockedAccount(email, knownDeviceId, attempt.clientAddress);
      throw new InvalidCredentialsError();
    }
    await this.checkSecondStep(user!.id, email, attempt, knownDeviceId);
    const failedAttemptsSinceLastSignIn = await this.attempts.failuresSinceLastSuccess(email);
    await this.attempts.record(email, attempt.clientAddress, knownDeviceId, true);
    let newDeviceToken: string | null = null;
    if (knownDeviceId) {
      await this.devices.noteSignIn(knownDeviceId);
    } else {
      newDeviceToken = randomBytes(32).toString('base64url');
      await this.devices.add(user!.id, hashToken(newDeviceToken));
    }
    return { userId: user!.id, failedAttemptsSinceLastSignIn, newDeviceToken };
  }

  /**
   * With two-step sign-in on, the right password alone is not enough. Without a code nothing is recorded (the
   * client asks for one); a wrong code counts as a failed sign-in, like a wrong password.
   */
  private async checkSecondStep(
    userId: string,
    email: string,
    attempt: PasswordAttempt,
    knownDeviceId: string | null,
  ): Promise<void> {
    const manager = this.dataSource.manager;
    if (!(await this.twoStep.isOn(manager, userId))) return;
    if (!attempt.code) throw new TwoStepCodeRequiredError();
    if (await this.twoStep.check(manager, userId, attempt.code)) return;
    await this.recordFailure(userId, email, attempt.clientAddress, knownDeviceId);
    await this.refuseLockedAccount(email, knownDeviceId, attempt.clientAddress);
    throw new TwoStepCodeWrongError();
  }

  /**
   * Records a failed sign-in. Every LOCKOUT_FAILURES failures in a row at an account tell its owner, with the
   * failure that makes them: someone may be guessing their password.
   */
  private async recordFailure(
    userId: string | undefined,
    email: string,
    clientAddress: string,
    knownDeviceId: string | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const attempts = new SignInAttemptsRepository(manager);
      const attemptId = await attempts.record(email, clientAddress, knownDeviceId, false);
      if (!userId) return;
      const failures = await attempts.failuresSinceLastSuccess(email);
      if (failures % LOCKOUT_FAILURES !== 0) return;
      await this.notifier.notify(manager, {
        kind: 'sign_in_failures',
        causeKey: `sign-in-failures:${userId}:${attemptId}`,
        recipientIds: [userId],
        subjectRef: null,
        linkPath: '/',
        facts: { failures },
      });
    });
  }

  private async refuseBusyAddress(clientAddress: string): Promise<void> {
    const { failures, oldest } = await this.attempts.failuresFromAddress(
      clientAddress,
      ADDRESS_WINDOW_MINUTES,
    );
    if (failures < ADDRESS_FAILURES) return;
    logSecurityRefusal({
      kind: 'rate_limit',
      who: null,
      what: 'POST /api/auth/sign-in',
      why: `too_many_attempts: ${failures} failed sign-ins from the address in ${ADDRESS_WINDOW_MINUTES} minutes`,
      address: clientAddress,
    });
    throw new TooManySignInAttemptsError(new Date(oldest!.getTime() + ADDRESS_WINDOW_MINUTES * 60_000));
  }

  /** Locked when the last LOCKOUT_FAILURES attempts from the same side all failed, the latest within LOCKOUT_MINUTES. */
  private async refuseLockedAccount(
    email: string,
    knownDeviceId: string | null,
    clientAddress: string,
  ): Promise<void> {
    const recent = await this.attempts.latestFor(email, knownDeviceId, LOCKOUT_MINUTES, LOCKOUT_FAILURES);
    if (recent.length < LOCKOUT_FAILURES || recent.some((a) => a.succeeded)) return;
    logSecurityRefusal({
      kind: 'lockout',
      who: null,
      what: 'POST /api/auth/sign-in',
      why: knownDeviceId
        ? `account_locked on the known device ${knownDeviceId}`
        : 'account_locked to browsers that are not a known device',
      address: clientAddress,
    });
    throw new AccountLockedError(new Date(recent[0]!.attempted_at.getTime() + LOCKOUT_MINUTES * 60_000));
  }
}
