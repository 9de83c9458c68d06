import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

/**
 * Round 13: calm messages that name a danger which is over, elsewhere, a likeness, a worry
 * or a habit (the look-alikes of triage-told.test.ts's families), in new phrasings.
 */

const corpus = loadCorpus(fromRoot('nlp-models', 'corpus'));
const triage = createTriage(vocabularyOf(corpus));
const assess = (text: string) => triage.assess(normalize(text));

/** Calm look-alikes: the same words, nothing under way. */
const CALM: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['hurt or gone, but over, asked, or accompanied', [
    "j'ai perdu mon téléphone en randonnée, il n'y avait pas de réseau pour le localiser",
    'en montagne il n y a pas de réseau, quel numéro marche quand même en cas de chute ?',
    "mon fils s'est tordu la cheville en rando la semaine dernière, pas de réseau, c'est " +
      'normal ?',
    "mon père a alzheimer, il est parti une heure hier mais on l'a retrouvé près de la gare",
    'comment sécuriser la maison pour que mon fils autiste ne parte pas vers la route',
    "ma tante a une démence, elle est sortie faire un tour au bord du lac avec l'aide-soignante",
  ]],
  ["a child's disclosure that is over or told as a question", [
    "ma copine de classe m'a dit que son père la frappait quand elle était petite, il est " +
      "en prison maintenant",
    "comment aider un élève qui m'a confié que ses parents le tapaient l'an dernier",
    "je suis animatrice, une enfant m'a dit qu'elle a des bleus à cause du judo, elle " +
      "rentre chez elle ce soir",
    "une élève m'a raconté qu'elle rentre chez son père ce week end, elle est contente",
  ]],
  ['heart signs not under way', [
    "mon père a eu des sueurs froides l'an dernier, c'était un infarctus, il dit qu'il va " +
      "bien aujourd'hui",
    "j'ai le bras engourdi depuis des semaines, c'est le canal carpien",
    "quels sont les signes d'un AVC, bouche de travers, bras lourd ?",
    'mon chat a le poil tout engourdi lol il dit rien',
  ]],
  ['a baby with a fever but no alarm', [
    'mon bebe de 6 mois a un peu de fievre mais il joue et il mange bien',
    'le biberon est brulant, combien de temps le laisser refroidir pour mon bebe de 3 mois',
    'comment faire baisser la fievre d un bebe de 8 mois qui va bien par ailleurs',
    "ma fille de 5 mois devient toute molle a chaque fois qu'elle a de la fievre, est-ce " +
      "normal ?",
  ]],
  ['means named without despair', [
    'je pense à prendre le fusil pour la chasse demain, il faut un permis ?',
    "je pense à prendre la corde pour l'escalade ce week end",
    "je songe à prendre mes cachets plus tôt pour dormir, c'est l'ordonnance",
    "je pense à me jeter à l'eau et changer de boulot, j'en peux plus de mon chef",
  ]],
  ['cannot phone but no danger', [
    'je bégaie, est-ce que je peux faire ma pré-plainte par écrit ?',
    'je suis sourde, comment contacter la gendarmerie pour une procuration',
    "j'arrive pas à téléphoner à ma banque, ils répondent jamais",
  ]],
  ['thieves at a vehicle in the past', [
    'cette nuit des hommes ont découpé la bâche de ma remorque, je veux porter plainte',
    "on m'a siphonné le réservoir du camion la semaine dernière, que faire",
    'comment protéger mon camion contre le vol de gasoil sur les aires',
  ]],
  ['threats received by letter or message over time', [
    "depuis un mois je trouve des mots anonymes dans ma boite aux lettres qui disent qu'on " +
      "va me crever",
    'je recois des sms anonymes qui me menacent de mort depuis que j ai quitte mon ex',
    'des lettres de menace arrivent chez mes parents chaque semaine, que faire',
    "on m'envoie des mails menaçants disant que ma maison va brûler",
    'encore des messages anonymes sur ma porte de garage, des tags de menaces',
  ]],
  ['a collision with game, the car only', [
    "j'ai tapé un chevreuil hier soir, le phare est cassé, il faut un constat ?",
    'une biche a percuté ma voiture cette nuit, capot enfoncé mais personne blessé',
    "heurté un sanglier en rentrant du boulot, dégâts sur la carrosserie, l'assurance me " +
      "demande quoi",
    'renversé un blaireau, le pare choc est fendu, je dois déclarer ?',
  ]],
  ['a likeness, a false alert, a past dated, prevention, a worry', [
    'les mortiers du nouvel an, on croirait une fusillade, ça dure des heures chaque année',
    "des pots d'échappement qui pètent comme des coups de feu tous les samedis",
    "j'ai cru à un incendie mais en fait c'était juste un feu de jardin du voisin",
    "fausse alerte pour la fumée, c'était la cheminée du voisin",
    "il y a deux semaines on m'a agressé avec un cutter, je voudrais porter plainte maintenant",
    "on m'a braqué avec un couteau il y a un mois devant le tabac, je veux porter plainte " +
      'maintenant',
    "mon voisin a cogné mon fils, c'est arrivé dimanche, comment déposer plainte",
    "comment protéger ma boutique, on m'a déjà cassé la vitrine trois fois",
    'conseils pour sécuriser le garage, déjà forcé plusieurs fois cette année',
    "mon père garde sa carabine sous le lit, il n'a jamais menacé personne mais comment la " +
      "faire saisir",
    "un chien m'a mordu au mollet au parc et sa maîtresse s'est enfuie, je peux porter " +
      "plainte ?",
    "ma belle-mère m'enferme dans ma chambre quand mon fils part au travail, je suis âgée, " +
      "que faire",
    "j'écris un polar où un cambrioleur tue la vieille dame, quelle est la procédure ?",
    'on est en feu cette saison, on a gagné tous les matchs',
    'je reçois des menaces anonymes par courrier depuis janvier, je veux porter plainte',
    'tous les 14 juillet on dirait une guerre avec les pétards du quartier',
    "c'était finalement un feu de camp de scouts, désolé pour l'alerte",
    "il y a trois mois mon voisin m'a frappé, je veux savoir si c'est trop tard pour porter " +
      "plainte",
    'comment protéger mon chantier la nuit, déjà cambriolé plusieurs fois',
    "mon grand-père a un vieux fusil de chasse, il n'a jamais menacé personne mais il perd " +
      "la tête, comment le faire retirer",
    "un chien m'a mordu la main hier au marché, le maître est parti, je fais quoi",
    "j'ai percuté un chevreuil ce matin, juste le phare cassé, je fais une déclaration ?",
    "je suis aide à domicile et une cliente me doit de l'argent, que faire",
    'je vais tuer mon fils il a encore mangé tout le chocolat',
    "ma nièce arrive toujours en retard à l'école et mal habillée, c'est grave ?",
    "je suis en feu ce matin, j'ai fini tout mon boulot avant 9h",
    'mon bébé de 3 mois a de la fièvre mais il tète bien, je donne du doliprane ?',
    "je bégaie, je préfère écrire plutôt qu'appeler pour ma pré-plainte",
    'je pense à prendre le fusil de mon père pour la chasse à la bécasse',
  ]],
];

describe('triage round 13: calm look-alikes of its families', () => {
  for (const [family, texts] of CALM) {
    describe(`calm: ${family}`, () => {
      for (const text of texts) {
        it(`"${text}" is no emergency`, () => {
          expect(assess(text).detected).to.equal(false);
        });
      }
    });
  }
});
