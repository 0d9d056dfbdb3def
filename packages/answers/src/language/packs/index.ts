/** The languages the chatbot speaks today. Add a pack here (and its key in the knowledge entries). */
import type { LanguagePack } from '../language-pack.ts';
import { da } from './da.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import { sv } from './sv.ts';

/** Every language pack, English (the fallback) first. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, de, fr, sv, da, fi];
