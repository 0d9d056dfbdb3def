/**
 * Spanish emergency rules and strings (notation: ../emergency-pack.ts), written as concept
 * vocabularies (who, being held, violence, weapons…) that the rules combine, so that a phrasing
 * nobody wrote down yet is still caught. Spain and Latin America, typed without accents.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Someone it is happening to: the writer, someone close, a person word, "am/is". */
const WHO = 'me|nos|mi|mis|yo|le|la|lo|les|estoy|estamos|está|están|soy|somos|amigo|amiga|herman*|hija|hijo|madre|mamá|esposa|novia'
  + '|niño*|niña*|bebé|prim*|vecin*|compañer*|trabajador*|chica|chicas';
/** Held: shut in, kidnapped, kept, chained, trapped (participles and present forms). */
const HELD = 'encerrad*|secuestrad*|raptad*|atrapad*|prisioner*|rehén|rehenes|retenid*|encierran|encerró|encerraron|secuestraron'
  + '|secuestran|encierra|encadenad*|amarr*|atad*|cautiv*|raptaron|plagiad*';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding (verb forms, not the nouns of a question). */
const HURT = 'pega|pegan|pegando|pegó|pegaron|asalt*|pegar|pegarme|golpe*|viola|violan|violó|violando|violada|violado|mata|matan|matar|matará|matarme|amenaz*|amenas*'
  + '|apuñal*|acuchill*|estrangul*|ahorc*|aorc*|asfixi*|agred*|maltrata|maltratan|lastim*|herid*|hirió|abusa|abusan|abusando'
  + '|patea*|pateó|abofete*|cachete*|quemaron|quemó|quema|queman|quemad*|quemarme!|quemarnos!|quemarla!|quemarlo!|sangr*|tortur*|paliza*|golpiz*|chuza*|balea*|disparan|disparó|dispararon|disparando|arrastra*|drogó|drogaron|ahoga*|patada*|puñetazo*|reventando|revienta|ataron|empujó';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'me|nos|mi|mis|yo|estoy|estamos';

export const es: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|aquí|ahora`,
    '?socorro|auxilio',
    'en_peligro|peligro_de_muerte|contra_mi_voluntad|contra_su_voluntad|matarme|quemarme!|suicidarme|quitarme_la_vida|a_la_fuerza',
    `${HURT} me|nos|yo|estoy|estamos|ahora|ahora_mismo`,
    `?${HURT} ${WHO}`,
    'ayuda|ayúdame|ayudenme|ayudadme|ayúdanos|ayúdenos|help rápido|ya|ahora|urgente|inmediatamente|pronto|emergencia|porfavor|sos',
    '=ayúdanos|ayúdenos|ayudennos|ayuda|ayudaa*|ayudaporfa*|ayudame*|ayudenme|ayudadme|socorro*|auxilio*|sos|emergencia|policía|rápido|viene|vienen',
    `sos|emergencia|urgencia ${ME}|llamen|llamad|policía|ayuda|hija|hijo|peligro`,
    'llamen|llame|llamad|llama|llamar_ya|avisen|avisad ambulancia|bomberos|policía|poli|guardia|patrulla|911|112',
    '~dejan|deja|dejar salir|ir|irme|marcharme|escapar|irnos|llamar|hablar|comunicarme',
    '~no|ni puedo|podemos|puede|pueden salir|escapar|huir|irme|escaparme|marcharme|irnos|respirar|volver_a_mi_casa|volver_a_casa|volver_a_mi_país|regresar_a_mi_casa|regresar_a_casa',
    'retienen|retiene|tienen|tiene me|nos|la|lo|le encerrad*|retenid*|secuestrad*|prisioner*|contra|amarr*|aquí|hotel',
    'retienen|retiene me|nos',
    '~pasaporte*|documentos|papeles|dni|móvil|celular|teléfono quitaron|quitado|quitan|quitó|robaron|robado|escondieron|confisc*',
    'pistola|cuchillo|arma|navaja|revólver|cuchilla|escopeta|rifle tiene|tienen|con|me|apunta|apuntando|sacó|saca|sacaron|saco|sacando|trae|lleva',
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
    'me_vendieron|nos_vendieron|me_venden|nos_venden|la_venden|venderme|vendernos|me_vendió|la_vendieron|fui_vendida|fui_vendido|me_han_vendido',
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
    'ataron|atad*|amarr*|esposaron manos|muñecas|pies',
    'empujó|empujaron|tiró|tiraron escaleras|ventana',
    'quieren|quiere|sacarme|quitarme riñón|órgano*',
    'tiré|salté|me_tiré ventana',
    '?escapé|escapado|escapamos|huí coche|carro|camión|furgoneta',
    'cerrada|cerrado|encerrada|encerrado por_fuera|desde_fuera|con_llave_por_fuera',
    '?contenedor|sótano|container estamos|somos|chicas|metid*|encerrad*',
    '?mi_bebé|mi_hijo|mi_hija|mis_hijos|mi_niño|mi_niña llevaron|quitaron|robaron',
    'ayuda|socorro|auxilio llevan|llevando|van_a_llevar',
    'acabar_con_todo|acabar_con_mi_vida|no_quiero_vivir|no_aguanto_más_quiero_morir|quiero_morirme',
    // Round 3: threats of what will be done (debts, mutilation), being moved, papers kept, taken away, ransom, the unconscious.
    'me_va_a|nos_va_a|me_van_a|nos_van_a|la_va_a|lo_va_a|le_va_a|la_van_a|lo_van_a|le_van_a|te_va_a|te_van_a matar|pegar|cortar|romper|quemar|violar|vender|encerrar|apuñalar|ahorcar|golpear|desfigurar|hacer_daño|llevar',
    'cortar|corto|cortan|cortó|cortaron dedos|dedo|mano|manos|cuello|garganta|oreja|cara|lengua',
    '~tienen_mis|tienen_nuestros|tienen_mi|tiene_mis|tiene_mi|tiene_nuestros|guarda_mi|guardan_mis|guardan_nuestros|se_quedó_con|se_quedaron_con|quita pasaporte*|documentos|papeles|dni',
    '~llevan|llevarán|van_a_llevar|mandan|envían|mueven|trasladan|cambian nos|me otra|otro|ciudad|país|lugar|mañana',
    '?se_llevó|se_llevaron|se_la_llevaron|se_lo_llevaron|se_han_llevado|se_la_han_llevado|se_lo_han_llevado|han_secuestrado|han_raptado|secuestró_a|raptó_a a_mi|mi|mis|herman*|niño*|hija|hijo|la|lo|nos|me',
    'armado|armados tipo|hombre|hombres|hay|está|están|tipos|con',
    'no_me_puedo_mover|no_puedo_moverme|me_dejaron_tirad*|nos_dejaron_tirad*',
    'piden|pidiendo|exigen|quieren rescate',
    'inconsciente*|desmayad*|sobredosis|no_se_mueve|no_reacciona está|están|mi|se|tiene|ayuda|no|suelo',
    'suplico|imploro ayud*|ayúd*|vengan|sálv*|socorro|saquen',
    'sálvenme|sálvame|sálvanos|sálvenos|sácame_de_aquí|sáquenme|sácanos|sacadme',
    'metió|metieron|entró|entraron alguien|ladrón|ladrones|hombre|tipo|tipos casa|cuarto|piso|departamento',
    '~fuego|incendio hay|casa|edificio|piso|quema|se_quema',
    '~esclav* soy|somos|me|nos|tratan_como',
    '~me_quieren_llevar|quieren_llevarme|me_están_llevando|nos_están_llevando|nos_quieren_llevar',
    'jeringa|inyectaron|inyectó me|nos|con',
    'soy_la_siguiente|soy_el_siguiente|eres_la_siguiente|eres_el_siguiente',
    '~no_puedo_hablar está|al_lado|aquí|escucha|oye',
    // Round 4: screams for help nearby, fire and acid as threats.
    'grita|gritan|gritando|chilla|chillan|chillando pidiendo_ayuda|ayuda|socorro|auxilio',
    'pierde|perdiendo|perdió|perdido sangre|conocimiento',
    'gasolina|ácido|lejía|fuego me|nos|echar|echó|echaron|tirar|rociar*|prender*|quemar*',
    'te_matamos|te_mato|te_vamos_a_matar|te_encontramos|te_encontraremos|te_matará',
  ],
  advice: 'quién|derecho|cómo|trata|es_normal|señal|señales|debo|qué_es|qué_hacer|qué_pasa|qué_dice|cuenta|delito|pena',
  ask: 'denunciar|sitio|site|mapa|proteger|prevenir|años_estuve|años_fui|años_me_tuvieron|años_me_tenían|hace_años|testimonio|charla|ilegal|legal|web|página|indicio*|signos|cuáles_son|a_quién|parece|parecen|aviso|avisar|denuncio|denuncia|señales|reconocer|derechos|podcast|documental|película|libro|pena|castigo|saber_si|novela|indemniza*|dónde_denuncio|desde_hace_meses',
  except: 'quedé_fuera|quedé_afuera|quedado_fuera|quedado_afuera|quedamos_fuera',
  calm: 'no_estoy_en_peligro|no_estamos_en_peligro|ya_no_estoy_en_peligro|no_es_urgente|no_es_una_emergencia',
  filler: 'por favor porfa porfavor ya',
  strings: {
    call: 'Llamar al 112',
    text: 'Llama ahora al 112. Es gratuito y funciona desde cualquier teléfono. Si puedes, ve a un lugar seguro.',
    victimSupport: 'Ayuda a las víctimas',
    missingChildren: 'Niños desaparecidos',
  },
};
