import nodemailer from 'nodemailer';
import type { Logger } from '../observability/logger';

/** Sends the emails the API needs; swappable so tests and SMTP-less setups work. */
export interface Mailer {
  sendPasswordReset(to: string, resetUrl: string): Promise<void>;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string | undefined;
  password?: string | undefined;
  from: string;
}

/** A mailer over SMTP with nodemailer. */
export function createSmtpMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
    // Local and test servers often lack certificates; production sets SMTP_SECURE.
    tls: settings.secure ? undefined : { rejectUnauthorized: false },
  });
  return {
    async sendPasswordReset(to, resetUrl) {
      await transport.sendMail({
        from: settings.from,
        to,
        subject: 'derma-edge password reset',
        text: `Someone asked to reset the password of your derma-edge account.\n\nOpen this link within 30 minutes to choose a new password:\n${resetUrl}\n\nIf it was not you, ignore this email.`,
      });
    },
  };
}

/** Without SMTP the reset is logged (without the link) so operators see that email is not set up. */
export function createLogMailer(logger: Logger): Mailer {
  return {
    async sendPasswordReset(to) {
      logger.warn({ to }, 'password reset requested but SMTP is not configured');
    },
  };
}
