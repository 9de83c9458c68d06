import type { NetFamily } from './triage-net-families';
import { gatedTest } from './regex-gate';
import { rx, type Situation } from './triage-words';

/**
 * Round t92's alarms, private messages from social networks: a relative who said she wanted
 * to die, told in the past ("après les messages ma fille a dit qu'elle voulait en finir"),
 * is still in danger tonight; a child locked in the dark or the cellar by an adult and crying
 * now needs the police first and the child line with it, not the deaf line's 114 that a
 * hiding writer gets.
 */

const KIN = '(mon|ma) (fille|fils|enfant|ado|petit fils|petite fille|soeur|frere|neveu|niece|' +
  'copine|copain|ami|amie|meilleure amie|meilleur ami|cousin|cousine|mere|pere|mari|femme)';

/** "ma fille m'a dit qu'elle voulait mourir", "mon fils a écrit qu'il voulait en finir". */
const SAID_WANTS_TO_DIE = rx('',
  `\\b${KIN}( [a-z]+){0,3} (me a dit|a dit|me a ecrit|a ecrit|me a envoye|me dit|dit|`,
  'me ecrit|ecrit|a poste|a publie|a annonce)( [a-z]+){0,2} (que (il|elle)|quelle|quil) ',
  '(voulait|veut|voudrait|avait envie de|a envie de) (mourir|en finir|se tuer|se suicider|',
  'se foutre en le air|se pendre|se jeter|disparaitre pour toujours)\\b',
);

/** Long over, recovered, a laugh or a thing she wants done with. */
const SAID_OVER = rx('',
  '\\b(il y a (deux|trois|quatre|cinq|[0-9]+|plusieurs|quelques) (ans|annees|mois)|',
  'le an dernier|le annee derniere|quand (il|elle) etait (petit|petite|ado|jeune)|plus jeune|',
  'va mieux|va bien|est suivie?|de rire|en finir avec|film|serie|livre|personnage|jeu|',
  'chanson|roman)\\b',
);

const CHILD = '(petit fils|petite fille|fils|fille|neveu|niece|enfant|gamin|gamine|petit|petite|' +
  'filleul|filleule|bebe|petit voisin|petite voisine)';
/** Where a child is shut in the dark: a room of his own is named with who locked it. */
const DARK_PLACE = '(dans le noir|a la cave|dans la cave|dans le placard|dans un placard|' +
  'au grenier|dans le grenier|dans le garage|dans le cellier|dans le cagibi|dans le debarras)';
const ROOM = '(dans sa chambre|dans les toilettes|dans la salle de bain)';

/**
 * "mon petit-fils est enfermé dans le noir", "son père l'a enfermé dans sa chambre". Shut out
 * on a balcony is a neglect (119 first), and a teen who shut herself in ("s'est enfermée")
 * is not this.
 */
const CHILD_LOCKED = rx('',
  `\\b${CHILD}( [a-z]+){0,4} (?<!\\bse )(est|reste|est encore|est toujours) (enferme|enfermee)`,
  `( depuis [a-z0-9]+( [a-z]+)?)? ${DARK_PLACE}|`,
  '\\b((le|la) (a enferme|a enfermee|enferme|enferment|ont enferme)|',
  `vient de (le |la )?enfermer) (${DARK_PLACE}|${ROOM})`,
);

/** Crying, screaming, or a now: "il pleure", "en ce moment", "je l'entends". */
const CRYING_NOW = rx('',
  '\\b(pleure|pleurer|en pleurant|pleurs|crie|hurle|hurler|appelle au secours|en ce moment|',
  'la maintenant|maintenant|a le instant|vient de|je entends|je le entends|je la entends|',
  'on entend|me appelle|veut pas ouvrir|ne ouvre pas|depuis (ce matin|cette nuit|une heure|',
  'deux heures|trois heures|des heures))\\b',
);

/** The usual punishment, a game or a story (the calm round's), a door jammed (a rescue). */
const LOCKED_OVER = rx('',
  '\\b(quand (il|elle) (est|etait) (puni|punie)|souvent|parfois|chaque fois|des fois|',
  'tout le temps|tous les soirs|comme punition|cache cache|jeu|film|serie|hier|avant hier|',
  'porte a claque|porte se est fermee|serrure|cle|coince|coincee|bloque|bloquee|',
  'la semaine derniere|il y a (deux|trois|quelques|plusieurs|[0-9]+) (jours|semaines|mois|ans))\\b',
);

export const NET_ROUND_T92: readonly NetFamily[] = [
  {
    id: 'net-kin-said-wants-to-die',
    situation: 'suicide',
    always: true,
    patterns: [SAID_WANTS_TO_DIE],
    unless: SAID_OVER,
  },
  {
    id: 'net-child-locked-crying',
    situation: 'child_violence',
    always: true,
    patterns: [CHILD_LOCKED],
    requires: CRYING_NOW,
    unless: LOCKED_OVER,
  },
];

/** The writer hides: then the 114 leads, as for any hiding writer. */
const WRITER_HIDDEN = rx('',
  '\\b(je suis|je me suis|on est|nous sommes|je me|on se|nous nous) (cache|cachee|caches|',
  'cachees|enferme|enfermee|enfermes|enfermees|planque|planquee|refugie|refugiee)\\b',
);

/** A child locked in by an adult: the hiding read of "enfermé" gives way to the child's. */
export function childLockedLeads(found: Set<Situation>, literal: string): void {
  if (!found.has('hiding') || !gatedTest(CHILD_LOCKED, literal) ||
    !gatedTest(CRYING_NOW, literal) || gatedTest(WRITER_HIDDEN, literal)) {
    return;
  }

  found.delete('hiding');
  found.add('child_violence');
}
