import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

/**
 * Round 13: families from the blind13-15 readings, each written here in new phrasings (none
 * is a blind line): dangers told by their circumstances, and calm messages that name a
 * danger which is over, elsewhere, a likeness, a worry or a habit.
 */

/** One example per safety-net family of this round, for the "every family" spec. */
export const TOLD_EXAMPLES: Record<string, string[]> = {
  'net-child-told-home': [
    'mon copain de classe dit que son pere le frappe et il rentre chez lui ce soir',
  ],
  'net-heart-denied': ['il a une barre sur la poitrine mais il dit que ce est rien'],
  'net-baby-fever': ['mon bebe est tout mou et brulant'],
  'net-means-thought': ['je tiens plus je pense a prendre la corde'],
  'net-cab-thieves': ['des mecs sont en train de siphonner le reservoir du camion'],
  'net-hurt-no-phone': ['il est tombe dans le ravin et on a plus de reseau'],
  'net-vulnerable-gone-near': ['mon fils autiste est parti vers la voie ferree'],
};

const corpus = loadCorpus(fromRoot('nlp-models', 'corpus'));
const triage = createTriage(vocabularyOf(corpus));
const assess = (text: string) => triage.assess(normalize(text));

/** Emergencies of each family, with the number that must come first. */
const EMERGENCIES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ["a child's disclosure passed on, the child going back there soon (119 first)", '119', [
    "ma meilleure amie de 4e m'a confié que son beau-père la touche le soir, elle rentre " +
      "chez elle ce soir",
    "un élève de ma classe m'a dit que son père le frappe avec une ceinture, il doit " +
      "rentrer chez lui ce soir",
    'je suis monitrice de centre aéré, un petit de 8 ans vient de me raconter que sa mère ' +
      'le brûle avec des cigarettes et il repart chez elle à 18h ce soir',
    "animateur en camp ado : une jeune m'a avoué que son oncle abuse d'elle, elle rentre " +
      "chez eux demain",
    "ma pote de classe dit que son daron la cogne et qu'elle doit retourner chez lui cette nuit",
    "la petite que je garde m'a dit que son papa lui fait des trucs dans le bain, elle " +
      "rentre à la maison tout à l'heure",
    "mon fils de 10 ans me dit que son copain d'école a des bleus partout, son père le tape " +
      "et il rentre chez lui ce soir",
    "je suis prof, une élève de CM2 m'explique que son beau pere vient dans sa chambre la " +
      "nuit, elle doit rentrer chez elle ce soir apres l'ecole",
    "une gamine de la colo m'a confie que son pere la frappe, elle a des marques dans le " +
      "dos et elle repart chez lui demain matin",
    'ma copine de college ma dit que sa mere la bat elle a des traces de coups et elle va ' +
      'rentrer chez elle ce soir',
    'educatrice au foot : un gamin de 9 ans m a raconte que son beau-pere le tabasse et il ' +
      'rentre a la maison apres l entrainement ce soir',
    "jsuis surveillante de cantine, un ptit de CE1 ma dit que son pere le tape fort, il a " +
      "un bleu a l'oeil et il rentre chez lui ce soir",
    "une jeune de mon club de hand m'a confié que son beau-père la touche, elle dort chez " +
      "lui cette nuit",
    "ma cousine de 12 ans m'a dit que son père la bat avec une ceinture et elle doit y " +
      "retourner demain",
  ]],
  ['heart attack or stroke told by its signs, the patient playing it down or forbidding ' +
      'the call (15)', '15', [
    "mon pere a une douleur qui serre dans la poitrine et des sueurs froides mais il dit " +
      "que c'est rien",
    "ma femme a la bouche de travers et parle bizarrement, elle veut pas que j'appelle",
    "mon mari a le bras tout engourdi et une barre sur la poitrine, il refuse qu'on appelle " +
      "les secours",
    "papi a le visage qui tombe d'un côté et il dit que ça va passer",
    "mon collègue transpire énormément et a mal à la mâchoire, il m'interdit de prévenir " +
      "qui que ce soit, je fais quoi",
    "ma mère a des fourmillements dans le bras gauche et elle est toute pâle, elle dit que " +
      "c'est le stress",
    'mon conjoint a un poids sur la poitrine et transpire a grosses gouttes, il veut pas du ' +
      'samu',
    "mon voisin parle de travers et son bras droit est tout mou, il dit que c'est la fatigue",
    "mon père a le bras gauche lourd et des sueurs froides, il nous interdit d'appeler, que " +
      "faire",
    'ma grand-mère a la bouche tordue depuis 20 minutes, elle refuse le médecin',
    "mon mari a un étau dans la poitrine et il dit que c'est la digestion",
    'mon pere a une douleur dans la poitrine qui serre et il transpire, il veut pas que j ' +
      'appelle le samu',
    "ma mere a la moitie du visage qui tombe, elle dit c'est rien laisse",
    'mon mari a le bras gauche engourdi et la machoire qui lui fait mal, il refuse d aller ' +
      'aux urgences',
    'mon nourisson est brulant et tout mou',
    'bebe 2 mois fievre 39 8 tout mou ne boit plus',
    'ma fille de 9 mois est bouillante et elle reagit plus bien, elle gemit',
  ]],
  ['a baby limp and burning with fever (15, not a fire)', '15', [
    'ma fille de 2 mois est brûlante et toute molle, elle boit plus',
    'bb de 5 semaines bouillant et amorphe, il reagit pas quand je le touche',
    'mon nourrisson a 40 de fièvre et il est tout mou',
    'le bébé est brulant, il geint et il tete plus depuis ce matin',
    'notre bebe de 3 mois est bouillant et somnolent, il a le teint gris',
    'mon fils de 6 semaines a de la fievre il respire vite et il est tout mou',
    'bebe brulante qui gemit et qui reagit plus trop, on est seuls cette nuit',
    'mon bebe est bouillant et tout marbre, il boit plus rien',
    'ma petite de 4 mois brûlante de fièvre, molle comme une poupée de chiffon, elle gémit',
    'le nouveau ne a 39 5 de fievre et il est amorphe',
  ]],
  ['a suicide means named as a thought (3114)', '3114', [
    'je tiens plus, je pense à prendre la corde dans le garage',
    "j'arrive plus à rien, je songe à avaler toute la boite de somnifères",
    'marre de tout, je me dis que je pourrais prendre le pistolet de mon père',
    'la faillite, les dettes... je réfléchis à me servir du fusil',
    "je vaux rien, j'ai envie de prendre tous mes cachets ce soir",
    "je craque, l'idée de prendre la carabine me trotte",
    "je suis épuisée, je pense à avaler mes médocs pour que ça s'arrête",
    'plus la force de continuer, je pense a prendre la lame de rasoir',
    'a quoi bon, je pense a decrocher le fusil du grenier',
    'tout perdu, je songe à prendre la corde pour de bon',
    "j'en peux plus, je pense à prendre les médocs de ma mère, tous",
    "je pense a prendre la voiture et me jeter contre un arbre, j'y arrive plus",
    'chaque soir je pense à prendre la corde au grenier, je tiens plus',
    "je pense à me jeter à l'eau du haut du pont ce soir, j'en peux plus",
  ]],
  ['cannot phone (stammer, deafness, panic) while in danger (114)', '114', [
    "je bégaie je peux pas appeler, mon ex tape sur la porte et il hurle qu'il va me tuer",
    'je suis sourde, il y a de la fumée plein le couloir',
    "j'arrive pas à téléphoner je panique, un homme essaie d'ouvrir ma porte",
    'je sais pas parler au téléphone, mon copain me frappe en ce moment',
    'je suis muet, mon voisin a un couteau et il menace ma mère',
    "je peux pas telephoner je begaie trop, quelqu'un est entré chez moi",
    "je begaye quand j'ai peur, mon père casse tout et il veut me frapper",
    'je suis sourd muet, mon coloc est par terre et respire plus',
    'je peux plus parler au telephone tellement je tremble, il est devant ma porte avec une ' +
      'barre de fer',
    'j arrive plus a telephoner, il m a enfermee et il crie qu il va me tuer',
    'je suis sourde et mon mari me frappe en ce moment',
    "je begaie je peux pas parler au telephone, y a un homme dans mon jardin qui essaie " +
      "d'ouvrir la baie vitree",
  ]],
  ['thieves at work outside a lorry or van, the writer inside (17)', '17', [
    'des types sont en train de siphonner le réservoir de mon camion, je suis dans la cabine',
    "je dors dans mon camping car et deux mecs sont en train de forcer la porte de la " +
      "caravane d'à côté, j'ose pas sortir",
    "routier sur un parking, trois individus découpent la bâche de la remorque, j'ose plus " +
      "bouger",
    'des hommes sont en train de voler le gasoil de mon poids lourd, peur de sortir',
    'ils sont en train de fracturer ma camionnette pendant que je suis dedans',
    'des gars tailladent la bache de mon semi en ce moment, je reste dans la cabine',
    "quelqu'un est en train de crever les pneus de ma voiture, je suis dans la voiture",
    "deux mecs vident la remorque sur l'aire, j'ose pas sortir du camion",
    'des individus sont en train de percer le reservoir du fourgon, je suis dans la cabine',
    "ils volent la marchandise de mon camion, je suis dedans j'ose pas sortir",
    'des mecs sont en train de voler le carburant de ma camionnette, je suis dedans je ' +
      'bouge pas',
    'trois gars sont en train de casser les vitres de ma voiture, je suis dedans',
  ]],
  ['an English-speaking tourist asking which number while a danger is under way (112)', '112', [
    'we are on holiday in Greece, someone broke into our room and my wife is bleeding, what ' +
      'number do I call?',
    'my friend is bleeding a lot after a fall in Prague, which number should I call here?',
    'a man broke into our apartment in Rome right now, what number do I dial?',
    'there is a fire in our hotel in Madrid, what number do I call here',
    'my husband is unconscious on the floor, we are in Berlin, which number??',
    'what number do I call here? my son is bleeding from his head',
    'help, someone broke into our holiday flat in Lisbon and he is still inside, what ' +
      'number is the police here',
    'my daughter is not breathing, what number do we call in Belgium',
    'a man with a knife is attacking people in the street, what number do I call',
    'our tent is on fire at the campsite, which number do I call here',
    "we're in Barcelona and someone is breaking into our car right now, what's the number?",
    "which number do I call, my friend collapsed and isn't breathing, we're in Amsterdam",
  ]],
  ['someone hurt far from help, the phone barely working (15)', '15', [
    'mon mari a chuté dans les éboulis, il saigne de la tête et on a plus de réseau',
    "ma fille s'est cassé la jambe en canyoning, le portable capte à peine, on est loin de tout",
  ]],
  ['a vulnerable person gone minutes ago towards a railway, a road, water (17)', '17', [
    "mon grand-père qui a alzheimer s'est échappé il y a dix minutes, la voie ferrée est " +
      'juste derrière',
    "le petit frère autiste de mon copain a filé vers le canal il y a un quart d'heure",
  ]],
  ['a calm-looking story with a danger now (the calm yields)', '17', [
    'je reçois des sms de menace de mon ex depuis un mois et là il est devant ma porte',
    "il y a 3 jours il m'a menacée et là il essaie d'entrer chez moi",
    "depuis des semaines je trouve des lettres anonymes, ce soir quelqu'un a tenté de " +
      "forcer ma porte",
    "comment sécuriser ma porte ? ils l'ont déjà forcée deux fois et là ils sont en train " +
      "de forcer la porte d'entrée",
    "mon mari n'a rien fait jusqu'ici mais là il pointe son fusil sur nous",
    "c'est encore arrivé samedi et il revient, il tape contre la porte",
    'mon neveu me boucle dans ma chambre quand sa femme travaille et en ce moment il me tape',
  ]],
  ['a collision with game with someone hurt (the car is not all)', '18', [
    "j'ai percuté un cerf, le pare-choc est plié et ma femme est blessée",
    'heurté un sanglier, le capot est enfoncé et mon fils est coincé dans la voiture',
    'une biche a percuté notre voiture, la carrosserie est morte et mon mari saigne du front',
  ]],
  ['a dog bite with the wound there now (15)', '15', [
    'un chien a mordu ma fille au visage et le propriétaire est parti, elle saigne beaucoup',
    "un pitbull a mordu mon fils au bras, son maître s'est enfui, la plaie est profonde",
  ]],
  ['shut in and beaten now, though told as a habit (114 first: who is shut in)', '114', [
    "mon gendre m'enferme à clé quand ma fille part au travail, là il me secoue et me gifle",
    "ma belle-fille m'enferme quand mon fils n'est pas là et là elle me frappe",
  ]],
];

describe('triage round 13: dangers told by their circumstances', () => {
  for (const [family, first, texts] of EMERGENCIES) {
    describe(family, () => {
      for (const text of texts) {
        it(`"${text}" is an emergency, ${first} first`, () => {
          const result = assess(text);

          expect(result.detected).to.equal(true);
          expect(result.numbers[0]).to.equal(first);
        });
      }
    });
  }
});
