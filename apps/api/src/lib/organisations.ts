/** Display names of publishers and organisers, shared with the chat's live answers. */
export { COMMISSION_NAMES, organisationNames } from '@thb/store/views';
