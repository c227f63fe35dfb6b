// The account doors' server side: the sign-in page and action, sign-out, and the account page
// (profile, password change, API tokens). Routes call one function each.
import { data, redirect, type AppLoadContext } from '@remix-run/node'
import { z } from 'zod'
import { listApiTokens } from '../../db/queries/accounts'
import { auditSource } from './audit.server'
import {
  anonymousCsrf,
  changePassword,
  clearSessionCookie,
  createApiToken,
  LOCK_MS,
  PasswordChangeForm,
  revokeApiToken,
  sessionCookie,
  signIn,
  SignInForm,
  signOut,
} from './auth.server'
import { readForm } from '../http/request-input.server'
import type { MessageKey } from '../i18n/kk'
import type { MessageParams } from '../i18n/translate'
import { MIN_PASSWORD_LENGTH } from './passwords.server'
import { optionalUser, requireCsrf, requireUser, safeRedirect } from './policy.server'

interface FormMessage {
  key: MessageKey
  params?: MessageParams
}

function secretOf(context: AppLoadContext): string {
  const secret = context.env.SESSION_SECRET
  if (!secret) throw new Error('SESSION_SECRET was not resolved at start (server.ts)')
  return secret
}

// ── sign-in ─────────────────────────────────────────────────────────────────────────────────

export async function loginPage(request: Request, context: AppLoadContext) {
  const url = new URL(request.url)
  const redirectTo = safeRedirect(url.searchParams.get('redirectTo'))
  if (await optionalUser(request, context)) throw redirect(redirectTo)
  const csrf = anonymousCsrf(request, secretOf(context))
  return data(
    { csrfToken: csrf.token, redirectTo },
    {
      headers: {
        'Cache-Control': 'no-store',
        ...(csrf.setCookie ? { 'Set-Cookie': csrf.setCookie } : {}),
      },
    },
  )
}

export async function loginAction(request: Request, context: AppLoadContext) {
  const form = await readForm(request)
  requireCsrf(request, context, form, null)
  const parsed = SignInForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) {
    return data(
      { error: { key: 'login.error.missing' } as FormMessage, email: '' },
      { status: 400 },
    )
  }
  const result = await signIn(context.db, {
    email: parsed.data.email,
    password: parsed.data.password,
    source: auditSource(request, context),
    secure: new URL(request.url).protocol === 'https:',
  })
  if (!result.ok) {
    const error: FormMessage =
      result.reason === 'locked'
        ? { key: 'login.error.locked', params: { minutes: LOCK_MS / 60_000 } }
        : result.reason === 'rate_limited'
          ? { key: 'login.error.rate_limited' }
          : { key: 'login.error.invalid' }
    return data(
      { error, email: parsed.data.email },
      { status: result.reason === 'invalid' ? 400 : 429 },
    )
  }
  throw redirect(safeRedirect(parsed.data.redirectTo), {
    headers: { 'Set-Cookie': sessionCookie(request, secretOf(context), result.token) },
  })
}

// ── sign-out ────────────────────────────────────────────────────────────────────────────────

/**
 * A signed-in POST must carry its session's CSRF token like every form — a body-less POST
 * included: it is refused with 403 and the session stays (another site must not be able to sign
 * a user out either). Without a session there is nothing to end: back to /login.
 */
export async function logoutAction(request: Request, context: AppLoadContext) {
  const user = await optionalUser(request, context)
  const form = await readForm(request)
  if (user?.sessionId) {
    requireCsrf(request, context, form, user)
    await signOut(
      context.db,
      { sessionId: user.sessionId, userId: user.id },
      auditSource(request, context),
    )
  }
  throw redirect('/login', { headers: { 'Set-Cookie': clearSessionCookie(request) } })
}

// ── the account page ────────────────────────────────────────────────────────────────────────

export async function accountPage(request: Request, context: AppLoadContext) {
  const user = await requireUser(request, context)
  const tokens = await listApiTokens(context.db, user.id)
  return {
    user: {
      name: user.name,
      email: user.email,
      role: user.role,
      regionCode: user.regionCode,
      agencyId: user.agencyId,
    },
    minPasswordLength: MIN_PASSWORD_LENGTH,
    tokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revoked: t.revokedAt !== null,
    })),
  }
}

const AccountIntent = z.discriminatedUnion('intent', [
  PasswordChangeForm.extend({ intent: z.literal('password') }),
  z.object({ intent: z.literal('create-token'), name: z.string().max(100).default('') }),
  z.object({ intent: z.literal('revoke-token'), id: z.coerce.number().int().positive() }),
])

export type AccountActionResult =
  | { intent: 'password'; ok: boolean; message: FormMessage }
  | { intent: 'create-token'; ok: true; token: string }
  | { intent: 'revoke-token'; ok: boolean }

export async function accountAction(request: Request, context: AppLoadContext) {
  const user = await requireUser(request, context)
  const form = await readForm(request)
  requireCsrf(request, context, form, user)
  const parsed = AccountIntent.safeParse(Object.fromEntries(form))
  if (!parsed.success) throw new Response('Bad form', { status: 400 })
  const source = auditSource(request, context)
  const input = parsed.data
  switch (input.intent) {
    case 'password': {
      const result = await changePassword(context.db, {
        userId: user.id,
        sessionId: user.sessionId,
        currentPassword: input.currentPassword,
        newPassword: input.newPassword,
        confirmPassword: input.confirmPassword,
        source,
      })
      const answer: AccountActionResult = result.ok
        ? { intent: 'password', ok: true, message: { key: 'account.password.changed' } }
        : {
            intent: 'password',
            ok: false,
            message: {
              key: `account.password.error.${result.error}`,
              params: { min: MIN_PASSWORD_LENGTH },
            },
          }
      return data(answer, { status: result.ok ? 200 : 400 })
    }
    case 'create-token': {
      const created = await createApiToken(
        context.db,
        { userId: user.id, name: input.name },
        { userId: user.id, source },
      )
      // Shown once; never stored in clear, never cached.
      const answer: AccountActionResult = { intent: 'create-token', ok: true, token: created.token }
      return data(answer, { headers: { 'Cache-Control': 'no-store' } })
    }
    case 'revoke-token': {
      const ok = await revokeApiToken(
        context.db,
        { id: input.id, ownerId: user.id },
        { userId: user.id, source },
      )
      const answer: AccountActionResult = { intent: 'revoke-token', ok }
      return data(answer, { status: ok ? 200 : 404 })
    }
  }
}
