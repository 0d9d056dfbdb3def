/** English emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'me|us|my|myself|i|im|we|our|him|her|them|friend|sister|brother|daughter|son|mum|mom|mother|wife|girlfriend|husband|child';

export const en: EmergencyPack = {
  rules: [
    `locked|lockd|lockt|loked|lokced|lcoked|lock|locks|trapped|traped|chained|tied|caged me|us|i|im|we|him|her|them|in|up|inside|room|door|house|basement`,
    `kidnap*|abduct*|hostage|captive|imprisoned|prisoner ${P}`,
    'being_held|am_held|im_held|are_held|is_held|being_kept|held_captive|against_my_will|against_her_will|against_his_will|against_our_will',
    `hit|hits|hitting|hiting|beat|beats|beating|beaten|punch*|kick|kicks|kicking|kicked|hurt|hurts|hurting|attack*|rape|raped|raping|stab|stabs|stabbed|stabbing|chok*|strangl*|kill|kills|killing|murder*|threaten*|slap*|assault*|tortur* ${P}|now`,
    'shut_me_in|shut_us_in|shut_in|being_attacked|being_beaten|being_hit|being_hurt|being_raped|being_threatened',
    'danger am|im|are|life|great|serious|immediate',
    'in_danger|life_in|unsafe_here|not_safe_here|kill_myself|end_my_life|suicide_now|bleeding',
    'help|helpp|hlep|halp|helpme now|quick|quickly|asap|urgent|urgently|immediately|fast|hurry',
    '=help|helpp|hlep|halp|helpme|sos|emergency|mayday|police',
    'sos|emergency|mayday me|my|i|im|we|help|please|this|its',
    '~let|lets|letting|allow* me|us|her|him|them leave|go|out|outside|escape',
    '~cant|cannot|can_t|couldnt|couldn_t|unable|not_allowed leave|escape|flee|get_out|go_out|go_outside|run_away|go_home',
    '~passport|passports|pasport|id_card took|taken|taking|take|confiscat*|stole|stolen|hid|hidden',
    '~documents|papers took|taken|confiscat*|stole|stolen',
    'gun|knife|weapon|pistol|rifle he|she|they|has|have|with|got|pointing|me',
    'die|dying want|wanna|gonna|going',
    '~force_me|forces_me|forcing_me|forced_me|force_us|forcing_us|forced_us|forcing_her|forcing_him|forcing_them',
    '~am_forced|im_forced|being_forced|are_forcing|is_forcing',
    '~scared|terrified|frightened kill|find|coming|hurt|back',
    '~following|followed|stalking me|us',
    'come_quick*|come_fast|send_help|send_police|send_someone|call_the_police_now',
    '~phone|mobile|cell took|taken|stole',
  ],
  advice: 'who|what|how|trafficking|is_that|is_this|is_it|does_that|does_this|sign|signs|should',
  filler: 'please pls plz someone now',
  strings: {
    call: 'Call 112',
    text: 'Call 112 now. It is free and works from any phone. If you can, go somewhere safe.',
    victimSupport: 'Victim support',
    missingChildren: 'Missing children',
  },
};
