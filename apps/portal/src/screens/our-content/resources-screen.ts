/** `<thb-portal-our-resources>`: an organisation's resources in every status; create and edit them. */
import type { TemplateResult } from 'lit';
import type { FieldContext } from './form-fields.ts';
import { OurContentElement } from './our-content-element.ts';
import { readResource, RESOURCE_FIELDS, resourceFields, type ResourceRecord } from './resource-fields.ts';

/** The resources screen. @summary Our resources: list, create, edit. */
export class ThbPortalOurResources extends OurContentElement<ResourceRecord> {
  protected readonly kind = 'resources';
  protected readonly fieldNames = RESOURCE_FIELDS;

  protected renderFields(context: FieldContext, record: ResourceRecord | undefined): TemplateResult {
    return resourceFields(context, record);
  }

  protected readRecord(form: HTMLFormElement, existing: ResourceRecord | undefined): Record<string, unknown> {
    return readResource(form, existing, this.memberId);
  }
}

if (!customElements.get('thb-portal-our-resources')) customElements.define('thb-portal-our-resources', ThbPortalOurResources);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-our-resources': ThbPortalOurResources;
  }
}
