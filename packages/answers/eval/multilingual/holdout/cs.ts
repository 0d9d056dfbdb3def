/**
 * Czech held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Czech holdout cases, worded apart from the tune set. */
export const HOLDOUT_CS: readonly MultilingualCase[] = casesFor('cs', {
  emergency: [
    'zavolejte policii bijou nás na farmě',
    'přítel mě prodává chlapům a dneska mě asi zabije',
    'vraceji se v noci a rekli ze me zapali',
    'dusi me, schovala jsem se v koupelne',
    'schovali mi telefon, pisu z mobilu kolegyne, nesmime ven',
    'každou noc mě zamykají, musím odsud utéct',
    'makám bez výplaty a když odejdu, tak prý ublíží mojí rodině',
    // Someone else in danger.
    'dítě od sousedů je přivázané na dvoře a bijou ho',
    'mámu drží zavřenou její zaměstnavatel',
    'ženská křičí v dodávce, mlátí ji',
    // Very short.
    'má nůž',
    'rychle prosim!!',
    'zachraňte mě',
    'potřebuju pomoc hned teď',
  ],
  help: [
    'dva roky mě zneužívali v práci, kde teď najdu podporu',
    'potřebuju právníka, jsem oběť obchodu s lidmi',
    'je nějaký azylový dům pro ženy co utekly z nucené prostituce',
    'kdo pomůže tetě, nalákali ji na práci v rakousku a teď je zpátky',
  ],
  report: [
    'kde můžu dát policii tip na nevěstinec',
    'oznámení vykořisťování na stavbě',
    'chlap na autobusáku nabízí mladým holkám práci v zahraničí, přijde mi to divné, komu to nahlásit',
    'číslo pro hlášení obchodu s lidmi na slovensku',
  ],
  ordinary: [
    ['signs-of-trafficking', 'jak poznám že kolegyni někdo zneužívá'],
    ['forms-of-exploitation', 'je nutit někoho krást obchod s lidmi'],
    ['victim-rights', 'dostávají oběti odškodnění'],
    ['child-victims', 'děti nucené páchat trestnou činnost, jakou mají ochranu'],
    ['eu-policy', 'kdo je koordinátor eu pro boj proti obchodu s lidmi'],
    ['privacy', 'ukládáte moje zprávy'],
    ['who-can-join', 'může se azylový dům pro ženy stát členem'],
    ['find-resources', 'školení o násilí na pečovatelkách'],
    ['greeting', 'dobrý den'],
    ['platform-meetings', 'jak probíhají setkání platformy'],
  ],
});
