/** English emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

// Signs that it is happening to someone, as typed without apostrophes ("im", "hes").
/** The people a visitor writes about. */
const PEOPLE = 'friend|sister|brother|daughter|son|mum|mom|mother|dad|wife|girlfriend|boyfriend|husband|cousin|child|children|kid|kids|baby|girl|girls|boy|neighbour|neighbor|colleague|coworker|worker';
/** Whom an act is done to: the writer, someone else, or a person word; or now, again. */
const VICTIM = `me|us|myself|my|our|her|him|them|herself|himself|${PEOPLE}|now|again|tonight`;
/** Any sign that it is going on: a victim, a subject, or a plea. */
const WHO = `${VICTIM}|i|im|ive|we|he|hes|she|shes|they|theyre|still|right_now|help|please|pls|plz|hurry|asap`;
/** Where someone is shut in. */
const PLACE = 'in|up|inside|room|door|house|basement|cellar|container|car|van|truck|flat|apartment|bathroom|here|bed';
/** What someone in danger cannot do (weak rules). */
const LEAVE = 'leave|escape|flee|get_out|go_out|go_outside|run_away|go_home|get_away|go';

/** Violence going on: forms that are verbs only ("a burning question" has none). */
const DOING = 'hitting|hiting|hits|beating|beats|beatin|kicking|kicks|punching|punches|slapping|slaps|smacking|stabbing|stabs|'
  + 'strangling|strangles|choking|chocking|chokes|raping|rapes|killing|kills|murdering|torturing|attacking|assaulting|molesting|suffocating|hurting|shooting';
/** Violence done: past forms; a victim, "i" or a passive ("was", "got") is enough. */
const DONE = 'beaten|beat_up|kicked|punched|slapped|smacked|stabbed|strangled|choked|raped|killed|murdered|attacked!|atacked|attaked|assaulted|'
  + 'tortured|burned|burnt|molested|threatened|hit_me|beat_me|beat_us|beat_her|pushed_me|shoved_me|threw_me|pushed_her|threw_her';
/** Base forms, which are also nouns ("rape victims"): only with someone it is done to. */
const ACT = 'hit|beat|kick|punch|slap|stab|strangle|strangel|choke|rape|kill|kil|murder|attack|assault|torture|burn|molest|drown|hurt|threaten|threatens|threatening|shoot';
/** Held against one's will. */
const HELD = 'locked|lockd|lockt|loked|lokced|lcoked|trapped|traped|trappd|chained|chaind|caged|handcuffed|tied_up|tied_to|'
  + 'kidnapped|kidnaped|kidnappd|abducted|snatched|hostage|captive|imprisoned|prisoner|enslaved';

export const en: EmergencyPack = {
  rules: [
    `${DOING} ${WHO}`,
    `?${DONE} ${VICTIM}|i|im|we|was|got|been|being`,
    `${ACT} me|us|myself|her|him|them|herself|my|our|${PEOPLE}`,
    `?${HELD} me|us|myself|my|our|i|im|we|him|her|them|${PEOPLE}|${PLACE}`,
    'being_held|beeing_held|im_held|am_held|held_me|held_us|held_captive|held_prisoner|held_hostage|shut_me_in|shut_us_in|shut_in|'
      + 'against_my_will|against_her_will|against_his_will|against_our_will|stuck_in_a|stuck_inside|i_was_sold|was_sold|were_sold|been_sold|'
      + 'sold_me|sold_us|sold_her|sold_him|bought_me|bought_us|bought_her|bought_him|im_dying|i_am_dying|death_threat*|sold_my|bought_my|selling_my|sold_our|for_my_life|'
      + 'get_me_out_of_here|get_us_out_of_here|let_me_out|let_us_out|barricaded|barricade_the_door|afraid_for_my_life|fear_for_my_life|'
      + 'shot_me|shot_my|shot_him|shot_her|been_shot|was_shot|got_shot|shot_dead|in_danger|life_in_danger|kill_myself|end_my_life|want_to_die|wanna_die|gonna_die|going_to_die|let_me_die|suicide',
    `~lock_me|lock_us|lock_her|lock_him|lock_them|locks_me|locks_us|locks_her|locking_me|locking_us|locking_her|keep_me|keeps_me|keeping_me|kept_me|`
      + `keep_us|keeps_us|keeping_us|kept_us|keep_her|keeps_her|keeping_her|kept_her|holding_me|holding_us|holding_her|hold_me|hold_us|hold_her ${PLACE}|prisoner|against|locked|captive`,
    `hurt|hurts|injured|wounded|bleeding|bleed|blood me|us|im|am|is|badly|seriously|her|him|them|myself|now|again|cant`,
    'kidnap|kidnapping|kidnaping|abduct|abducting|selling|sell|sells me|us|her|him|them|myself|my_daughter|my_son|my_child|my_kids|my_sister',
    `~took|taken|grabbed|snatched|stole my|our ${PEOPLE}`,
    'pushed|dragged|forced|threw|shoved|put|force|forcing|pull|pulling|drag|dragging|push|pushing|grabbed|bundled me|us|her|him|them|was|got|been|girl|woman|kid|child|boy|someone in|into car|van|truck|lorry|trunk|boot',
    '~forced|forcing|force|forces|make|makes|made|making me|us|her|him|them|my|our|i|im|we sex|sleep_with|men|clients|prostitut*|himself|herself',
    'gun|guns|knife|knives|weapon|pistol|rifle|machete|blade he|she|they|has|have|got|with|pointing|me|us|holding|guy|man',
    'danger im|am|are|we|life|great|serious|immediate|now|help|please',
    'emergency|sos|mayday im|me|my|i|we|us|help|please|pls|this|its|call|now',
    'not_safe|unsafe|arent_safe here|im|i|am|we|home|help|please',
    'help|helpp|hlep|halp|hepl|helpme now|quick|quickly|asap|urgent|urgently|immediately|fast|hurry',
    'someone_help|somebody_help|anyone_help|anybody_help|help_help|pls_help_me|please_help_me_now',
    '=help|helpp|hlep|halp|hepl|helpme*|plshelp*|pleasehelp*|helppls|helpplease|sos|emergency|mayday|police|hurry',
    'helpme*|plshelp*|pleasehelp*|somebodyhelp*|someonehelp* now|he|she|they|hes|shes|theyre|im|kill*|hurt*|hit*|beat*|plz|pls|please',
    // Someone on the way back or at the door: only with fear, a threat or "now", since "they are coming back to the meeting" is no emergency.
    'coming_back|come_back|came_back|will_be_back|is_back|are_back|hes_back|shes_back|theyre_back|outside|at_the_door|outside_the_door|at_my_door|at_the_window '
      + 'he|she|they|hes|shes|theyre|someone|somebody|man|men|guy|guys tonight|scared|afraid|kill|hurt|beat|again|soon|for_me|i_know|banging|knocking|waiting|right_now|now|help|please',
    'trying_to_get_into|trying_to_get_inside|trying_to_open_the_door|break_in|breaking_in|broke_in|break_into|breaking_into|broke_into|break_the_door|breaking_the_door|kicking_the_door|kick_the_door|kick_down|kicking_down|trying_to_get_in '
      + 'someone|somebody|man|men|guy|guys|they|he|she|now|house|flat|door|help|please',
    'not_breathing|isnt_breathing|stopped_breathing|cant_breathe|cant_breath|unconscious|overdosed|overdose|passed_out|collapsed|heart_attack|seizure|wont_wake_up',
    '~taking_me|took_me|driving_me|drove_me|taken_me|take_me|dragging_me|taking_us|took_us somewhere|away|dont_know_where|car|van|truck',
    '~forced|forcing|force_me|force_us|forces_me|forces_us|made_me|makes_me|make_me|making_me|made_us|make_us|makes_us|making_us i|im|me|we|us|my|our|being beg|steal|sell|carry|sleep|marry',
    '~watch|watches|watching|watched me|us|her|him always|all_the_time|24*|day_and_night|every_move|constantly|never_alone',
    '~looking_for_me|looking_for_us|searching_for_me|searching_for_us|hunting_me|hunting_us|hunting_for_me|out_to_get_me',
    '~call_the_police|call_police|call_the_cops|call_cops|call_112|call_911|call_999|send_police|send_the_police|send_help|send_someone|get_the_police|come_quick*|come_fast|come_now',
    `~let|lets|letting|allow* me|us|her|him|them ${LEAVE}|out|outside`,
    `~cant|cannot|can_t|couldnt|unable|not_allowed|no_way_to ${LEAVE}`,
    // Exact: the French "passeport" is one typo from "passport".
    '~passport!|passports!|pasport|id_card|documents|papers|phone|phones|mobile took|taken|taking|take|confiscat*|stole|stolen|hid|hidden',
    '~follow|follows me|us|her|him',
    '~following|followed|folowing|chasing|chased|stalking|stalks me|us|her|him|im|i|we',
    'found_me|found_us|finds_me|find_me he|she|they|outside|again|here|door|coming',
    '~hiding|hidin|hide im|i|we|me|us|behind|now|help|outside|scared',
    '~escaped|ran_away|run_away|fled|got_away hiding|hide|now|outside|scared|after_me|looking_for|following|chasing|found',
    '~scared|terrified|frightened|afraid kill|find|found|coming|hurt|back|beat|outside',
    'under_the_bed|in_the_wardrobe|in_the_closet|in_the_cupboard he|she|they|hes|shes|theyre|im|hiding|in_the_house',
    'theyre_here|they_are_here|hes_here|he_is_here|shes_here|they_came|he_came help|please|pls|plz|scared|hurry|now|wait',
    'dont_know_where_i_am|dont_know_where_we_are|no_idea_where_i_am|trafficked_me|trafficked_us',
    'coming_to_get|come_to_get|coming_to_take|come_for|coming_for|come_after|coming_after|go_after|going_after my|me|us|family|kids|children|mum|mom',
    'screaming|screams|scream|crying_for_help|cries_for_help hear|i_hear|can_hear|hearing',
    'waiting_for_me|waiting_for_us|watching_the_house|watching_my_house he|she|they|hes|theyre|someone|man|men',
    '~let_me_see_anyone|let_me_talk_to_anyone|let_me_call_anyone|see_anyone|talk_to_anyone|call_anyone wont|doesnt|not_allowed|cant|never',
    'brought_me_here|brought_us_here|brought_her_here passport|papers|owe|debt|cant|wont|locked|took',
    '~are_after_me|is_after_me|coming_after_me|came_after_me|coming_for_me',
    // Children kept from a parent, or a threat never to see someone again.
    'wont|won_t|doesnt|refuses|refuse|not give|bring|hand|send|return back|return kids|children|child|son|daughter|baby|boy|girl|them',
    'said|says|say|told|tells|threaten* never_see|never_going_to_see|never_gonna_see|wont_see_them|wont_see_my|wont_see_your',
    // Being moved on: with the not knowing where, the night or force.
    '~another|other|somewhere|away|abroad|across|to moving|move|moved|taking|transport*|shipping|sending|send|driving|bringing us|me|her|him|them '
      + 'dont_know_where|don_t_know_where|no_idea_where|tonight|against|by_force|wont_tell|secretly',
    // Debt bondage with a threat, and threats to break bones.
    '~owe|owing|debt|debts|pay_back kill|hurt|beat|break|threat*|or_else|wont_let|cant_leave|locked|force*',
    'break|breaking|smash will|gonna|going_to|threat*|say|said|says|or|if|told legs|leg|arms|arm|bones|neck|fingers|knees|face|teeth',
    '?im|i_m|i_am|am|we_are|were|we_re|help|please|pls|me|us being_trafficked|being_exploited|being_pimped|being_prostituted',
    '?kicking|kicked|kicks|kick|banging|banged|bang|smashing|smashed|smash|breaking|broke|break|pounding|bashing|forcing|hammering door|doors|window|windows|gate '
      + 'someone|somebody|he|she|they|man|men|guy|guys|people|now|trying|help|please',
    'drugged|drugging|spiked|poisoned me|us|her|him|my|our|i|im|was|got|been',
    'not_waking|not_moving|not_responding|unresponsive|doesnt_wake|isnt_moving|isnt_waking|no_pulse|losing_blood|fainted|wont_move|cant_wake '
      + `he|she|hes|shes|her|him|my|${PEOPLE}|someone|man|woman`,
    '~run|leave|escape|go|talk|tell|call|speak|open if_we|if_i|if_you|when_i|when_we kill|hurt|shoot|beat|families|kids|sell|burn',
    'threw|thrown|throw|pushed|throwing|pushing overboard|into_the_sea|into_the_water|into_the_river|off_the_boat',
    'set_fire|setting_fire|set_on_fire|burn_down|burning_down|on_fire house|flat|us|me|inside|threat*|will|gonna|going_to|help',
    '?are_held|were_held|held_there|held_in|held_at',
    // A hostage and a demand.
    `holding|holds|hold|keeping|keeps|kept|took|taken|have|has|got my|our|${PEOPLE} ransom|money|pay|kill|hurt|hostage|captive|prisoner|wont_let|let_go`,
    '?ransom|ransome want*|demand*|pay|asking|my|our|for',
    '?traffickers|trafficker|pimp|pimps|smugglers outside|here|at_the_door|coming|found_me|waiting now|right_now|help|please|scared|again|tonight',
  ],
  advice: 'who|what|how|trafficking|is_that|is_this|is_it|does_that|does_this|sign|signs|should|report|reporting|can_i|can_a|can_someone|do_they',
  except: 'not_an_emergency|no_emergency|locked_my_keys|locked_my_key|locked_the_keys|office_was_locked|office_is_locked|was_locked_when_i_came|building_was_locked|building_is_locked|hiding_nothing|nothing_to_hide|hide_nothing|locked_out|lock_me_out|locked_me_out|account_locked|account_is_locked|account_was_locked|car_is_locked|car_was_locked|car_locked|locked_my_car|key_is_inside|keys_are_inside|log_in|sign_in|not_in_danger|no_danger|in_danger_of|'
    + 'not_in_immediate_danger|in_an_emergency|in_case_of_emergency|in_case_of_an_emergency|emergency_contact|keep_me_posted|keep_me_updated|keep_me_informed|in_the_loop',
  // Violence told as past ("last year") or counted ("how many") is someone's story or a question, not danger now.
  ask: 'how_do_i_report|how_can_i_report|how_to_report|where_do_i_report|where_can_i_report|want_to_report|report_a|report_an|last_year|years_ago|year_ago|months_ago|month_ago|long_ago|last_month|as_a_child|in_the_past|how_many',
  filler: 'please pls plz someone now',
  strings: {
    call: 'Call 112',
    text: 'Call 112 now. It is free and works from any phone. If you can, go somewhere safe.',
    victimSupport: 'Victim support',
    missingChildren: 'Missing children',
  },
};
