/**
 * English held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** English holdout cases, worded apart from the tune set. */
export const HOLDOUT_EN: readonly MultilingualCase[] = casesFor('en', {
  emergency: [
    'hes drunk and got a knife out',
    'pls call police for me im at the farm they beat us',
    'stuck in a cellar no windows they shut the door on me',
    'the men who brought me here say they will hurt my kids back home',
    'the lady of the house beats me with a belt when i ask for my pay',
    "he's choking me i got away for a minute",
    'im writing from a phone i found, they dont let me out of this house',
    'they r coming back tonight and said they would kill me if i talk',
    'he said he will burn me if i try to run',
    // Someone else in danger.
    'my girlfriend is being sold by a guy, he is with her right now and she is crying',
    'a boy next door is chained in the yard, they beat him',
    "my mum's employer keeps her locked up and hits her",
    // Very short.
    'save me',
    'URGENT HELP',
    'get me out',
  ],
  help: [
    'i was exploited for two years, where do i find support now',
    'who can help my brother, he was tricked into a job abroad and is back home now',
    'is there a shelter for women who got out of forced prostitution',
    'i need a lawyer as a victim of trafficking',
  ],
  report: [
    'where can i tip off police about a brothel',
    'report exploitation on a building site',
    'a guy at the bus station keeps offering young girls jobs abroad, looks dodgy, who do i tell',
    'whats the number to report human trafficking in belgium',
  ],
  ordinary: [
    ['signs-of-trafficking', 'red flags that someone is being trafficked'],
    ['forms-of-exploitation', 'does forcing someone to steal count as exploitation'],
    ['victim-rights', 'can a victim get compensation'],
    ['child-victims', 'children forced into crime, what protection do they get'],
    ['eu-policy', 'who coordinates anti-trafficking at EU level'],
    ['privacy', 'do you store my messages? i dont want anyone to know'],
    ['who-can-join', "can a women's shelter become a member"],
    ['find-resources', 'training on violence against migrant workers'],
    ['greeting', 'evening all'],
    ['platform-meetings', 'how do the platform meetings work'],
  ],
});
