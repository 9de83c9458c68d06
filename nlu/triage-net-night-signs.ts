import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * An intruder told by its signs at night while the house sleeps: a door creaking and a light
 * switched on with everyone in bed, steps in the attic, a window found open that was shut
 * (17; a light "allumée" is no fire).
 */
const SIGNS = rx('',
  '\\b(porte|portail|volet|fenetre|escalier|plancher|parquet|marche|poignee)( [a-z]+){0,3} ',
  '(vient de grincer|a grince|grince|craque|a craque|a bouge|tourne|vient de tourner|',
  'se est ouverte?|vient de se ouvrir|claque|a claque)\\b|',
  '\\b(lumiere|lampe|lampe torche|torche|lumieres)( [a-z]+){0,3} (se est allumee|vient de se ',
  'allumer|est allumee|allumee|se allument|sont allumees|bouge|balaye)\\b|',
  '\\b(des pas|bruits de pas|quelqu un marche|ca marche|on marche|on entend marcher)( [a-z]+)',
  '{0,2} (dans le|au|a le|sur le|dans la|en haut|au dessus) ?(grenier|combles|etage|couloir|',
  'toit|cave|salon|cuisine|garage)?\\b|',
  '\\b(fenetre|porte fenetre|baie vitree|porte de derriere|velux)( [a-z]+){0,3} (est )?',
  '(ouverte|grande ouverte|entrouverte) (alors que|pourtant|mais) (je|on|nous) ',
  '(la|le|les|l) ?(avais|avait|avions|ai|a) (fermee?|bien fermee?|verrouillee?)\\b',
);
const NIGHT_HOUSE = rx('',
  '\\b(tous couches|tous au lit|on est couches|on dort|tout le monde dort|tout le monde est ',
  'couche|personne (est|ne est) (debout|leve|en bas|a le etage|dans le grenier)|je suis seule?|',
  'seule? a la maison|seule? chez moi|il est (\\d+|deux|trois|quatre) ?h|en pleine nuit|',
  'cette nuit|la nuit|je dormais|on dormait|reveillee?|personne dans|personne ne habite|',
  'personne en haut|alors que personne|vide|ferme a cle|personne)\\b',
);

export const NET_NIGHT_SIGNS: readonly NetFamily[] = [
  {
    id: 'net-night-signs',
    situation: 'intrusion',
    patterns: [SIGNS],
    requires: NIGHT_HOUSE,
    unless: rx('', '\\b(chat|chats|chien|le vent|courant de air|minuterie|detecteur|',
      'programmateur|domotique|ampoule|mon mari|ma femme|mon fils|ma fille|les enfants se|',
      'il faut graisser|graisser|huile|wd40|comment (regler|reparer|changer)|fantome|',
      'fantomes|esprit|hantee?|film|serie|reve|cauchemar|histoire)\\b'),
  },
];
