import { describe, expect, it } from 'vitest';
import { EventView, MemberView, ResourceView } from '@thb/schema';
import { eventSpan } from './event-span.ts';
import { aMember, aResource, anEvent } from './testing/records.ts';
import { toEventView, toMemberView, toResourceView, type OrganisationNamer } from './views.ts';

// The views copy fields one by one; these check that none of the public schema's fields is forgotten.

const named: OrganisationNamer = (ref) => (ref.type === 'member' ? { ...ref, name: 'A member' } : { type: 'commission', name: 'EC' });

describe('read views', () => {
  it('give a member every public field, optional ones included, and nothing else', () => {
    const member = aMember({
      id: 'full', acronym: 'FM', website: 'https://example.org/', lastConfirmedAt: '2026-11-30T09:00:00Z',
      contact: { email: 'a@example.org', phone: '+49 30 1234567', url: 'https://example.org/contact' },
    });
    const view = toMemberView(member, 'en');
    expect(MemberView.parse(view)).toEqual(view);
    expect(Object.keys(view).sort()).toEqual(Object.keys(MemberView.shape).sort());
    expect(Object.keys(view.contact).sort()).toEqual(['email', 'phone', 'url']);
  });

  it('give a hotline every public field, its details included', () => {
    const resource = aResource({
      id: 'full', type: 'hotline', publisher: { type: 'member', memberId: 'full' },
      hotline: { phone: '116 000', hours: { en: '24/7', de: 'rund um die Uhr' }, languages: ['en', 'de'] },
    });
    const view = toResourceView(resource, 'de', named);
    expect(ResourceView.parse(view)).toEqual(view);
    expect(Object.keys(view).sort()).toEqual(Object.keys(ResourceView.shape).sort());
    expect(view.hotline).toEqual({ phone: '116 000', hours: 'rund um die Uhr', languages: ['en', 'de'] });
  });

  it('give an event every public field, place and links included', () => {
    const event = anEvent({
      id: 'full', format: 'hybrid', datePrecision: 'month', start: '2027-03-01', end: '2027-03-31', approximateDate: '2027-03',
      place: { name: 'Hall', address: 'Rue de la Loi 200', city: 'Brussels', country: 'BE' },
      registrationUrl: 'https://example.org/register',
    });
    const { startsAt, endsAt } = eventSpan(event);
    const view = toEventView({ event, startsAt, endsAt, datePrecision: event.datePrecision }, 'en', named);
    expect(EventView.parse(view)).toEqual(view);
    expect(Object.keys(view).sort()).toEqual(Object.keys(EventView.shape).sort());
    expect(view.place).toEqual(event.place);
  });
});
