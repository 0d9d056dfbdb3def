/**
 * Lit bindings for the THB client.
 *
 * @example
 * import { QueryController } from '@thb/client/lit';
 * data = new QueryController(this, pageQueryClient, () => apiQuery(api, '/v1/stats'));
 */
export { QueryController } from './query-controller.ts';
