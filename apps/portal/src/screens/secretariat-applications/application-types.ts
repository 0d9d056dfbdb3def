/** An application as `GET /v1/applications/{id}` and the call's list return it. */
import type { LocalizedText } from '@thb/schema/localized';

export interface ApplicationView {
  id: string;
  callId: string;
  status: 'draft' | 'submitted' | 'approved' | 'rejected';
  organisation: {
    name?: string; acronym?: string; country?: string; city?: string; scope?: string; focus?: string[];
    languages?: string[]; website?: string; description?: LocalizedText;
  };
  contact: { name: string; email: string; locale: string };
  submittedAt: string | null;
  decidedAt: string | null;
  reason: string | null;
  memberId: string | null;
}

export const APPLICATION_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
