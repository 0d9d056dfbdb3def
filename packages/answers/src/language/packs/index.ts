/** The languages the chatbot speaks today. Add a pack here (and its key in the knowledge entries). */
import type { LanguagePack } from '../language-pack.ts';
import { cs } from './cs.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { hu } from './hu.ts';
import { sk } from './sk.ts';

/** Every language pack, English (the fallback) first. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, de, fr, cs, sk, hu];
