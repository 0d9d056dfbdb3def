/** English messages to tune the emergency detector and the topic rules against; read them freely. */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** English tune cases, typed the way visitors type: lower case, typos, no apostrophes, panic. */
export const TUNE_EN: readonly MultilingualCase[] = casesFor('en', {
  emergency: [
    // A real miss of the first detector.
    "I can't leave the house",
    'they locked me in the room help',
    'he is hitting me right now',
    'help me please im in danger',
    'they took my passport and wont let me go',
    'cant go out, the boss watches me 24/7 and keeps the keys',
    'he says he will kill me',
    'they threaten to kill my family if i leave',
    'the man hit me again and took my phone, im hiding in the bathroom',
    'HE IS GOING TO HURT ME PLEASE',
    'im scared he will come back and beat me, hes outside the door',
    'they keep me here and i have to work for no money, they hit me when i say no',
    'im locked in a flat and dont know the adress',
    'pls come quick hes beating me',
    'im kept here against my will pls help',
    'my boss hits me and wont give back my papers i cant get away',
    // Someone else in danger.
    'my friend is locked in and beaten',
    'my sister is being held by her boyfriend and he wont let her out',
    'a girl is being forced, they are hurting her now',
    'my cousin was brought here and they lock her in every night',
    // Very short.
    'help!!',
    'sos',
    'HELP ME NOW',
    'help pls',
  ],
  help: [
    'i think i am a victim, who can help',
    'where can a victim get support',
    'not in danger right now but i need someone to talk to about what happened at my job',
    'my friend was trafficked last year and still needs help, where can she go',
    'is there a hotline for victims in ireland',
    'who helps people who were exploited at work, i dont have papers',
  ],
  report: [
    'how do I report a suspicion',
    "my neighbour's cleaner seems exploited, where do I report",
    'can i report trafficking anonymously',
    'i saw workers sleeping in a container at a farm, who should i tell',
    'what info do the police need when i report a suspected case',
    'want to report a nail salon i think the girls there arent paid',
  ],
  ordinary: [
    ['signs-of-trafficking', 'what are signs of forced labour'],
    ['signs-of-trafficking', 'what danger signs should hotel staff look out for'],
    ['what-is-trafficking', 'what is human trafficking exactly'],
    ['forms-of-exploitation', 'is forced marriage a form of exploitation'],
    ['victim-rights', 'do victims have the right to stay in the country'],
    ['child-victims', 'what changes if the victim is a child'],
    ['next-event', "when's the next meeting of the platform"],
    ['find-members', 'ngos in portugal working on this'],
    ['find-resources', 'can you help me find guides about forced labour'],
    ['how-to-join', 'how can our ngo join'],
    ['privacy', 'is this chat anonymous or can someone see it'],
    ['greeting', 'thanks so much'],
    ['support-the-cause', 'how can i donate or volunteer'],
    ['eu-policy', 'what does the EU do against trafficking and violence against women'],
    ['contact', 'locked out of my portal account, how do i contact the secretariat'],
  ],
});
