import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import {
  AccountLockedError,
  InvalidCredentialsError,
  TooManySignInAttemptsError,
} from './identity.errors.js';
import { SignInAttemptsRepository } from './sign-in-attempts.repository.js';
import { UsersRepository } from './users.repository.js';

/** Five wrong passwords in a row within 15 minutes lock the account for 15 minutes. */
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;
/** One device may try 30 times in 5 minutes, whatever the accounts. */
export const DEVICE_ATTEMPTS = 30;
export const DEVICE_WINDOW_MINUTES = 5;

// Verified against when the account does not exist, so a wrong address takes as long as a wrong password.
const DECOY_HASH = argon2.hash('not-a-real-password', { type: argon2.argon2id });

@Injectable()
export class SignInService {
  private readonly users: UsersRepository;
  private readonly attempts: SignInAttemptsRepository;

  constructor(dataSource: DataSource) {
    this.users = new UsersRepository(dataSource.manager);
    this.attempts = new SignInAttemptsRepository(dataSource.manager);
  }

  /** Checks an email and password; returns the user's id or throws why not. Every attempt is recorded. */
  async verifyPassword(emailAsTyped: string, password: string, clientAddress: string): Promise<string> {
    const email = emailAsTyped.trim().toLowerCase();
    await this.refuseBusyDevice(clientAddress);
    await this.refuseLockedAccount(email);

    const user = await this.users.withPassword(email);
    const hash: string = user?.password_hash ?? (await DECOY_HASH);
    const valid = (await argon2.verify(hash, password).catch(() => false)) && Boolean(user?.password_hash);
    await this.attempts.record(email, clientAddress, valid);
    if (!valid) {
      await this.refuseLockedAccount(email);
      throw new InvalidCredentialsError();
    }
    return user!.id;
  }

  private async refuseBusyDevice(clientAddress: string): Promise<void> {
    if ((await this.attempts.fromDevice(clientAddress, DEVICE_WINDOW_MINUTES)) >= DEVICE_ATTEMPTS)
      throw new TooManySignInAttemptsError();
  }

  /** Locked when the last LOCKOUT_FAILURES attempts all failed, the latest within LOCKOUT_MINUTES. */
  private async refuseLockedAccount(email: string): Promise<void> {
    const recent = await this.attempts.latestFor(email, LOCKOUT_MINUTES, LOCKOUT_FAILURES);
    if (recent.length === LOCKOUT_FAILURES && recent.every((a) => !a.succeeded)) {
      throw new AccountLockedError(new Date(recent[0]!.attempted_at.getTime() + LOCKOUT_MINUTES * 60_000));
    }
  }
}
