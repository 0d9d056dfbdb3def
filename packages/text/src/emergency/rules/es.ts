/** Spanish emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'me|nos|mi|mis|yo|estoy|estamos|amigo|amiga|hermana|hermano|hija|hijo|madre|mamá|esposa|novia|niño|niña';

export const es: EmergencyPack = {
  rules: [
    `encerrad*|secuestrad*|raptad*|atrapad*|prisioner*|rehén|retenid*|encierran|encerró|secuestraron|encierra ${P}|está|están`,
    'socorro|auxilio|en_peligro|peligro_de_muerte|contra_mi_voluntad|contra_su_voluntad|matarme|suicidarme|quitarme_la_vida',
    `pega|pegan|pegando|pegó|golpe*|pegar|viola|violan|violó|violada|violado|violar|mata|matan|matar|matará|amenaz*|amenas*|apuñal*|acuchill*|estrangul*|agred*|maltrat*|lastim*|herid*|abusa|abusan ${P}|ahora`,
    'ayuda|ayúdame|ayudenme|ayúdenme|ayudadme rápido|ya|ahora|urgente|inmediatamente|pronto|emergencia',
    '=ayuda|ayúdame|ayudenme|ayúdenme|ayudadme|sos|emergencia|policía',
    '~dejan|deja|dejar salir|ir|irme|marcharme|escapar|irnos',
    '~puedo|podemos|puede salir|escapar|huir|irme|escaparme|marcharme|irnos',
    'retienen|retiene|tienen|tiene encerrad*|retenid*|secuestrad*|prisioner*|contra',
    'retienen|retiene me|nos',
    '~pasaporte|pasaportes quitaron|quitado|quitan|quitó|robaron|robado|escondieron|confisc*',
    '~documentos|papeles|dni quitaron|quitado|quitan|quitó|robaron|confisc*',
    'pistola|cuchillo|arma|navaja tiene|tienen|con|me|apunta',
    'morir quiero|voy',
    '~obligan|obliga|obligando|fuerzan|fuerza|obligada|obligado me|nos|estoy',
    '~miedo matar|mata|encuentr*|vuelv*',
    '~sigue|siguen|siguiendo|persigue* me|nos',
    'vengan|venid|ven rápido|ya|pronto|ayuda',
    '~móvil|celular|teléfono quitó|quitaron|quito',
    'haciendo_daño|hacen_daño|dan_paliza*|da_paliza*|le_pegan|lo_pegan|la_pegan',
  ],
  advice: 'quién|cómo|trata|es_normal|señal|señales|debo',
  filler: 'por favor porfa porfavor ya',
  strings: {
    call: 'Llamar al 112',
    text: 'Llama ahora al 112. Es gratuito y funciona desde cualquier teléfono. Si puedes, ve a un lugar seguro.',
    victimSupport: 'Ayuda a las víctimas',
    missingChildren: 'Niños desaparecidos',
  },
};
