/** Portuguese emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'me|nos|mim|meu|minha|meus|minhas|eu|estou|estamos|amigo|amiga|irmã|irmão|filha|filho|mãe|esposa|namorada|criança';

export const pt: EmergencyPack = {
  rules: [
    `trancad*|presa|preso|sequestrad*|raptad*|prisioneir*|refém|encurralad*|retid*|fechad* ${P}|está|estão`,
    'socorro|acudam|em_perigo|perigo_de_vida|contra_a_minha_vontade|contra_minha_vontade|contra_a_vontade|me_matar|matar_me|suicidar*',
    `bate|batem|batendo|bateu|bater|magoa*|magoá*|espanc*|agred*|violad*|violam|violou|estupr*|mata|matar|matam|matou|ameaç*|esfaque*|estrangul*|machuc*|ferido|ferida|maltrat*|abusa|abusam ${P}|agora`,
    'ajuda|ajudem|ajude|socorro rápido|já|agora|urgente|imediatamente|depressa|emergência',
    '=ajuda|ajudem|ajude|ajudem_me|ajude_me|sos|emergência|polícia',
    '~deixam|deixa|deixar sair|ir|embora|fugir',
    '~posso|podemos|consigo|conseguimos|pode sair|fugir|escapar|ir_embora',
    '~passaporte|passaportes tiraram|tirou|confisc*|roubaram|levaram|escondem|esconderam',
    '~documentos|papéis tiraram|tirou|confisc*|roubaram|levaram',
    'arma|faca|pistola|revólver tem|têm|com|me|aponta',
    'morrer quero|vou',
    '~obrigam|obriga|forçam|força|obrigada|obrigado me|nos|estou',
    '~medo matar|encontr*|volt*',
    '~segue|seguem|seguindo|perseg* me|nos',
    'venham|venha|vem rápido|depressa|já',
    '~telemóvel|telefone|celular tirou|tiraram',
    'mantida|mantido|presa|preso força|à_força|contra',
  ],
  advice: 'quem|como|tráfico|é_normal|sinal|sinais|devo',
  filler: 'por favor pf já',
  strings: {
    call: 'Ligar 112',
    text: 'Ligue já para o 112. É gratuito e funciona a partir de qualquer telefone. Se puder, vá para um lugar seguro.',
    victimSupport: 'Apoio à vítima',
    missingChildren: 'Crianças desaparecidas',
  },
};
