/**
 * Portuguese held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Portuguese holdout cases, worded apart from the tune set. */
export const HOLDOUT_PT: readonly MultilingualCase[] = casesFor('pt', {
  emergency: [
    'chamem a polícia estão a bater-nos na quinta',
    'o meu namorado vende-me a homens e hoje acho que me mata',
    'eles voltam esta noite e disseram que me queimam',
    'ele esta a sufocar-me, escondi-me na casa de banho',
    'esconderam o meu telemovel, escrevo com o de uma colega, nao nos deixam sair',
    'todas as noites trancam-me a porta, tenho de sair daqui',
    'trabalho sem salario e se eu for embora ele diz que me queima viva',
    // Someone else in danger.
    'o miúdo dos vizinhos está amarrado no quintal e batem-lhe',
    'a minha mãe está sequestrada pelo patrão dela',
    'uma mulher grita na carrinha, estao a bater-lhe',
    // Very short.
    'tem uma faca!!',
    'é urgente',
    'salvem-me',
    'preciso de ajuda já',
  ],
  help: [
    'fui explorada durante dois anos, onde encontro apoio agora',
    'preciso de um advogado, sou vítima de tráfico',
    'há algum sítio onde uma mulher que fugiu da prostituição forçada possa ficar',
    'quem pode ajudar a minha tia, enganaram-na com um trabalho em frança e agora voltou',
  ],
  report: [
    'onde posso avisar a polícia sobre uma casa de prostituição',
    'denunciar exploração numa obra',
    'um tipo na estação de autocarros anda a oferecer trabalho no estrangeiro a raparigas novas, parece-me esquisito, a quem digo',
    'número para denunciar tráfico em espanha',
  ],
  ordinary: [
    ['signs-of-trafficking', 'como sei se uma colega está a ser explorada'],
    ['forms-of-exploitation', 'obrigar alguém a roubar conta como tráfico?'],
    ['victim-rights', 'as vítimas recebem indemnização?'],
    ['child-victims', 'crianças obrigadas a cometer crimes, que proteção têm'],
    ['eu-policy', 'quem é o coordenador da ue contra o tráfico'],
    ['privacy', 'guardam as minhas mensagens?'],
    ['who-can-join', 'uma casa abrigo para mulheres pode ser membro'],
    ['find-resources', 'formação sobre violência contra empregadas domésticas'],
    ['greeting', 'obrigada pela ajuda'],
    ['platform-meetings', 'como funcionam as reuniões da plataforma'],
  ],
});
