/**
 * MailApp as Apps Script has it (reference: MailApp; guides/services/quotas): sendEmail with a
 * message object (to, cc, bcc, subject, body, htmlBody, name, replyTo, noReply) or with
 * (recipient, subject, body[, options]); getRemainingDailyQuota() counts recipients, not
 * messages. The limits of a consumer account: 100 recipients a day, 50 per message, a body of
 * 200 KB; the failures carry Apps Script's messages. Sent messages are kept for tests and the
 * preview.
 */

export interface SentMail {
  readonly to: string[];
  readonly cc: string[];
  readonly bcc: string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  readonly name: string;
  readonly replyTo: string;
  readonly from: string;
}

const ADDRESS = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;

const split = (v: unknown): string[] =>
  String(v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export class FakeMailApp {
  readonly sent: SentMail[] = [];
  /** Recipients left today (a consumer Gmail account starts at 100). */
  quota = 100;
  recipientsPerMessage = 50;
  bodyBytes = 200 * 1024;

  constructor(private readonly sender: () => string) {}

  service() {
    return {
      getRemainingDailyQuota: () => this.quota,
      sendEmail: (a: unknown, b?: unknown, c?: unknown, d?: unknown) => {
        if (a && typeof a === 'object') return this.send(a as Record<string, unknown>);
        // sendEmail(recipient, subject, body[, options])
        return this.send({ ...((d as object) ?? {}), to: a, subject: b, body: c });
      },
    };
  }

  private send(m: Record<string, unknown>): void {
    const to = split(m.to);
    const cc = split(m.cc);
    const bcc = split(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw new Error('Exception: Failed to send email: no recipient');
    for (const r of all) if (!ADDRESS.test(r)) throw new Error(`Exception: Invalid email: ${r}`);
    if (all.length > this.recipientsPerMessage) throw new Error('Exception: Limit Exceeded: Email Recipients Per Message.');
    const body = String(m.body ?? '');
    const htmlBody = String(m.htmlBody ?? '');
    if (Buffer.byteLength(body) + Buffer.byteLength(htmlBody) > this.bodyBytes) throw new Error('Exception: Limit Exceeded: Email Body Size.');
    if (all.length > this.quota) throw new Error('Exception: Service invoked too many times for one day: email.');
    this.quota -= all.length;
    this.sent.push({
      to,
      cc,
      bcc,
      subject: String(m.subject ?? ''),
      body,
      htmlBody,
      name: String(m.name ?? ''),
      replyTo: String(m.replyTo ?? ''),
      from: this.sender(),
    });
  }
}
