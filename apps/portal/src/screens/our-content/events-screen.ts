/** `<thb-portal-our-events>`: an organisation's events in every status; create and edit them. */
import type { PropertyValues, TemplateResult } from 'lit';
import { EVENT_FIELDS, eventFields, eventFormState, readEvent, type EventFormState, type EventRecord } from './event-fields.ts';
import type { FieldContext } from './form-fields.ts';
import { OurContentElement } from './our-content-element.ts';

/** The events screen. @summary Our events: list, create, edit; dates to the day, month or season. */
export class ThbPortalOurEvents extends OurContentElement<EventRecord> {
  static override properties = { ...OurContentElement.properties, formState: { state: true } };
  declare formState: EventFormState;

  constructor() {
    super();
    this.formState = eventFormState(undefined);
  }
  protected readonly kind = 'events';
  protected readonly fieldNames = EVENT_FIELDS;
  #formFor: EventRecord | undefined | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A form opened on another record (or a new one) starts from that record's precision; a
    // 412 keeps the record, so the choices made stay.
    const record = this.editing?.mode === 'edit' ? this.editing.item.record : this.editing ? undefined : null;
    if (changed.has('editing') && record !== this.#formFor) {
      this.#formFor = record;
      this.formState = eventFormState(record ?? undefined);
    }
  }

  protected renderFields(context: FieldContext, record: EventRecord | undefined): TemplateResult {
    return eventFields(context, record, this.formState, (state) => { this.formState = state; });
  }

  protected readRecord(form: HTMLFormElement, existing: EventRecord | undefined): Record<string, unknown> {
    return readEvent(form, existing, this.memberId, this.formState);
  }
}

if (!customElements.get('thb-portal-our-events')) customElements.define('thb-portal-our-events', ThbPortalOurEvents);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-our-events': ThbPortalOurEvents;
  }
}
