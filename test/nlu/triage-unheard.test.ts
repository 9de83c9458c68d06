import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

// the triage as the recognizer builds it: typo correction knows the corpus vocabulary
const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage round 12: who cannot speak aloud, a child dreading tonight, quoted alarms', () => {
  describe('offers the SMS 114 to whoever cannot speak aloud with an intruder at home', () => {
    const cases: string[] = [
      'jpeux pas parler fort y a un mec chez moi',
      'je parle tout bas il y a quelqu\'un qui est rentré dans l\'appartement',
      'je peux pas parler à voix haute, un cambrioleur est dans ma maison',
      'je dois chuchoter, un homme fouille en bas, je suis à l\'étage',
      'pas le droit de faire de bruit, un type est entré par la fenêtre',
      'je murmure, y a un intrus dans la maison, je suis dans l\'armoire',
      'pas parler fort, quelqu\'un est entré chez moi, je suis sous le lit',
      'je peux pas parler fort mon mari est dans la pièce à côté et il a un couteau',
    ];

    for (const text of cases) {
      it(`"${text}"`, () => {
        const result = assess(text);

        expect(result.detected, 'detected').to.equal(true);
        expect(result.numbers).to.include('114');
      });
    }
  });

  describe('puts the SMS 114 first for who cannot call, then the service of the danger itself',
    () => {
      const cases: Array<[string, string[]]> = [
        ['jsuis sourd une personne fait un malaise', ['114', '15']],
        ['je suis sourde et mon mari ne respire plus', ['114', '15']],
        ['je suis malentendant, le feu a pris dans ma cuisine', ['114', '18']],
        ['je suis muette un homme est entré chez moi', ['114', '17']],
      ];

      for (const [text, first] of cases) {
        it(`"${text}" → ${first.join(', ')}`, () => {
          expect(assess(text).numbers.slice(0, 2)).to.deep.equal(first);
        });
      }
    });

  describe('gives the child line first to a child afraid of tonight\'s blows, even told by another',
    () => {
      const cases: string[] = [
        'mon élève m\'a dit qu\'il ne veut pas rentrer ce soir car son père va encore le battre',
        'un enfant m\'a écrit sur discord qu\'il a peur de rentrer ce soir, son père va le taper ' +
          'avec la ceinture',
        'une gamine sur un jeu m\'a dit qu\'elle a peur de rentrer ce soir car sa mère la frappe',
        'mon neveu m\'écrit qu\'il ose pas rentrer ce soir, son père va le frapper',
        'un jeune sur un forum écrit qu\'il a trop peur de rentrer à la maison ce soir, son père ' +
          'le cogne',
        'mon fils me dit que son copain a peur de rentrer chez lui ce soir parce que son père le ' +
          'frappe',
        'un ado me dit par sms qu\'il veut pas rentrer ce soir son daron va le défoncer',
      ];

      for (const text of cases) {
        it(`"${text}"`, () => {
          const result = assess(text);

          expect(result.detected, 'detected').to.equal(true);
          expect(result.situation).to.equal('child_neglect');
          expect(result.numbers[0]).to.equal('119');
        });
      }
    });

  describe('raises no alarm for calm look-alikes', () => {
    const cases: Array<[string, string]> = [
      ['a hit-and-run with a torn mirror only', 'un camion m\'a arraché le rétroviseur sur ' +
        'l\'autoroute et il ne s\'est pas arrêté, j\'ai une partie de la plaque'],
      ['a scratched door, the scooter gone', 'un scooter a rayé toute ma portière et s\'est ' +
        'enfui, j\'ai pris une photo de la plaque'],
      ['a help line checked for a poster', 'je note le numéro de prévention du suicide pour ' +
        'une affiche au lycée, c\'est bien le 3114 ?'],
      ['a help line checked for a leaflet', 'c\'est bien le 3114 le numéro national de ' +
        'prévention du suicide ? je prépare un dépliant'],
      ['the child line checked for a staff-room poster', 'je fais une affiche pour la salle ' +
        'des profs, le 119 c\'est bien pour l\'enfance en danger ?'],
      ['building works told with war words', 'les travaux d\'à côté c\'est la guerre, ça ' +
        'explose et ça tape depuis 7h du matin'],
      ['a renovation as a battlefield', 'le voisin refait sa maison, c\'est un champ de ' +
        'bataille, ça cogne et ça explose du matin au soir'],
      ['a jackhammer told as an explosion', 'le marteau piqueur d\'en face explose mes ' +
        'oreilles depuis l\'aube, que faire'],
      ['a child scolded, not beaten', 'ma fille a peur de rentrer ce soir parce que son père ' +
        'va la gronder pour son bulletin'],
      ['whispering in a library', 'je chuchote parce que je suis à la bibliothèque, ' +
        'quelqu\'un peut me dire les horaires de la brigade'],
    ];

    for (const [behaviour, text] of cases) {
      it(`${behaviour}: "${text}"`, () => {
        expect(assess(text).detected).to.equal(false);
      });
    }
  });

  describe('still alarms when the poster or the works hide a real danger', () => {
    const cases: string[] = [
      'je note le numéro de prévention du suicide sur une affiche mais moi je veux en finir',
      'sur le chantier d\'à côté c\'est la guerre, un ouvrier est tombé de l\'échafaudage ' +
        'il bouge plus',
      'grosse explosion sur le chantier d\'à côté, il y a de la fumée partout',
    ];

    for (const text of cases) {
      it(`"${text}"`, () => {
        expect(assess(text).detected).to.equal(true);
      });
    }
  });
});
