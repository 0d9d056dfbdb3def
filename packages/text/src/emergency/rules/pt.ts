/**
 * Portuguese emergency rules and strings (notation: ../emergency-pack.ts), written as concept
 * vocabularies (who, being held, violence, weapons…) that the rules combine, so that a phrasing
 * nobody wrote down yet is still caught. Portugal ("está a bater-me") and Brazil ("tá me batendo").
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Someone it is happening to: the writer, someone close, a person word, "am/is". */
const WHO = 'me|nos|mim|meu|minha|meus|minhas|eu|lhe|lhes|estou|estamos|está|estão|tô|tá|a_gente|sou|somos'
  + '|amigo|amiga|irmã*|irmão*|filha|filho|mãe|esposa|namorada|criança*|bebé|prim*|vizinh*|colega*|trabalhador*|rapariga*|menina*';
/** Held: shut in, kidnapped, kept, chained, trapped (participles and present forms). */
const HELD = 'trancad*|sequestrad*!|raptad*|prisioneir*|refém|reféns|encurralad*|retid*|fechad*|acorrentad*|amarrad*|algemad*'
  + '|cativ*|trancam|trancaram|trancou|tranca|fecham|fechou|fecharam|prenderam|prendem|sequestraram|raptaram|presa|preso|presos|presas|mantida|mantido';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding (verb forms, not the nouns of a question). */
const HURT = 'bate|batem|batendo|bateu|bater|magoa*|espanc*|agred*|violad*|violam|violou|estupr*|mata|matar|matam|matou'
  + '|ameaç*|esfaque*|estrangul*|sufoc*|sofoc*|asfixi*|machuc*|ferido|ferida|feriu|maltratam|maltrata|abusa|abusam|abusar'
  + '|pontapé*|murro*|bofetada*|chapada*|estalo*|soco*|porrada|queimaram|queimou|queimad*|queimar*|sangr*|tortur*|chutam|chutou|disparam|disparou|disparar|arrasta*|drogou|drogaram|afoga*|empurr*|amarraram|dar_cabo|dá_cabo';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'me|nos|mim|eu|estou|estamos|tô|a_gente';

export const pt: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|aqui|agora`,
    // A bare 'socorro' beside a website word is a figure of speech ("socorro, o site não carrega").
    '?socorro',
    'acudam|salvem_me|me_salvem|salva_me|me_salva|salvem_nos|em_perigo|perigo_de_vida|contra_a_minha_vontade|contra_minha_vontade|contra_a_vontade|me_matar|matar_me|suicidar*|à_força',
    `${HURT} me|nos|mim|eu|estou|estamos|tô|agora|agora_mesmo`,
    `?${HURT} ${WHO}`,
    'ajuda|ajudem|ajude|ajudem_me|ajuda_me|help rápido|já|agora|urgente|imediatamente|depressa|emergência|sos',
    '=ajuda|ajudaa*|ajudem*|ajudapf*|ajudame*|ajude|ajude_me|socorro*|acudam|sos|emergência|polícia',
    `sos|emergência|urgência ${ME}|chamem|liguem|polícia|ajuda|filha|filho|perigo`,
    'chamem|liguem|chama|liga|chamar_já polícia|psp|gnr|112|190|ambulância|inem|samu|bombeiros',
    '~deixam|deixa|deixar sair|ir|embora|fugir|ligar|falar',
    '~não|nem posso|podemos|consigo|conseguimos|pode|podem|dá sair|fugir|escapar|ir_embora|respirar|voltar_para_casa|voltar_a_casa|voltar_pra_casa|voltar_para_o_meu_país',
    '~passaporte*|documentos|papéis|cartão_de_cidadão|telemóvel|telefone|celular tiraram|tirou|tiram|confisc*|roubaram|levaram|escondem|esconderam|ficaram_com|ficou_com|pega|pegou|pegaram|guarda|guardam|tem_meu|tem_o_meu|tem_os_meus|tem_meus|tem_nossos|tem_os_nossos',
    'arma|faca|pistola|revólver|navalha tem|com|me|aponta|apontar|apontando',
    'morrer quero|vou',
    '~obrigam|obriga|forçam|força|obrigada|obrigado me|nos|estou',
    'obrigam|obriga|forçam sexo|prostitu*|clientes|homens',
    '~medo matar|encontr*|volt*',
    '~segue|seguem|seguindo|seguir|perseg* me|nos',
    'venham|venha|vem rápido|depressa|já',
    // Round 4: screams for help nearby, fire and acid as threats.
    'grita|gritam|gritar|gritando|berra|berram|berrar|berrando por_ajuda|ajuda|socorro|acudam',
    'perde|perdendo|perdeu sangue|sentidos',
    '?foi_levad*|foram_levad*|levaram_o|levaram_a|levaram_me|levaram_nos homem|homens|alguém|desconhecido*|carro|carrinha|força',
    'gasolina|ácido|lixívia|fogo me|mim|nos|pegar|deitar|atear|atirar|queimar*|regar',
    'mantida|mantido|presa|preso força|à_força|contra',
    'a_bater_me|a_matar_me|batem_me|bate_me|batem_lhe|bate_lhe|estão_a_bater|me_batendo|dão_lhe_porrada|estão_a_magoar',
    `levaram|levam|meteram|metem|puseram|enfiaram carrinha|camião|caminhão|carro|van|furgão|mala|bagageira|porta_malas ${WHO}`,
    'venderam|vendem|vendeu|vendida|vendidas me|nos|minha|filha|irmã homem|homens|rede|tipo|chulo|cafetão|bordel',
    'encontraram_me|me_encontraram|encontrou_me|me_encontrou|nos_encontraram|encontraram_nos',
    'fugi|fugimos|escapei|escapámos|fugida escondida|escondido|escondo|escondemos|procuram',
    'estou_escondida|estou_escondido|estamos_escondidos|escondo_me|me_escondo|escondemo_nos',
    'respirar consigo|posso|não',
    '?presa|preso|trancada|trancado|fechada|fechado aqui|dentro|casa|quarto|cave|porão',
    // Fear for one's life, being looked for, sold, watched: how people describe danger without its words.
    'medo_pela_minha_vida|temo_pela_minha_vida|medo_pelos_meus_filhos|medo_de_morrer|me_vai_matar|vai_me_matar|vai_matar_me|vão_me_matar|vão_matar_me',
    '?procura|procuram|procurar|perseguir minha|me|nos|todo_o_lado|toda_parte',
    'venderam_me|me_venderam|me_vendem|nos_vendem|vender_me|me_vender|venderam_nos|nos_venderam|vendeu_me|me_vendeu|fui_vendida|fui_vendido',
    '?vigiam|vigia|controlam|vigiam_me|vigiando me|nos|tempo_todo|sempre',
    '?não_sou_livre|não_somos_livres|não_é_livre de|sair|ir',
    // The body: what was done to it, said the way one reports it.
    'partiu|partiram|quebrou|quebraram|fraturou braço|perna|nariz|costela*|dentes|maxilar|pulso|dedo*',
    'cabeça|cara debaixo_de_água|debaixo_d_água|dentro_de_água|na_água|contra_a_parede',
    'cabelo|cabelos arrasta*|puxa|puxando|agarra*',
    'drogou_me|me_drogou|drogaram_me|me_drogaram|drogaram_nos',
    '?agredid*|abusad*|violentad*|tocad* sexualmente',
    'sangue todo_o_lado|toda_parte|muito|escorre',
    'fizeram_lhe_mal|fez_lhe_mal|fizeram_mal|fez_mal|fazem_lhe_mal|fazem_mal|machucaram|machucou',
    '?não_sei_onde_estou|não_sei_onde_estamos',
    '?desapareceu|desaparecida|desaparecido|desapareceram medo|chora|ameaç*|levaram|obrigam|escreveu*|mensagem|ligou',
    '?à_porta|na_porta|porta_de_casa|frente_de_casa ele|eles|está|estão|grita|gritar|espera|esperam',
    '?voltam|volta|voltar|voltarão medo|matar|bater|hoje_à_noite|esta_noite',
    '?obrigam|fazem|forçam trabalhar|pedir_esmola|mendigar|roubar sem|noite|batem|fecham|pagar',
    'arrombou|arrombaram|partiu|partiram|deitou_abaixo porta',
    // Held in a car boot, tied, pushed, organs, the door locked from outside, quoted threats, "help they are taking me".
    'mala|bagageira|porta_malas estou|estamos|na|fechad*|trancad*',
    'amarraram|amarrou|amarrada|atada|algemaram mãos|pulsos|pés',
    'empurrou|empurraram|atirou escadas|janela',
    'querem|quer|tirar_me|tirar rim|órgão*',
    'atirei|saltei|atirei_me|saltei_da janela',
    '?fugi|fugimos|escapei carro|carrinha|camião|caminhão',
    'trancada|trancado|fechada|fechado por_fora|pelo_lado_de_fora',
    '?contentor|contêiner|cave|porão estamos|somos|raparigas|meninas|metid*|fechad*',
    '?meu_bebé|meu_filho|minha_filha|meus_filhos levaram|tiraram|roubaram',
    'ajuda|socorro levar_me|levam_me|levando|a_levar',
    'acabar_com_tudo|acabar_com_a_minha_vida|não_quero_viver|quero_morrer',
    'matamos_te|te_matamos|mato_te|te_mato|encontramos_te|te_encontramos|vamos_te_matar',
    'faz_me_mal|me_faz_mal|fazem_me_mal',
    // Round 3: mutilation threats, being moved, taken away, armed men, ransom, the unconscious, slavery, intruders, fire.
    'cortar|corta|cortam|cortou|arrancar dedos|dedo|mão|mãos|pescoço|garganta|orelha|cara|língua',
    '~levar|levam|vão_levar|mudar|mudam|transferir a_gente|nos|me|outra|outro|cidade|país|lugar|amanhã',
    '?levou|levaram|raptou|sequestrou meu|minha|irmã*|irmão*|filh*|criança*|a_gente|me|nos',
    'armado|armados cara|homem|homens|tem|está|tá|estão|tipo|tipos|com',
    'resgate pedem|querem|exigem|pedindo|pede',
    'desmaiad*|inconscient*|overdose|convuls* está|tá|estão|minha|meu|ela|ele|teve|chão|ajuda|não',
    '~escrav* sou|somos|me|nos|tratam_como',
    'entrou|entraram alguém|ladrão|ladrões|homem|cara|tipo casa|quarto|apartamento',
    'pelo_amor_de_deus ajud*|socorro|venham|salv*|me|tira*|rápido',
    'atiraram|atirou|atiram|tiro|tiros|baleou|balearam em_mim|em_nós|nele|nela|me|deram|levou|levei',
    '~fogo|incêndio tem|há|casa|prédio|apartamento|pegando|arde',
  ],
  advice: 'quem|ilegal|legal|como|tráfico|é_normal|sinal|sinais|devo|que|conta|crime|pena',
  ask: 'denunciar|o_que_fazer_se|web|site|página|mapa|app|aplicação|formulário|link|login|senha|indício*|quais_são|parece|parecem|a_quem|aviso|avisar|quem_eu|denuncio|denúncia|queixa|sinais|reconhecer|direitos|podcast|documentário|filme|livro|pena|castigo|saber_se|romance|indemniza*|onde_faço|há_meses',
  except: 'trancad*_fora|fechad*_fora|fiquei_fora',
  calm: 'não_estou_em_perigo|não_estamos_em_perigo|já_não_estou_em_perigo|não_é_urgente|não_é_uma_emergência',
  filler: 'por favor pf já',
  strings: {
    call: 'Ligar 112',
    text: 'Ligue já para o 112. É gratuito e funciona a partir de qualquer telefone. Se puder, vá para um lugar seguro.',
    victimSupport: 'Apoio à vítima',
    missingChildren: 'Crianças desaparecidas',
  },
};
