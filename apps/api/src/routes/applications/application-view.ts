/** Applications as the API shows them, and reading the applicant's token. */
import { Application, DraftOrganisation } from '@thb/schema';
import { looksLikeToken, type StoredApplication, type StoredCall } from '@thb/store/portal';
import type { Context } from 'hono';
import type { AppEnv } from '../../lib/types.ts';

/** The header the applicant's token travels in (not `Authorization`, which is for API keys). */
export const APPLICATION_TOKEN_HEADER = 'Application-Token';

/** The security scheme of the applicant's routes. */
export const APPLICATION_SECURITY = [{ applicationToken: [] }];
export const APPLICATION_TOKEN_SCHEME = {
  type: 'apiKey', in: 'header', name: APPLICATION_TOKEN_HEADER,
  description: 'The token `POST /v1/applications` answered with (and mailed in the link `/portal/application?token=…`)',
} as const;

/** The token sent with the request, if it could be one. */
export function applicationToken(c: Context<AppEnv>): string | undefined {
  const token = c.req.header(APPLICATION_TOKEN_HEADER)?.trim();
  return looksLikeToken(token) ? token : undefined;
}

/** An application, field by field from the public schema; fields a stored draft lacks stay out. */
export function toApplicationView(application: StoredApplication, call: Pick<StoredCall, 'closesAt'>): Application {
  const organisation = DraftOrganisation.safeParse(application.organisation);
  return Application.parse({
    id: application.id, callId: application.callId, status: application.status,
    organisation: organisation.success ? organisation.data : {},
    contact: application.contact,
    createdAt: application.createdAt, updatedAt: application.updatedAt, submittedAt: application.submittedAt,
    decidedAt: application.decidedAt, reason: application.reason, memberId: application.memberId,
    editableUntil: call.closesAt,
  });
}
