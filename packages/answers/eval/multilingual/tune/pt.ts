/** Portuguese messages to tune the emergency detector and the topic rules against; read them freely. */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/**
 * Portuguese tune cases, mostly European Portuguese, with a few Brazilian turns ("me prenderam")
 * since many visitors in Portugal are Brazilian; typed without accents or cedillas, in panic.
 */
export const TUNE_PT: readonly MultilingualCase[] = casesFor('pt', {
  emergency: [
    'fecharam-me no quarto socorro',
    'ele está a bater-me agora',
    'ajudem-me por favor estou em perigo',
    'tiraram-me o passaporte e não me deixam ir embora',
    'não posso sair de casa, estão sempre a vigiar-me',
    'ele diz que me mata',
    'ameaçam a minha família se eu falar',
    'o meu patrao bate-me e nao me devolve os documentos nao consigo fugir',
    'estou fechada num apartamento e nao sei onde estou',
    'TENHO MEDO ELE VAI VOLTAR E BATER-ME',
    'socorro ele esta a estrangular-me',
    'obrigam-me a ir com homens e batem-me se digo que nao',
    'estou numa cave e nao consigo sair',
    'ele tirou-me o telemóvel, escrevo às escondidas, help',
    'me prenderam aqui contra minha vontade',
    'venham rapido ele quer me matar',
    'estou a ser mantida aqui à força, por favor',
    // Someone else in danger.
    'a minha amiga está fechada e batem-lhe',
    'a minha irmã está presa por eles, não a deixam sair',
    'uma rapariga está a ser forçada, estão a magoá-la agora',
    'o meu primo está preso numa obra e dão-lhe porrada',
    // Very short.
    'socorro!!',
    'AJUDA',
    'ajudem depressa',
  ],
  help: [
    'acho que sou vítima, quem me pode ajudar',
    'onde é que uma vítima pode ter apoio',
    'agora não estou em perigo mas preciso de falar com alguém sobre o que me aconteceu no trabalho',
    'há alguma associação para vítimas de tráfico no porto',
    'o meu irmão foi explorado numa estufa em espanha, já voltou, quem o pode ajudar',
    'ajuda para vítimas sem documentos?',
  ],
  report: [
    'como denuncio uma suspeita',
    'a empregada de limpeza dos meus vizinhos parece explorada, onde denuncio',
    'dá para denunciar de forma anónima',
    'na quinta ao lado há trabalhadores a dormir em contentores, a quem aviso',
    'que informações a polícia precisa para uma denúncia',
    'quero denunciar uma casa de massagens, as raparigas vivem lá',
  ],
  ordinary: [
    ['signs-of-trafficking', 'quais são os sinais de trabalho forçado'],
    ['what-is-trafficking', 'o que é o tráfico de seres humanos'],
    ['forms-of-exploitation', 'a mendicidade forçada é exploração?'],
    ['victim-rights', 'as vítimas têm direito a ficar em portugal'],
    ['child-victims', 'e se a vítima for uma criança'],
    ['next-event', 'quando é a próxima reunião'],
    ['find-members', 'organizações em portugal que trabalham com imigrantes'],
    ['find-resources', 'pode ajudar-me a encontrar guias sobre trabalho forçado'],
    ['find-resources', 'relatórios sobre violência contra mulheres migrantes'],
    ['how-to-join', 'como é que a nossa ong pode aderir'],
    ['privacy', 'este chat é anónimo?'],
    ['greeting', 'olá bom dia'],
    ['support-the-cause', 'como posso doar ou ser voluntário'],
    ['eu-policy', 'o que faz a ue contra o tráfico'],
    ['contact', 'como contacto o secretariado'],
    ['contact', 'a minha conta no portal está bloqueada, a quem me dirijo'],
  ],
});
