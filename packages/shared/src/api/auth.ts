import { z } from 'zod';

/** Usernames as the original server accepted them: 3-50 of letters, digits and underscore. */
export const usernameSchema = z
  .string()
  .trim()
  .min(3, 'username must be at least 3 characters')
  .max(50, 'username must be at most 50 characters')
  .regex(/^[A-Za-z0-9_]+$/, 'username may contain only letters, digits and underscore');

/** Passwords: at least 8 characters with a letter and a digit (the original's rule). */
export const passwordSchema = z
  .string()
  .min(8, 'password must be at least 8 characters')
  .max(256, 'password must be at most 256 characters')
  .regex(/[A-Za-z]/, 'password must contain a letter')
  .regex(/[0-9]/, 'password must contain a digit');

/** Emails are trimmed and lower-cased so that one address maps to one account. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('invalid email address').max(254));

export const signupInputSchema = z.object({ email: emailSchema, username: usernameSchema, password: passwordSchema });
export const loginInputSchema = z.object({ email: emailSchema, password: z.string().min(1).max(256) });
export const updateProfileInputSchema = z.object({ username: usernameSchema });
export const changePasswordInputSchema = z.object({ current: z.string().min(1).max(256), next: passwordSchema });
export const deleteAccountInputSchema = z.object({ password: z.string().min(1).max(256) });
export const requestPasswordResetInputSchema = z.object({ email: emailSchema });
export const resetPasswordInputSchema = z.object({
  token: z.string().regex(/^[a-z2-7]{16,64}$/, 'invalid reset token'),
  password: passwordSchema,
});

/** A user as the API shows it: never the password hash. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  username: z.string(),
  createdAt: z.iso.datetime(),
});

/** Answer of signup and login: the user and a session token for `Authorization: Bearer`. */
export const authSessionSchema = z.object({
  user: userSchema,
  token: z.string(),
  expiresAt: z.iso.datetime(),
});

/** Why an account procedure refused, in `error.data.reason`, for clients to word it themselves. */
export const AUTH_REASONS = ['EMAIL_TAKEN', 'USERNAME_TAKEN', 'WRONG_CREDENTIALS', 'WRONG_PASSWORD', 'ACCOUNT_DISABLED', 'RESET_LINK_INVALID'] as const;
export type AuthReason = (typeof AUTH_REASONS)[number];

export const okSchema = z.object({ ok: z.literal(true) });

export type SignupInput = z.infer<typeof signupInputSchema>;
export type LoginInput = z.infer<typeof loginInputSchema>;
export type User = z.infer<typeof userSchema>;
export type AuthSession = z.infer<typeof authSessionSchema>;
