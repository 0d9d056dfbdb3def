/**
 * Bulgarian held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Bulgarian holdout cases, worded apart from the tune set; the Latin-letter ones are `bg` too. */
export const HOLDOUT_BG: readonly MultilingualCase[] = casesFor('bg', {
  emergency: [
    'обадете се на полицията бият ни във фермата',
    'приятелят ми ме продава на мъже и мисля че довечера ще ме убие',
    'души ме, скрих се в банята',
    'скриха ми телефона, пиша от телефона на колежка, не ни пускат навън',
    'всяка нощ ме заключват, трябва да се махна оттук',
    // Latin letters.
    'vrashtat se dovechera i kazaha che shte me zapaliat',
    'rabotia bez pari i kaza che ako si tragna shte me izgori',
    // Someone else in danger.
    'детето на съседите е вързано в двора и го бият',
    'работодателят на майка ми я държи затворена',
    'една жена крещи в буса, бият я',
    // Very short.
    'има нож',
    'спешно!!',
    'спасете ме',
    'трябва ми помощ веднага',
  ],
  help: [
    'бях експлоатирана две години, къде да намеря подкрепа сега',
    'трябва ми адвокат, жертва съм на трафик',
    'има ли приют за жени, избягали от принудителна проституция',
    'кой може да помогне на леля ми, излъгаха я с работа в гърция и сега се върна',
  ],
  report: [
    'на кого да сигнализирам за публичен дом в квартала',
    'сигнал за експлоатация на строеж',
    'един мъж на автогарата предлага на млади момичета работа в чужбина, струва ми се съмнително, на кого да кажа',
    'телефон за сигнали за трафик на хора в румъния',
  ],
  ordinary: [
    ['signs-of-trafficking', 'как да разбера дали колежка е експлоатирана'],
    ['forms-of-exploitation', 'да принудиш някого да краде трафик ли е'],
    ['victim-rights', 'получават ли жертвите обезщетение'],
    ['child-victims', 'деца принудени да извършват престъпления, каква защита имат'],
    ['eu-policy', 'кой е координаторът на ес за борба с трафика'],
    ['privacy', 'пазите ли съобщенията ми'],
    ['who-can-join', 'може ли кризисен център за жени да стане член'],
    ['find-resources', 'обучения за насилие срещу домашни помощнички'],
    ['greeting', 'добър ден'],
    ['platform-meetings', 'как протичат срещите на платформата'],
  ],
});
