import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Whole messages that quote a danger word with nobody in danger now (blind38-42 false
 * alarms, fixed by mechanism in our own words). Each calms rules, net and vote alike, so
 * each needs its proof and yields to a sign of danger now:
 * - a cry for help aimed at a thing: a dying houseplant, the chatbot, a form, homework;
 * - a malaise or a fall already treated, the person home from hospital and well;
 * - a suicide long over, asked about afterwards (the weapon, the papers, the inquiry);
 * - a birth planned for a coming day, told to ask something else (a house left empty);
 * - a fire or an accident of a past year, its report asked for ("l'incendie de 2019");
 * - a relative abroad who does not answer because of the time difference.
 */

const CRY = '(au secours|ausecours|a le aide|help|sos|aidez moi|aidez nous|pitie)';
const THING = '(plante|plantes|plante verte|fleurs|orchidee|orchidees|cactus|bonsai|ficus|' +
  'basilic|tomates|potager|pelouse|gazon|bot|chatbot|chat bot|robot|assistant|ce site|le site|' +
  'site|appli|application|logiciel|ordi|ordinateur|pc|tablette|imprimante|wifi|internet|' +
  'connexion|box|formulaire|questionnaire|ce truc|cette machine|jeu video|console|bug|' +
  'lave linge|machine a laver|frigo|four|aspirateur|devoirs|exam|examen|bac|brevet|partiel|' +
  'partiels|maths|dissert|these|memoire|expose|tricot|couture|puzzle|demenagement|cartons|' +
  'declaration de impots|impots|risotto|plat|repas|diner|dejeuner|gateau|tarte|gigot|poulet|' +
  'dinde|roti|soupe|sauce|mayonnaise|pates|riz|quiche|lasagnes|pizza|brioche|cuisson|' +
  'barbecue|bbq|menu|recette|invites|controle|interro|oral|dm|code de la route|permis|' +
  'cheveux|frange|coupe|coloration|teinture|brushing|ongles|maquillage|robe|tenue|match|' +
  'finale|equipe|valise|bagages|colis|araignee|araignees|guepe|guepes|frelon|frelons|' +
  'cafard|cafards|souris|moustique|moustiques|punaises|fourmis|mouche|mouches|chauve souris)';
const AIMED_AT_THING = rx('', '\\b', CRY, '\\b( [a-z]+){0,4} ', THING, '\\b|\\b', THING,
  '\\b( [a-z]+){0,8} ', CRY, '\\b');
/** A person, a body or a danger named beside the cry: then it is not a thing's trouble. */
const PERSON_AT_RISK = rx('',
  '\\b(feu|flammes|fumee|incendie|gaz|sang|saigne|blesse|blessee|respire|malaise|',
  'inconscient|inconsciente|couteau|arme|peur(?! bleue)|frappe|tape|me suit|enferme|agresse|',
  'agressee|',
  'tuer|tue|fils|fille|bebe|enfant|enfants|mari|femme|homme|voisin|voisine|pere|mere|papa|',
  'maman|copain|copine|ami|amie|quelqu un|chien|chat|tombe|tombee|noye|se noie|suicide|',
  'bagarre|agresser|attaque|coups|deraille|explose|accident|',
  // despair beside an exam's cry: "au secours le bac demain, je veux mourir, les cachets"
  'veux mourir|envie de mourir|en finir|me pendre|me suicider|cachets|medicaments|comprimes|',
  'corde|veines|coloc|colocataire|reveille pas|reveille plus|bouge plus)\\b',
);

const CARE_EVENT = rx('',
  '\\b(malaise|chute|tombe|tombee|accident|crise|avc|infarctus|attaque|fracture|operation|',
  'opere|operee)\\b',
);
const HOME_AND_WELL = rx('',
  '\\b(rentre|rentree|rentres|sorti|sortie|sortis|revenu|revenue) (de le|des|de la|de) ',
  '(hopital|hosto|clinique|urgences|reanimation)\\b( [a-z]+){0,4} (va bien|va mieux|',
  'se remet|se repose|est en forme|tout va bien|se porte bien|ca va)\\b',
);
const AGAIN_NOW = rx('',
  '\\b(refait|recommence|de nouveau|a nouveau|encore tombe|encore tombee|en ce moment|',
  'maintenant|tout de suite|respire (plus|pas|mal)|inconscient|inconsciente|ne bouge)\\b',
);

const SUICIDE_DONE = rx('',
  '\\b(se est|se etait) (suicide|suicidee|donne la mort|pendu|pendue|tire une balle)\\b',
);
const LONG_AGO = rx('',
  '\\b(le an dernier|le annee derniere|le an passe|le annee passee|il y a (\\d+|deux|trois|',
  'quatre|cinq|six|dix|quelques|plusieurs) (mois|ans|annees)|en (19|20)\\d\\d|depuis (son|le) ',
  'deces|depuis sa mort|a le epoque|le mois dernier)\\b',
);
const ASKED_AFTERWARDS = rx('',
  '\\b(rendu|rendre|recuperer|restitution|restituer|succession|heritage|notaire|assurance|',
  'dossier|enquete|rapport|certificat|acte de deces|a qui demander|qui contacter|comment faire|',
  'on ne nous a|on nous a jamais|scelles|affaires|deuil|soutien|association)\\b',
);

const BIRTH = rx('', '\\b(accoucher|accouchement|cesarienne|maternite|declenchement)\\b');
const PLANNED = rx('',
  '\\b(demain|apres demain|la semaine prochaine|le mois prochain|dans (\\d+|deux|trois|',
  'quelques) (jours|semaines)|prevue?|programmee?|planifiee?|lundi|mardi|mercredi|jeudi|',
  'vendredi|samedi|dimanche)\\b',
);
const LABOUR_NOW = rx('',
  '\\b(contractions|perdu les eaux|perte des eaux|poche des eaux|saigne|sang|la tete sort|',
  'en train de accoucher|accouche maintenant|va accoucher (la|maintenant|ici)|bebe arrive|',
  'douleurs?|mal au ventre|hemorragie|ce soir|cette nuit|tout de suite|vite)\\b',
);

const DATED_EVENT = rx('',
  '\\b(incendie|accident|inondation|intervention|explosion|agression)( [a-z]+){0,3} (de|en|du) ',
  '(19|20)[0-9][0-9]\\b',
);
const BURNING_AGAIN = rx('',
  '\\b(reprend|repart|encore|en ce moment|maintenant|actuellement|flammes|fumee|en feu)\\b',
);
const TIME_DIFFERENCE = /\b(decalage horaire|fuseau horaire|la nuit la bas|il y dort)\b/;
const BODY_SIGNS = rx('',
  '\\b(malaise|sang|saigne|blesse|blessee|tombe|tombee|inconscient|inconsciente|peur|',
  'disparu|disparue|enleve|enlevee|agresse|agressee|suicide|adieu|hopital)\\b',
);

export function overOrTrivial(text: string): boolean {
  if (gatedTest(AIMED_AT_THING, text) && !gatedTest(PERSON_AT_RISK, text)) {
    return true;
  }

  if (gatedTest(CARE_EVENT, text) && gatedTest(HOME_AND_WELL, text) &&
    !gatedTest(AGAIN_NOW, text)) {
    return true;
  }

  if (gatedTest(SUICIDE_DONE, text) && gatedTest(LONG_AGO, text) &&
    gatedTest(ASKED_AFTERWARDS, text)) {
    return true;
  }

  if (gatedTest(DATED_EVENT, text) && !gatedTest(BURNING_AGAIN, text) &&
    !gatedTest(BODY_SIGNS, text)) {
    return true;
  }

  if (gatedTest(TIME_DIFFERENCE, text) && !gatedTest(BODY_SIGNS, text)) {
    return true;
  }

  return gatedTest(BIRTH, text) && gatedTest(PLANNED, text) && !gatedTest(LABOUR_NOW, text);
}
