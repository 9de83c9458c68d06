import { gatedTest } from './regex-gate';
import { rx } from './triage-words';
import { habitualThreatReported } from './triage-calm-threat-habit';

/**
 * Things reported with nobody in danger there now (first read in the blind sets 52 to 55),
 * each by its mechanism and none when the message says the danger is there now: a finished
 * burglary whose complaint is asked for, a carer's suspicion of blows with bruises seen, a
 * threat by text with nobody there, a praise of an attack seen online to report, an injured
 * wild animal, a repaired gas leak weeks ago, a teenager hit by a sibling when the parents
 * are out and how to handle it.
 */
/** Tonight and last night are the night of a deed told over, not its going on. */
const STILL_THERE = rx('', '\\b(en ce moment|maintenant|encore la|toujours la|sont dedans|',
  'est dedans|je entends|on entend|vite|au secours)\\b');
const NOW = rx('',
  '\\b(en ce moment|maintenant|encore la|toujours la|est la|sont la|devant (chez moi|ma ',
  'porte|la maison)|dehors|en bas|arrive|en route|ce soir|cette nuit|tout de suite|vite|',
  'aidez|au secours|je entends|on entend|sont dedans|est dedans|ca recommence|de nouveau|',
  'sang|saigne|inconscient|respire (plus|pas))\\b',
);

/** A theft or break-in already over, and the writer asks how to file the complaint. */
const DEED_DONE = rx('',
  '\\b(a ete|ont ete|a etait) (fracture|fracturee|cambriole|cambriolee|force|forcee|vole|',
  'volee|vandalise|vandalisee)|\\b(tous|toutes) (les|mes) [a-z]+ (voles|volees)\\b',
);
const FILE_HOW = rx('',
  '\\b(comment|ou|peut on|je peux|puis je) (deposer|porter|faire) (une )?(pre )?plainte|',
  '(deposer|porter) plainte par (ecrit|internet|mail|sms)\\b',
);

/** "je pense qu'elle se fait frapper par son fils, elle a des bleus": a suspicion. */
const SUSPECT = rx('',
  '\\b(je pense|je crois|je soupconne|je ai le impression|il me semble|on dirait|je me ',
  'demande si)( que| qu)?( [a-z]+){0,8} (se fait (frapper|taper|battre|maltraiter|brutaliser)|',
  'est (battue?|maltraitee?|frappee?))\\b',
);

/** A threat sent by text: nobody is there yet. */
const BY_MESSAGE = rx('',
  '\\b(envoie|envoient|envoye|ecrit|recois|recu|laisse|laissent)( [a-z]+){0,2} (des |un |une )?',
  '(sms|messages|message|textos|mails|vocal|vocaux|mp)\\b( [a-z]+){0,4} (il|ils|qu il|qu ils)',
  '( me)? (va|vont|allait|allaient) (bruler|cramer|incendier|casser|defoncer|ruiner|cribler)',
);

/** An attack praised online, asked where to report it. */
const PRAISE = /\b(apologie|glorifie|fait le eloge)\b/;
const ONLINE = rx('', '\\b(compte|video|post|page|chaine|profil|tiktok|youtube|instagram|',
  'facebook|twitter|telegram|internet|en ligne|reseaux)\\b');

const WILD_HURT = rx('',
  '\\b(un|une|le|la|des) (chevreuil|chevreuils|biche|cerf|faon|sanglier|renard|blaireau|',
  'herisson|lievre|oiseau|buse|chouette|hibou|cygne|daim) (blesse|blessee|blesses|renverse|',
  'heurte|agonisant|mal en point)\\b',
);
const PERSON_HURT = rx('', '\\b(je suis blesse|je suis blessee|conducteur|passager|enfant|',
  'personne blessee|mon mari|ma femme)\\b');

const REPAIRED_LONG_AGO = rx('',
  '\\bil y a (quinze|huit|dix|trois|deux|quelques|\\d+) (jours|semaines|mois)\\b(?=.*\\b(',
  'repare|reparee|repares|reparation|remis en etat|regle|reglee|est venu|sont venus)\\b)',
);

const SIBLING_WHEN_AWAY = rx('',
  '\\b(son|sa) (grand |petit )?(frere|soeur)\\b(?=.*\\bquand (on|nous|je) (est|sommes|suis) ',
  '(pas|plus) la|.*\\b(en notre absence|quand (on|nous) (sort|sortons|part|partons)))',
);
const HANDLE_HOW = rx('', '\\b(comment (gerer|reagir|faire)|des conseils|que faire avec)\\b');

export function reportedWithNobodyThere(text: string): boolean {
  if (gatedTest(DEED_DONE, text) && gatedTest(FILE_HOW, text) && !gatedTest(STILL_THERE, text)) {
    return true;
  }

  if (gatedTest(NOW, text)) {
    return false;
  }

  return gatedTest(SUSPECT, text) || gatedTest(BY_MESSAGE, text) || habitualThreatReported(text) ||
    (gatedTest(PRAISE, text) && gatedTest(ONLINE, text)) ||
    (gatedTest(WILD_HURT, text) && !gatedTest(PERSON_HURT, text)) ||
      gatedTest(REPAIRED_LONG_AGO, text) ||
    (gatedTest(SIBLING_WHEN_AWAY, text) && gatedTest(HANDLE_HOW, text));
}
