/**
 * Spanish held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Spanish holdout cases, worded apart from the tune set. */
export const HOLDOUT_ES: readonly MultilingualCase[] = casesFor('es', {
  emergency: [
    'llamen a la policía, nos pegan en la finca',
    'mi novio me vende a hombres y esta noche creo que me mata',
    'vuelven esta noche y dijeron que me iban a quemar',
    'me esta asfixiando, me escondi en el bano',
    'escondieron mi telefono, escribo con el de una companera, no nos dejan salir',
    'cada noche me encierran con llave, tengo que irme de aqui',
    'trabajo sin sueldo y si me voy dice que me quema viva',
    // Someone else in danger.
    'al niño de los vecinos lo tienen atado en el patio y le pegan',
    'mi madre está secuestrada por su jefe',
    'una mujer grita en la furgoneta, la estan golpeando',
    // Very short.
    'tiene un cuchillo',
    'urgente!!',
    'sálvenme',
    'necesito ayuda ya',
  ],
  help: [
    'estuve dos años explotada, dónde busco apoyo ahora',
    'necesito un abogado, soy víctima de trata',
    'hay algún piso de acogida para mujeres que salieron de la prostitución forzada',
    'quién puede ayudar a mi tía, la engañaron con un trabajo en italia y ya está aquí',
  ],
  report: [
    'dónde doy un aviso a la policía sobre un prostíbulo',
    'denunciar explotación en una obra',
    'un tío en la estación de autobuses ofrece trabajo en el extranjero a chicas jóvenes, me parece raro, a quién se lo digo',
    'número para denunciar trata en portugal',
  ],
  ordinary: [
    ['signs-of-trafficking', 'cómo sé si a una compañera la están explotando'],
    ['forms-of-exploitation', 'obligar a alguien a robar cuenta como trata'],
    ['victim-rights', 'las víctimas reciben indemnización?'],
    ['child-victims', 'niños obligados a delinquir, qué protección tienen'],
    ['eu-policy', 'quién es el coordinador de la ue contra la trata'],
    ['privacy', 'guardáis mis mensajes?'],
    ['who-can-join', 'una casa de acogida para mujeres puede ser miembro'],
    ['find-resources', 'formación sobre violencia contra trabajadoras del hogar'],
    ['greeting', 'buenos días'],
    ['platform-meetings', 'cómo funcionan las reuniones de la plataforma'],
  ],
});
