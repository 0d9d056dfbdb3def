/**
 * Who is asking: nobody, a signed-in person, or an API key. Routes decide what each may do from
 * this alone (see `authorise.ts`), so sessions and keys are checked in one place.
 */

/** A person's role in their organisation. */
export type OrganisationRole = 'owner' | 'editor';

/** A request's identity. */
export type Principal =
  | { type: 'anonymous' }
  | {
      type: 'person';
      /** The Better Auth user id. */
      id: string;
      /** The email address, as the audit log shows it. */
      label: string;
      secretariat: boolean;
      /** Member ids of the person's organisations, with their role in each. */
      organisations: ReadonlyMap<string, OrganisationRole>;
    }
  | {
      type: 'key';
      id: string;
      /** The key's prefix and name, as the audit log shows it. */
      label: string;
      secretariat: boolean;
      /** The member id the key acts for (as an editor); null for a secretariat key. */
      organisation: string | null;
    };
