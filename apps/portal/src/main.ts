/** The portal page's entry: registers `<thb-portal>`, which index.html holds. */
import { ThbPortal } from './portal-app.ts';

if (!customElements.get('thb-portal')) customElements.define('thb-portal', ThbPortal);
