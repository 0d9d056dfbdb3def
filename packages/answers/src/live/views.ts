/**
 * Store records as the chat's items show them: the same views the read API returns, so
 * widgets render both alike.
 */
export {
  organisationNames, toEventView as eventView, toMemberView as memberView, toResourceView as resourceView,
} from '@thb/store/views';
