/**
 * Spanish emergency rules and strings (notation: ../emergency-pack.ts), written as concept
 * vocabularies (who, being held, violence, weapons…) that the rules combine, so that a phrasing
 * nobody wrote down yet is still caught. Spain and Latin America, typed without accents.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Someone it is happening to: the writer, someone close, a person word, "am/is". */
const WHO = 'me|nos|mi|mis|yo|le|la|lo|les|estoy|estamos|está|están|amigo|amiga|hermana|hermano|hija|hijo|madre|mamá|esposa|novia'
  + '|niño*|niña*|bebé|prim*|vecin*|compañer*|trabajador*|chica|chicas';
/** Held: shut in, kidnapped, kept, chained, trapped (participles and present forms). */
const HELD = 'encerrad*|secuestrad*|raptad*|atrapad*|prisioner*|rehén|rehenes|retenid*|encierran|encerró|encerraron|secuestraron'
  + '|secuestran|encierra|encadenad*|amarrad*|atad*|cautiv*|raptaron|plagiad*';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding (verb forms, not the nouns of a question). */
const HURT = 'pega|pegan|pegando|pegó|pegar|pegarme|golpe*|viola|violan|violó|violada|violado|mata|matan|matar|matará|matarme|amenaz*|amenas*'
  + '|apuñal*|acuchill*|estrangul*|ahorc*|aorc*|asfixi*|agred*|maltrata|maltratan|lastim*|herid*|hirió|abusa|abusan|abusando'
  + '|patea*|pateó|abofete*|cachete*|quemaron|quemó|quema|queman|quemad*|sangr*|tortur*|paliza*|chuza*|balea*|disparan|disparó|arrastra*|drogó|drogaron|ahoga*|patada*|puñetazo*|reventando|revienta|ataron|empujó';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'me|nos|mi|mis|yo|estoy|estamos';

export const es: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|aquí|ahora`,
    'socorro|auxilio|en_peligro|peligro_de_muerte|contra_mi_voluntad|contra_su_voluntad|matarme|suicidarme|quitarme_la_vida|a_la_fuerza',
    `${HURT} me|nos|yo|estoy|estamos|ahora|ahora_mismo`,
    `?${HURT} ${WHO}`,
    'ayuda|ayúdame|ayudenme|ayudadme|help rápido|ya|ahora|urgente|inmediatamente|pronto|emergencia|porfavor|sos',
    '=ayuda|ayudaa*|ayudaporfa*|ayudame*|ayudenme|ayudadme|socorro*|auxilio*|sos|emergencia|policía',
    `sos|emergencia|urgencia ${ME}|llamen|llamad|policía|ayuda|hija|hijo|peligro`,
    'llamen|llamad|llama|llamar_ya|avisen|avisad policía|poli|guardia|patrulla|911|112',
    '~dejan|deja|dejar salir|ir|irme|marcharme|escapar|irnos',
    '~no|ni puedo|podemos|puede|pueden salir|escapar|huir|irme|escaparme|marcharme|irnos|respirar|volver_a_mi_casa|volver_a_casa|volver_a_mi_país|regresar_a_mi_casa|regresar_a_casa',
    'retienen|retiene|tienen|tiene me|nos|la|lo|le encerrad*|retenid*|secuestrad*|prisioner*|contra|amarrad*',
    'retienen|retiene me|nos',
    '~pasaporte*|documentos|papeles|dni|móvil|celular|teléfono quitaron|quitado|quitan|quitó|robaron|robado|escondieron|confisc*',
    'pistola|cuchillo|arma|navaja|revólver|cuchilla tiene|tienen|con|me|apunta|apuntando',
    'morir quiero|voy',
    '~obligan|obliga|obligando|fuerzan|fuerza|obligada|obligado me|nos|estoy',
    'obligan|obliga|obligando|fuerzan|hacen sexo|acostarme|prostitu*|clientes|hombres',
    '~miedo matar|mata|encuentr*|vuelv*',
    '~sigue|siguen|siguiendo|persigue* me|nos',
    'vengan|venid|ven rápido|ya|pronto|ayuda',
    'haciendo_daño|hacen_daño|dan_paliza*|da_paliza*|le_pegan|lo_pegan|la_pegan|me_hacen_daño',
    `llevaron|llevan|metieron|meten|subieron|suben|tiraron furgoneta|camión|camioneta|van|coche|carro|auto|maletero|baúl ${WHO}`,
    'vendieron|venden|vendió|vendida|vendidas me|nos|mi|hija|hermana hombre|hombres|red|tipo|proxeneta|burdel',
    'me_encontraron|nos_encontraron|me_encontró|me_han_encontrado|nos_han_encontrado',
    'escapé|escapado|escapamos|huí|fugué|escapada escondida|escondido|escondo|escondemos|buscan',
    'estoy_escondida|estoy_escondido|estamos_escondidos|me_escondo|nos_escondemos',
    'respirar puedo|no',
    '?atrapada|atrapado|encerrada|encerrado aquí|dentro|casa|cuarto|sótano',
    // Fear for one's life, being looked for, sold, watched: how people describe danger without its words.
    'temo_por_mi_vida|miedo_por_mi_vida|temo_por_mis_hijos|miedo_de_morir|me_va_a_matar|nos_va_a_matar|me_van_a_matar',
    '~buscando|buscan|busca|persiguen me|nos|por_todas_partes',
    'me_vendieron|nos_vendieron|me_vendió|la_vendieron|fui_vendida|fui_vendido|me_han_vendido',
    '~vigilan|vigila|controlan|vigilando me|nos|todo_el_tiempo|siempre',
    '~no_soy_libre|no_somos_libres|no_es_libre de|irme|salir|ir',
    // The body: what was done to it, said the way one reports it.
    'rompió|rompieron|partió|fracturó brazo|pierna|nariz|costilla*|dientes|mandíbula|muñeca|dedo*',
    'cabeza|cara bajo_el_agua|en_el_agua|debajo_del_agua|contra_la_pared',
    'pelo|cabello|pelos arrastra*|jala|jalando|tira|tirando|agarra*',
    'me_drog*|nos_drog*|me_han_drogado|me_dieron_algo',
    '~agredi*|abusa*|tocad*|violentad* sexualmente',
    'sangre por_todos_lados|por_todas_partes|mucha|corre',
    'hicieron_daño|hizo_daño|han_hecho_daño|hacen_daño|hace_daño le|la|lo|les|me|nos',
    '~no_sé_dónde_estoy|no_sé_dónde_estamos',
    '?desapareció|desaparecida|desaparecido|desaparecieron miedo|llora|amenaz*|llevaron|obligan|escribió|mensaje|llamó',
    '~afuera|fuera|frente_a|delante_de puerta|casa grita|gritando|esperando|está|están',
    '~vuelven|vuelve|volverán|regresan miedo|matar|pegar|esta_noche',
    '~hacen|obligan trabajar|mendigar|pedir_limosna|robar sin|noche|pegan|encierran|pagar',
    'rompió|rompieron|tiró|tiraron|derribó puerta',
    // Held in a car boot, tied, pushed, organs, the door locked from outside, quoted threats, "help they are taking me".
    'maletero|baúl|cajuela estoy|estamos|en|encerrad*|metid*',
    'ataron|atado|atada|amarraron|amarrada|esposaron manos|muñecas|pies',
    'empujó|empujaron|tiró|tiraron escaleras|ventana',
    'quieren|quiere|sacarme|quitarme riñón|órgano*',
    'tiré|salté|me_tiré ventana',
    '?escapé|escapado|escapamos|huí coche|carro|camión|furgoneta',
    'cerrada|cerrado|encerrada|encerrado por_fuera|desde_fuera|con_llave_por_fuera',
    '?contenedor|sótano|container estamos|somos|chicas|metid*|encerrad*',
    '?mi_bebé|mi_hijo|mi_hija|mis_hijos|mi_niño|mi_niña llevaron|quitaron|robaron',
    'ayuda|socorro|auxilio llevan|llevando|van_a_llevar',
    'acabar_con_todo|acabar_con_mi_vida|no_quiero_vivir|no_aguanto_más_quiero_morir|quiero_morirme',
    'te_matamos|te_mato|te_vamos_a_matar|te_encontramos|te_encontraremos|te_matará',
  ],
  advice: 'quién|cómo|trata|es_normal|señal|señales|debo|qué|cuenta|delito|pena',
  ask: 'denunciar|denuncio|denuncia|señales|reconocer|derechos|podcast|documental|película|libro|pena|castigo|saber_si|novela|indemniza*|dónde_denuncio|desde_hace_meses',
  calm: 'no_estoy_en_peligro|no_estamos_en_peligro|ya_no_estoy_en_peligro|no_es_urgente|no_es_una_emergencia',
  filler: 'por favor porfa porfavor ya',
  strings: {
    call: 'Llamar al 112',
    text: 'Llama ahora al 112. Es gratuito y funciona desde cualquier teléfono. Si puedes, ve a un lugar seguro.',
    victimSupport: 'Ayuda a las víctimas',
    missingChildren: 'Niños desaparecidos',
  },
};
