import { Injectable } from '@nestjs/common';
import type { TwoStepEnrolment, TwoStepStatus } from '@convene/contracts';
import argon2 from 'argon2';
import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { SecretBox } from '../../common/secrets/secret-box.js';
import { SessionEvents } from '../session-events.js';
import type { SessionUser } from '../session-user.js';
import { UsersRepository } from '../users.repository.js';
import { SecondFactorsRepository } from './second-factors.repository.js';
import { openTwoStepSecret, sealTwoStepSecret } from './two-step-secret.js';
import {
  TwoStepAlreadyOnError,
  TwoStepCodeWrongError,
  TwoStepNotOnError,
  TwoStepNotStartedError,
  TwoStepRequiredForAdminsError,
  TwoStepUserNotFoundError,
} from './two-step.errors.js';

const RECOVERY_CODE_COUNT = 10;
/** One step either side of now: an app whose clock is 30 seconds out still works. */
const TOLERANCE_SECONDS = 30;
const TOTP_CODE = /^\d{6}$/;
// Recovery codes are random (50 bits), so argon2 at OWASP's minimum settings is ample and keeps sign-in quick.
const RECOVERY_HASH = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Two-step sign-in for password accounts: an authenticator app (TOTP) and single-use recovery codes. */
@Injectable()
export class TwoStepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly box: SecretBox,
    private readonly sessionEvents: SessionEvents,
  ) {}

  async status(user: SessionUser): Promise<TwoStepStatus> {
    const factors = new SecondFactorsRepository(this.dataSource.manager);
    const factor = await factors.of(user.id);
    const on = Boolean(factor?.confirmed_at);
    return {
      on,
      requiredForYou: user.roles.includes('admin'),
      recoveryCodesLeft: on ? await factors.countUnusedRecoveryCodes(user.id) : 0,
    };
  }

  /** A new secret, shown this once as an otpauth URI and a QR code; two-step sign-in is on once confirmed. */
  async startEnrolment(user: SessionUser): Promise<TwoStepEnrolment> {
    const secret = generateSecret();
    const started = await new SecondFactorsRepository(this.dataSource.manager).startEnrolment(
      user.id,
      sealTwoStepSecret(this.box, user.id, secret),
    );
    if (!started) throw new TwoStepAlreadyOnError();
    const otpauthUri = generateURI({ issuer: 'Convene', label: user.email, secret });
    return { secret, otpauthUri, qrCode: await QRCode.toDataURL(otpauthUri, { margin: 2, width: 240 }) };
  }

  /** Confirms the app with its first code and returns the recovery codes, which are never shown again. */
  async confirmEnrolment(user: SessionUser, code: string): Promise<{ recoveryCodes: string[] }> {
    const confirmed = await this.dataSource.transaction(async (manager) => {
      const factors = new SecondFactorsRepository(manager);
      const factor = await factors.of(user.id);
      if (!factor) throw new TwoStepNotStartedError();
      if (factor.confirmed_at) throw new TwoStepAlreadyOnError();
      const secret = await this.secretOf(factors, user.id, factor.secret);
      if (!(await this.acceptTotp(manager, user.id, secret, factor.last_used_step, code, true)))
        throw new TwoStepCodeWrongError();
      const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      await factors.replaceRecoveryCodes(
        user.id,
        await Promise.all(recoveryCodes.map((c) => argon2.hash(c, RECOVERY_HASH))),
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'user.two_step_enabled',
        entityType: 'user',
        entityId: user.id,
        after: { twoStep: true },
      });
      return { recoveryCodes };
    });
    this.sessionEvents.standingChanged.next({ userId: user.id });
    return confirmed;
  }

  /** The user turns it off, proving it is them with a current code. Administrators must keep it. */
  async disable(user: SessionUser, code: string): Promise<void> {
    if (user.roles.includes('admin')) throw new TwoStepRequiredForAdminsError();
    await this.dataSource.transaction(async (manager) => {
      if (!(await new SecondFactorsRepository(manager).of(user.id))?.confirmed_at)
        throw new TwoStepNotOnError();
      if (!(await this.check(manager, user.id, code))) throw new TwoStepCodeWrongError();
      await new SecondFactorsRepository(manager).remove(user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'user.two_step_disabled',
        entityType: 'user',
        entityId: user.id,
        before: { twoStep: true },
        after: { twoStep: false },
      });
    });
    this.sessionEvents.standingChanged.next({ userId: user.id });
  }

  /** An administrator resets someone who lost their app: they sign in with their password and set it up again. */
  async resetByAdmin(admin: SessionUser, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await new UsersRepository(manager).managedOne(userId))) throw new TwoStepUserNotFoundError();
      const removed = await new SecondFactorsRepository(manager).remove(userId);
      if (!removed) throw new TwoStepNotOnError();
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'user.two_step_reset',
        entityType: 'user',
        entityId: userId,
        before: { twoStep: true },
        after: { twoStep: false },
      });
    });
    // An administrator's live connections are held until they set it up again, from their next command.
    this.sessionEvents.standingChanged.next({ userId });
  }

  /** Whether the user has two-step sign-in on. */
  async isOn(manager: EntityManager, userId: string): Promise<boolean> {
    return Boolean((await new SecondFactorsRepository(manager).of(userId))?.confirmed_at);
  }

  /** Checks a code from the app, or spends a recovery code. Neither is ever accepted twice. */
  async check(manager: EntityManager, userId: string, code: string): Promise<boolean> {
    const factors = new SecondFactorsRepository(manager);
    const factor = await factors.of(userId);
    if (!factor?.confirmed_at) return false;
    const typed = code.replace(/\s/g, '').toLowerCase();
    if (TOTP_CODE.test(typed)) {
      const secret = await this.secretOf(factors, userId, factor.secret);
      return this.acceptTotp(manager, userId, secret, factor.last_used_step, typed, false);
    }
    return this.spendRecoveryCode(manager, userId, typed);
  }

  /**
   * The app's secret, opened. TwoStepSecretsAtStart seals every plain one at start; one stored plain after that
   * (by an older node still running during an upgrade) is sealed here, the first time it is used.
   */
  private async secretOf(factors: SecondFactorsRepository, userId: string, stored: string): Promise<string> {
    if (SecretBox.isSealed(stored)) return openTwoStepSecret(this.box, userId, stored);
    await factors.replaceSecret(userId, stored, sealTwoStepSecret(this.box, userId, stored));
    return stored;
  }

  private async acceptTotp(
    manager: EntityManager,
    userId: string,
    secret: string,
    lastUsedStep: string | null,
    code: string,
    confirm: boolean,
  ): Promise<boolean> {
    const typed = code.replace(/\s/g, '');
    if (!TOTP_CODE.test(typed)) return false;
    const result = await verify({
      secret,
      token: typed,
      epochTolerance: TOLERANCE_SECONDS,
      ...(lastUsedStep === null ? {} : { afterTimeStep: Number(lastUsedStep) }),
    }).catch(() => ({ valid: false as const }));
    if (!result.valid || !('timeStep' in result)) return false;
    return new SecondFactorsRepository(manager).useStep(userId, result.timeStep, confirm);
  }

  private async spendRecoveryCode(manager: EntityManager, userId: string, typed: string): Promise<boolean> {
    const normalised = typed.replace(/-/g, '');
    if (normalised.length !== 10) return false;
    const factors = new SecondFactorsRepository(manager);
    for (const candidate of await factors.unusedRecoveryCodes(userId)) {
      if (await argon2.verify(candidate.code_hash, formatRecoveryCode(normalised)).catch(() => false))
        return factors.useRecoveryCode(candidate.id);
    }
    return false;
  }
}

/** Ten characters from an alphabet without look-alikes, shown as `abcde-fghjk`. */
function newRecoveryCode(): string {
  const raw = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(
    '',
  );
  return formatRecoveryCode(raw);
}

function formatRecoveryCode(raw: string): string {
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}
