/** Display names of publishers and organisers, shared with the chat's live answers. */
export { organisationNames } from '@thb/store/views';
