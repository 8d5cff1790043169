import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { RATE_LIMIT_STORE, type RateLimitStore } from '../common/rate-limits/rate-limit-store.js';
import { AppConfig } from '../config/app-config.js';
import { SessionsService } from '../identity/sessions.service.js';
import { newMessageId } from '../notifications/message-id.js';
import { OutboxRepository } from '../notifications/outbox.repository.js';
import {
  SignInLinkExpiredError,
  SignInLinkOtherBrowserError,
  SignInLinkUnknownError,
  SignInLinkUsedError,
  TooManySignInLinksError,
} from './family.errors.js';
import { familySignInEmail, familySignInLink } from './family-sign-in-email.js';
import { FamilySignInLinksRepository } from './family-sign-in-links.repository.js';

/** A link works for 15 minutes after it is sent. */
export const SIGN_IN_LINK_MINUTES = 15;
/** Links asked for one address, and from one network address, in a window of 15 minutes. */
const LINKS_PER_EMAIL = 3;
const LINKS_PER_ADDRESS = 10;
const LINK_WINDOW_MS = 15 * 60 * 1000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const sameHash = (a: string, b: string) => timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

/**
 * Families sign in with a one-time link emailed to the address the council holds for them. Asking always gets the
 * same answer, so nobody can learn whether an address is known. The link works once, for 15 minutes, and only in
 * the browser that asked for it (which holds a nonce in a cookie): a link forwarded or intercepted is no use.
 */
@Injectable()
export class FamilySignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(RATE_LIMIT_STORE) private readonly limits: RateLimitStore,
  ) {}

  /**
   * Sends a link if the address is a live family account; answers the nonce for the asking browser's cookie
   * whether it is or not.
   */
  async sendLink(email: string, clientAddress: string): Promise<{ browserNonce: string; demoLink?: string }> {
    const address = email.trim().toLowerCase();
    await this.withinLimits(address, clientAddress);
    const browserNonce = randomBytes(32).toString('base64url');
    const demoLink = await this.dataSource.transaction(async (manager) => {
      const links = new FamilySignInLinksRepository(manager);
      const account = await links.liveAccount(address);
      if (!account) return undefined;
      const userId = account.id;
      const token = randomBytes(32).toString('base64url');
      const linkId = await links.create(userId, sha256(token), sha256(browserNonce), SIGN_IN_LINK_MINUTES);
      const link = familySignInLink(this.config.PUBLIC_URL, token);
      const email = familySignInEmail(link, SIGN_IN_LINK_MINUTES);
      await new OutboxRepository(manager).queue([
        {
          notificationId: null,
          recipientId: userId,
          kind: 'family_sign_in_link',
          causeKey: `family-sign-in-link:${linkId}`,
          address: account.email,
          subject: email.subject,
          bodyText: email.text,
          bodyHtml: email.html,
          ics: null,
          messageId: newMessageId(this.config.MAIL_FROM),
        },
      ]);
      return this.isDemoAccount(account.email) ? link : undefined;
    });
    return demoLink ? { browserNonce, demoLink } : { browserNonce };
  }

  /**
   * Spends the link and starts a session in one transaction: a refusal (unknown, expired, used, another browser)
   * changes nothing, and a link is never spent without its session.
   */
  async redeem(
    token: string,
    browserNonce: string | null,
  ): Promise<{ userId: string; token: string; expiresAt: Date }> {
    return this.dataSource.transaction(async (manager) => {
      const links = new FamilySignInLinksRepository(manager);
      const link = await links.lock(sha256(token));
      if (!link) throw new SignInLinkUnknownError();
      if (link.used) throw new SignInLinkUsedError();
      if (link.expired) throw new SignInLinkExpiredError();
      if (!browserNonce || !sameHash(sha256(browserNonce), link.browserNonceHash))
        throw new SignInLinkOtherBrowserError();
      if (!(await links.isLive(link.userId))) throw new SignInLinkUnknownError();
      await links.spend(link.id);
      const session = await this.sessions.startWithin(manager, link.userId, 'link');
      await this.audit.record(manager, {
        actorId: link.userId,
        action: 'family_member.signed_in',
        entityType: 'user',
        entityId: link.userId,
        after: { method: 'link' },
      });
      return { userId: link.userId, ...session };
    });
  }

  /** Per address asked for (whether known or not, so the limit tells nothing) and per network address. */
  private async withinLimits(email: string, clientAddress: string): Promise<void> {
    const [byEmail, byAddress] = await Promise.all([
      this.limits.hit(`family-link:email:${sha256(email)}`, LINK_WINDOW_MS),
      this.limits.hit(`family-link:address:${clientAddress}`, LINK_WINDOW_MS),
    ]);
    const over = [
      byEmail.count > LINKS_PER_EMAIL ? byEmail.resetInMs : 0,
      byAddress.count > LINKS_PER_ADDRESS ? byAddress.resetInMs : 0,
    ];
    const waitMs = Math.max(...over);
    if (waitMs > 0) throw new TooManySignInLinksError(Math.max(1, Math.ceil(waitMs / 1000)));
  }

  /**
   * A demo account shows its link on the page: its address is at a `.example` domain (RFC 2606), which no real
   * mailbox can have, and the council's demo data is on. A real family's link only ever goes by email.
   */
  private isDemoAccount(email: string): boolean {
    return this.config.DEMO_DATA === 'auto' && /\.example$/i.test(email);
  }
}
