/** Spanish strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Derechos humanos',
  'focus.children-rights': 'Derechos de la infancia',
  'focus.women-rights': 'Derechos de las mujeres',
  'focus.gender-equality': 'Igualdad de género',
  'focus.migrant-rights': 'Derechos de las personas migrantes',
  'focus.victim-protection': 'Protección de las víctimas',
  'focus.sexual-exploitation': 'Explotación sexual',
  'focus.labour-exploitation': 'Explotación laboral',
  'focus.forced-begging': 'Mendicidad forzada',
  'focus.forced-criminal-activities': 'Actividades delictivas forzadas',
  'focus.organ-removal': 'Extracción de órganos',
  'focus.forced-marriage': 'Matrimonio forzado',
  'focus.illegal-adoption': 'Adopción ilegal',
  'focus.surrogacy-exploitation': 'Explotación de la gestación subrogada',
} satisfies Translation<FocusKey>;
