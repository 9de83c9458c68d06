import { gatedReplace, gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A break-in found afterwards, told without the word "cambriolage" (which
 * triage-burglary-found.ts knows): "quelqu'un est entré chez moi pendant que j'étais au
 * boulot, rien n'a été volé mais la fenêtre est cassée", "ils ont essayé d'entrer cette nuit,
 * je fais quoi maintenant ?". The entry is told done, in the perfect tense, and either while
 * the writer was away, or last night, or with the damage found; "maintenant" there asks what
 * to do next. An intruder heard or seen, someone hurt, or the attempt going on keeps the 17.
 */
const WHO = '(quelqu un|qqn|qq1|on|ils|il|des (voleurs|cambrioleurs|gens|individus|jeunes)|' +
  'un (voleur|cambrioleur|individu|inconnu|homme)|les (voleurs|cambrioleurs))';
const DONE = '(est|sont|etait|etaient|a|ont|avait|avaient|se est|se sont|se etait|ne est)';
const ENTRY = rx('',
  `\\b${WHO} ${DONE}( [a-z]+){0,2} (entre|entres|rentre|rentres|introduit|introduits|`,
  'passe|passes|essaye|essayer|tente|tentes|voulu)( [a-z]+){0,3} ',
  '(chez|ds|dans|par|cambrioler|de (entrer|rentrer|forcer|ouvrir|crocheter|fracturer|casser|',
  'me cambrioler|nous cambrioler|cambrioler|penetrer))\\b|',
  '\\b(tentative de (cambriolage|effraction|vol)|tente de (me|nous) cambrioler|',
  '(effraction|intrusion) (chez|dans|a))\\b',
);

/** While away, last night, or found on coming back. */
const AFTER = rx('',
  '\\b((pendant|pdt) (que|qu) (je|j|on|nous|elle|il) (etais|etait|etions|etaient|dormais|dormait|',
  'dormions)|pendant (mon|notre|son|leur|ma) (absence|travail|sommeil|week end|weekend|',
  'vacances|sejour|hospitalisation)|pendant les (vacances|fetes|conges)|',
  '(quand|pendant que) je (etais|suis) (au|a le|a la|en)|',
  'en (mon|notre) absence|cette nuit|la nuit derniere|hier|avant hier|ce matin|',
  'cet apres midi|ce week end|pendant la nuit|dans la nuit|en rentrant|a mon retour|',
  'au retour|je suis rentree?|je rentre|on est rentres?|constate|decouvert|',
  '(retrouve|trouve|trouver) (la|ma|les|mes|le|mon) (porte|fenetre|serrure|vitre|volet|baie))\\b',
);

/** "je fais quoi maintenant", "que dois-je faire maintenant": a question, not a now. */
const NEXT_STEP = rx('g',
  '\\b((et )?maintenant (je|on) (fais|fait|dois faire|doit faire) (quoi|comment)|',
  '((je|on) (fais|fait|dois faire|doit faire|dois|peux faire)|jfais) (quoi|koi) (maintenant|mnt)|',
  '(que|quoi|qu) (dois je|dois|faut il|est ce que je dois|est ce que on doit|faire|je dois) ',
  '(faire )?(maintenant|mnt)|que faire maintenant|que est ce que je (dois|peux) faire ',
  'maintenant|quoi faire maintenant|je fais comment maintenant)\\b',
);

/** The intruder may be there, the attempt goes on, someone is hurt or threatened. */
const STILL_THERE = rx('',
  '\\b((encore|toujours) (la|dedans|a le interieur|dans|chez|en haut|en bas|a le etage|devant|',
  'gare|garee)|maintenant|mnt|en ce moment|actuellement|la tout de suite|entends|entend|',
  'bruit|bruits|lumiere|lampe|torche|je (le|la|les) vois|soient|soit encore|reviennent|',
  'revienne|revenu|revenus|reviendra|revenir|cache|cachee|caches|en train de|',
  '(?<!(pas|ni|personne de) )(blesse|blessee|blesses)|sang|saigne|frappe|frappee|agresse|',
  'agressee|menace|menacee|arme|armes|couteau|ligote|ligotee|attache|attachee|inconscient|',
  'inconsciente|malaise|ombre|silhouette|enleve|enlevee|kidnappe|otage|peur|panique|',
  'seule? avec|aidez|au secours|vite|ce soir|tout a le heure|lettres|menaces)\\b|',
  // the attempt going on: "et là il force la porte"
  '\\b(la )?(il|ils|on|quelqu un|qqn|elle) (essaie|essaient|essaye|force|forcent|casse|',
  'cassent|tape|tapent|frappe|frappent|sonne|sonnent|crie|hurle)\\b',
);

/** The gate: an entry's verb, a short regex most messages fail at once. */
const GATE = /\b(entre|entres|rentre|rentres|introdui|essay|tent|effraction|intrusion)/;

export function entryFoundAfter(text: string): boolean {
  if (!gatedTest(GATE, text) || !gatedTest(ENTRY, text) || !gatedTest(AFTER, text)) {
    return false;
  }

  return !gatedTest(STILL_THERE, gatedReplace(text, NEXT_STEP, ' '));
}
