import { gatedTest } from './regex-gate';
import { KIN_BLOWS } from './triage-net-kin-blows';
import { realWeaponBesideGame } from './triage-net-round-t77';
import { rx, type Situation } from './triage-words';

/**
 * A game, a series or a film named as the reason for real blows ("mon beau-père tape mon
 * petit frère là parce qu'il a perdu à fortnite", "il me frappe pour une manette de ps5"):
 * the show is the motive, not the scene, so it must not calm the danger as fiction does.
 * The scene told inside the show ("dans gta on tape des gens", "dans le film le père frappe
 * son fils") or a match won ("il me bat à fifa") stays fiction.
 */
const BLOW_WORD = new RegExp('\\b(frappe|tape|cogne|bat|gifle|tabasse|defonce|fouette|secoue|' +
  'etrangle|frapper|taper|tabasser|brutalise|martyrise|coups)\\b');

const BLOWS_ON_ME = rx('',
  '\\b(il|elle|papa|maman|(mon|ma) [a-z]+( [a-z]+)?) (me|nous) (frappe|tape|cogne|bat|',
  'gifle|tabasse|etrangle|defonce|secoue)\\b',
);

const SCENE_IN_MEDIA = rx('',
  '\\bdans (le |la |les |un |une |ce |cette |son |sa |ses |mon |ma )?(film|films|serie|',
  'series|jeu|jeux|episode|dessin anime|clip|livre|manga|roman|scene|game|video|fortnite|gta|',
  'minecraft|roblox|fifa|call of duty|valorant|warzone|smash bros|mortal kombat|tekken|',
  'street fighter|squid game)\\b|',
  // a match won, not blows: "il me bat à fifa"; "il le bat au sang" is blows
  '\\b(me|nous|le|la|les) (bat|battent) (a|au|aux) (?!sang\\b)',
);

/** Real blows between people of the house, the show only their reason. */
export function blowsBesideMedia(text: string): boolean {
  // "il joue à fortnite et là il a un couteau": the game is what he was doing
  if (realWeaponBesideGame(text)) {
    return true;
  }

  if (!gatedTest(BLOW_WORD, text)) {
    return false;
  }
  return (gatedTest(KIN_BLOWS, text) || gatedTest(BLOWS_ON_ME, text)) &&
    !gatedTest(SCENE_IN_MEDIA, text);
}

/** A game or a console fought over: what the quarrel is about, not where the blows fall. */
const GAME_THING = rx('',
  '\\b(manette|manettes|console|consoles|ps4|ps5|playstation|xbox|switch|nintendo|fortnite|',
  'roblox|minecraft|fifa|jeu video|jeux video|partie|tablette)\\b',
);
const BLOWS_ON_THIRD = /\b(il|elle) (le|la) (frappe|tape|cogne|gifle|tabasse|bat|defonce)\b/;
const HARM: readonly Situation[] = ['violence', 'domestic_violence', 'weapon'];

/**
 * "Il le frappe pour une manette de ps5, il hurle": who is beaten over a game at home is,
 * most of the time, a child of the house; the 119 is shown beside the 17.
 */
export function gameQuarrelChild(found: Set<Situation>, literal: string): void {
  if (HARM.some((situation) => found.has(situation)) && gatedTest(BLOWS_ON_THIRD, literal) &&
    gatedTest(GAME_THING, literal)) {
    found.add('child_violence');
  }
}
