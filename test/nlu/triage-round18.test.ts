import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { barePlace } from '../../nlu/triage-vote-place';
import { withoutCourtesy } from '../../nlu/triage-vote-calm';

/**
 * Round 18 (a tester's findings, by family, in our own phrasings): a break-in told by what
 * was just broken and who is now inside, someone else's cuts bleeding now, someone gone
 * abroad, a run-away who left a farewell note, people in the water off a boat inland; calm
 * look-alikes: a window broken by the wind or a ball, a trip planned, a capsize that ended
 * well, a boat taking water in the harbour, medicines packed for a trip, an old malaise that
 * still aches, and a bare place typed at a form's question.
 */

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['quelqu\'un vient de forcer la porte de derrière, je l\'entends marcher en bas', '17'],
  ['ils ont pété la vitre de la cuisine et ils sont entrés, on est dans la chambre', '17'],
  ['merci. un type vient de briser la baie vitrée, il est dans le séjour', '17'],
  ['ok alors la porte du garage vient d\'être forcée et il y a quelqu\'un au garage', '17'],
  ['bonjour. des mecs viennent de defoncer ma porte d\'entrée ils sont dans l\'appart', '17'],
  ['en fait quelqu un vient de casser le carreau de la porte fenetre il est à ' +
    'l\'intérieur', '17'],
  ['d\'accord. on vient de fracturer ma fenetre, le mec est encore dans la maison', '17'],
  ['jss seule, qqn vient de peter ma fenetre du rez de chaussée', '17'],
  ['des cambrioleurs viennent de forcer le volet, ils sont en train de fouiller en bas', '17'],
  ['la vitre du salon vient d\'éclater, un homme est dans la cuisine avec une lampe', '17'],
  ['mon voisin vient de casser ma porte il est chez moi il hurle', '17'],
  ['bonsoir quelqu\'un a cassé la fenêtre de la salle de bain, il est en haut je crois', '17'],
  ['ma sœur s\'est tailladé les poignets, ça saigne beaucoup dans la salle de bain', '15'],
  ['mon fils s\'est coupé les veines avec un rasoir, il y a du sang partout', '15'],
  ['elle s est ouvert le bras volontairement et ça pisse le sang', '15'],
  ['mon coloc s\'est scarifié profond cette fois, ça arrête pas de saigner', '15'],
  ['je me suis ouvert les veines y a du sang plein le lavabo', '15'],
  ['je suis en thaïlande mon mari a disparu depuis ce matin il répond plus', '112'],
  ['on est en vacances en Croatie, notre fille de 16 ans n\'est pas rentrée cette nuit', '112'],
  ['je suis à new york, mon copain est introuvable depuis 5h, son portable est coupé', '112'],
  ['en voyage au vietnam, ma mère ne répond plus depuis hier soir et personne l\'a vue', '112'],
  ['je suis au Sénégal ma soeur a disparu depuis cet aprem', '112'],
  ['on est à Bali, mon pote s\'est fait agresser, il saigne', '112'],
  ['je suis au Mexique, mon fils est tombé et il est inconscient', '112'],
  ['en séjour à Istanbul ma femme ne répond plus depuis 4 heures', '112'],
  ['je suis en Australie et ma copine est introuvable depuis la plongée', '112'],
  ['au portugal, mon mari s\'est fait poignarder devant l\'hotel', '112'],
  ['ma fille a disparu depuis cette nuit, elle a laissé un mot d\'adieu sur son lit', '17'],
  ['mon mari est parti sans nouvelles depuis 5h, il a écrit une lettre d\'adieu aux ' +
    'enfants', '17'],
  ['mon ado a fait ses adieux sur insta et il a fugué', '17'],
  ['j\'ai trouvé une lettre d\'adieu de mon frère, il est introuvable depuis midi', '17'],
  ['mon pere est parti de la maison en laissant un message d adieu', '17'],
  ['ma copine a disparu, elle a envoyé un texto d\'adieu à sa mère', '17'],
  ['il s\'est enfui de l\'hopital en laissant une lettre pour dire adieu', '17'],
  ['notre barque a chaviré sur le lac du bourget on est dans l eau', '18'],
  ['le canoe s\'est retourné sur l\'etang, mon fils est dans lo et il panique', '18'],
  ['notre pedalo a coulé sur le lac de serre ponçon on nage vers le bord', '18'],
  ['chaviré en kayak sur la dordogne, ma femme est dans l\'eau glacée', '18'],
  ['le voilier s\'est couché au milieu du lac léman on est tous dans leau', '18'],
  ['on a dessalé sur le lac d\'annecy on n\'arrive pas à remonter dans le bateau', '18'],
  ['j\'ai fait un malaise il y a 3 jours et là ça recommence avec une douleur dans la ' +
    'poitrine', '15'],
  ['je vais prendre tous mes médicaments ce soir pour en finir', '3114'],
  ['mon bateau coule au port et mon père est coincé dedans', '196'],
  ['canoe retourné, tout le monde est remonté sauf mon petit frère qui est toujours dans ' +
    'l\'eau', '196'],
];

const CALM: readonly string[] = [
  'le vent vient de casser ma fenetre, qui appeler pour la réparer',
  'mon fils vient de casser la vitre du salon avec son ballon',
  'quelqu\'un a forcé ma porte pendant nos vacances, il n\'y a plus personne, je veux ' +
    'porter plainte',
  'la porte du garage vient d\'être forcée, le voleur est parti avec mon vélo',
  'on vient de casser une vitre en jouant au foot, c\'est grave ?',
  'la tempête vient de casser une fenêtre, le chat est dans le salon',
  'je pars au maroc la semaine prochaine, faut-il un visa',
  'je suis en espagne, j\'ai perdu mon passeport, que faire',
  'en vacances en grèce, ma valise a disparu à l\'aéroport',
  'mon fils est parti vivre au canada, comment faire une procuration',
  'j\'ai écrit une lettre d\'adieu à mon ancien travail, je suis parti à la retraite',
  'mon chat a disparu depuis hier, il a laissé ses croquettes',
  'il a laissé un mot d\'adieu à ses collègues pour son départ à la retraite',
  'comment redresser un canoë quand il se retourne',
  'comment remonter sur un paddle après être tombé à l\'eau',
  'notre dériveur a dessalé mais on est tous remontés, tout va bien',
  'le kayak s\'est retourné mais tous sains et saufs sur la berge',
  'mon voilier coule à quai, personne à bord, qui contacter',
  'le bateau de mon père se remplit d\'eau au port, faut il appeler la capitainerie',
  'je prends mes médicaments dans l\'avion en cabine ou en soute ?',
  'faut-il emporter tous ses traitements en voyage à l\'étranger',
  'je suis tombé il y a une semaine, j\'ai encore mal au genou',
  'accident de ski il y a quelques jours, toujours une douleur au poignet, je vois qui ?',
  'mon scooter a été volé dans la nuit, le cadenas a été scié',
  'on m\'a volé mon vélo cette nuit dans le local, la chaîne est coupée',
];

const PLACES: readonly string[] = [
  'dans le TGV entre paris et lyon',
  'dans le bus entre lille et arras ce matin',
  'sur l\'A7 vers Lyon à la sortie 12',
  'au péage de saint arnoult direction paris',
  'à la gare de lyon part dieu sur le quai numéro 3',
  'sur le parking du centre commercial de la grande ville',
  'dans le RER B entre chatelet et gare du nord',
  'en voiture sur la rocade de bordeaux près de la sortie 15',
  'dans le train entre rennes et nantes',
  'dans le train entre brest et quimper',
];

const NOT_PLACES: readonly string[] = [
  'dans le train entre rennes et nantes un homme me touche',
  'sur le parking du leclerc il me suit depuis tout à l\'heure',
  'dans le bus un type menace le chauffeur avec un couteau',
  'à la gare de lyon ma fille a disparu',
];

describe('triage round 18: a tester\'s findings by family', () => {
  EMERGENCIES.forEach(([text, first]) => {
    it(`answers ${first} first: ${text}`, () => {
      const result = assess(text);
      expect(result.detected, text).to.equal(true);
      expect(result.numbers[0], text).to.equal(first);
    });
  });

  CALM.forEach((text) => {
    it(`stays calm: ${text}`, () => {
      expect(assess(text).detected, text).to.equal(false);
    });
  });

  PLACES.forEach((text) => {
    it(`reads a bare place as a place, not for the vote: ${text}`, () => {
      expect(barePlace(normalize(text)), text).to.equal(true);
    });
  });

  NOT_PLACES.forEach((text) => {
    it(`leaves a place with something happening to the vote: ${text}`, () => {
      expect(barePlace(normalize(text)), text).to.equal(false);
    });
  });

  it('scores what follows a courtesy opening, not the courtesy', () => {
    expect(withoutCourtesy(normalize('merci. quelqu\'un vient de casser ma fenetre')))
      .to.equal('quelqu un vient de casser ma fenetre');
    expect(withoutCourtesy(normalize('ok d\'accord en fait il est dans le salon')))
      .to.equal('il est dans le salon');
    expect(withoutCourtesy(normalize('bonjour je voudrais porter plainte')))
      .to.equal('je voudrais porter plainte');
  });
});
