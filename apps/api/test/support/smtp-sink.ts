import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  messageId: string;
  subject: string;
  raw: string;
  /** The message with quoted-printable undone: what a reader sees, for searching. */
  decoded: string;
}

const decodeQuotedPrintable = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A refusal the server gives in place of accepting: `451` for now, `550` for good. */
export interface Refusal {
  code: number;
  message: string;
}

/** A real SMTP server on a loopback port, keeping every message it accepts, as a council's mail server would. */
export class SmtpSink {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    readonly received: ReceivedMail[],
    /** Answers to give, in turn, to messages for an address, before accepting them. */
    private readonly refusals: Map<string, Refusal[]>,
  ) {}

  /** `acceptAfterMs`: a slow mail server, which takes that long to accept each message. */
  static async start(options: { acceptAfterMs?: number } = {}): Promise<SmtpSink> {
    const received: ReceivedMail[] = [];
    const refusals = new Map<string, Refusal[]>();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        const refusal = refusals.get(address.address.toLowerCase())?.shift();
        if (!refusal) return callback();
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => setTimeout(accept, options.acceptAfterMs ?? 0));
        const accept = () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            messageId: /^Message-ID: *(.+)$/im.exec(raw)?.[1]?.trim() ?? '',
            subject: /^Subject: *(.+)$/im.exec(raw)?.[1]?.trim() ?? '',
            raw,
            decoded: decodeQuotedPrintable(raw),
          });
          callback();
        };
      },
    });
    // A client that dies mid-message (an API node killed during delivery) resets its connection: the message is
    // simply not accepted, as with a real mail server, rather than an error that would stop the test process.
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new SmtpSink(server, (server.server.address() as AddressInfo).port, received, refusals);
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next messages to `address` are refused, in turn, with these answers. */
  refuse(address: string, ...refusals: Refusal[]): void {
    this.refusals.set(address.toLowerCase(), refusals);
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
