import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import {
  filmScript, fireAlreadyOut, heardInNews, oldWeaponFound, publishThreat, toldAsStalkingPattern,
} from '../../nlu/triage-calm-story';

// the triage as the recognizer builds it: typo correction knows the corpus vocabulary
const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage round 11: children in danger, worrying departures, stories not under way', () => {
  describe('gives the child line first to a child in danger with no blow under way', () => {
    const cases: Array<[string, string]> = [
      ['a baby crying for hours, the parents out for the evening',
        'le bébé du 3e pleure depuis des heures, ses parents sont partis en soirée'],
      ['a toddler screaming since this morning, the mother gone out, nobody answers',
        'ça fait 4h que la petite d en face hurle, sa mère est sortie et personne répond'],
      ['a classmate abused at night who dreads going home',
        'une copine de classe dit que son beau-père vient dans sa chambre la nuit, ' +
          'elle a peur de rentrer ce soir'],
      ['a child who writes that he is touched and dreads tonight',
        'j ai 12 ans mon oncle me fait des choses bizarres j ose pas rentrer ce soir'],
      ['a classmate beaten at home, away from home for now',
        'mon camarade de classe a peur de rentrer chez lui cette nuit, son père le cogne'],
    ];

    for (const [behaviour, text] of cases) {
      it(`${behaviour}: "${text}"`, () => {
        const result = assess(text);

        expect(result.detected, 'detected').to.equal(true);
        expect(result.situation).to.equal('child_neglect');
        expect(result.numbers).to.deep.equal(['119', '17', '112']);
      });
    }
  });

  it('keeps the police first when the one who beats is on his way', () => {
    const result = assess('j ai 13 ans mon père me frappe, j ai peur, il rentre dans une heure');

    expect(result.numbers[0]).to.equal('17');
    expect(result.numbers).to.include('119');
  });

  describe('calls the police for an adult gone with a stranger whose last words frighten', () => {
    const texts = [
      'ma soeur est montée chez un gars rencontré en soirée, elle m a écrit "il me laisse pas ' +
        'partir" et depuis son portable est coupé',
      'ma coloc est montée dans la voiture d un inconnu, elle m a écrit "viens me chercher" ' +
        'et elle répond plus',
      'mon amie est sortie avec un mec de tinder, elle m a envoyé sos, sa localisation est coupée',
    ];

    for (const text of texts) {
      it(`"${text}"`, () => {
        const result = assess(text);

        expect(result.detected, 'detected').to.equal(true);
        expect(result.numbers[0]).to.equal('17');
      });
    }
  });

  describe('stays calm on a story that is not under way', () => {
    const texts = [
      // a departure freely chosen, or jealousy
      'ma fille est partie vivre avec un homme rencontré sur internet, elle répond plus depuis ' +
        'des mois',
      'ma copine est partie avec un mec qu elle connait pas et je suis jaloux, elle répond plus',
      // stalking told as a pattern of days: the harassment FAQ
      'un homme m a suivie jusqu à chez moi il y a quelques jours et depuis je le vois tous les ' +
        'soirs en bas',
      'la semaine dernière un type m a suivie dans le bus, maintenant il traîne dans mon quartier',
      'un inconnu passe devant chez moi plusieurs fois par jour depuis que je l ai éconduit',
      // over, heard of, staged, inherited, joked
      'la décharge a pris feu cette nuit mais c est éteint, ça sent encore le brûlé',
      'on me menace d envoyer des photos intimes à ma famille si je ne paie pas en carte pcs',
      'encore une fusillade dans une école aux états-unis, c est dingue',
      'ils ont parlé à la radio d une fusillade dans une cité de lyon, vous en savez plus ?',
      'dans le scénario de mon court-métrage un homme est poignardé, il faut une autorisation ?',
      'en vidant la maison de mon grand-père on a trouvé un vieux revolver, on en fait quoi',
      'les maths vont me tuer, trop de devoirs',
      'c est le feu dans mon crâne avec la déclaration d impôts',
      'je vais le tuer s il mange encore mon yaourt lol',
      'une élève a peur de rentrer ce soir, elle a eu une mauvaise note',
      'le bébé d à côté est souvent laissé seul le soir, à qui le signaler',
    ];

    for (const text of texts) {
      it(`"${text}"`, () => {
        expect(assess(text).detected).to.equal(false);
      });
    }
  });

  describe('still alarms when the same stories turn into danger now', () => {
    const cases: Array<[string, string]> = [
      ['un homme me suit tous les soirs et là il est en bas de chez moi en ce moment', '17'],
      ['le feu de la haie était éteint mais ça reprend, il y a des flammes', '18'],
      ['il menace de publier mes photos et il est devant ma porte avec un couteau', '17'],
      ['il y a une fusillade dans ma rue en ce moment, j entends des tirs', '17'],
      ['mon fils joue avec un vieux pistolet trouvé au grenier, il est peut-être chargé', '17'],
      ['les maths vont me tuer et en plus il y a de la fumée qui sort de la prise', '18'],
    ];

    for (const [text, first] of cases) {
      it(`"${text}" -> ${first}`, () => {
        const result = assess(text);

        expect(result.detected, 'detected').to.equal(true);
        expect(result.numbers[0]).to.equal(first);
      });
    }
  });

  describe('reads each calm mechanism on its own, and lets a sign of danger now win', () => {
    const cases: Array<[string, (text: string) => boolean, string, string]> = [
      ['stalking over days', toldAsStalkingPattern,
        'il rode devant chez moi tous les soirs depuis que je ai dit non',
        'il rode devant chez moi tous les soirs et la il est en bas'],
      ['a fire out', fireAlreadyOut, 'le feu est eteint', 'le feu est eteint mais ca reprend'],
      ['a threat to publish', publishThreat, 'il menace de publier mes photos si je paie pas',
        'il menace de publier mes photos si je paie pas il est la avec un couteau'],
      ['the news', heardInNews, 'aux infos une fusillade a lyon',
        'aux infos ils disent fusillade et je entends des tirs devant moi'],
      ['an old weapon', oldWeaponFound, 'on a trouve un vieux fusil au grenier',
        'on a trouve un vieux fusil au grenier et il le pointe sur moi'],
    ];

    for (const [name, mechanism, calm, danger] of cases) {
      it(name, () => {
        expect(mechanism(calm), calm).to.equal(true);
        expect(mechanism(danger), danger).to.equal(false);
      });
    }

    it('a film script is staged whatever it tells', () => {
      expect(filmScript('le scenario de mon court metrage')).to.equal(true);
      expect(filmScript('il a un couteau')).to.equal(false);
    });
  });

  it('answers "no emergency" to an empty or blank message instead of failing', () => {
    expect(assess('')).to.deep.equal({ detected: false, numbers: [] });
    expect(assess('   \n ')).to.deep.equal({ detected: false, numbers: [] });
  });
});
