import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

/**
 * Round 15: families earlier rounds fixed too literally, rewritten here by word classes and
 * tested with other vocabulary, people and places (none is a blind line).
 */

/** One example per safety-net family of this round, for the "every family" spec. */
export const GENERAL_EXAMPLES: Record<string, string[]> = {
  'net-heart-spread': ['ma femme a une douleur au torse qui part dans la machoire'],
  'net-hurt-abroad': ['on est au portugal et mon fils saigne de la tete'],
  'net-fall-wild': ['mon cousin a devisse de la paroi en escalade'],
  'net-child-gone-by-water': ['ma niece est introuvable et ses tongs sont sur la jetee'],
  'net-pupil-threatened-home': ['je suis en 5e et mon daron a dit que si je rentre il me bute'],
};

const corpus = loadCorpus(fromRoot('nlp-models', 'corpus'));
const triage = createTriage(vocabularyOf(corpus));
const assess = (text: string) => triage.assess(normalize(text));

function expectFirst(text: string, number: string): void {
  const result = assess(text);
  expect(result.detected, text).to.equal(true);
  expect(result.numbers[0], text).to.equal(number);
}

function expectCalm(text: string): void {
  expect(assess(text).detected, text).to.equal(false);
}

describe('triage round 15: general word classes', () => {
  it('reads a heart attack from a chest named any way and a pain that spreads or squeezes', () => {
    expectFirst('mon oncle a un etau sur le sternum, il transpire pas mais il est gris', '15');
    expectFirst('elle a tres mal au torse et ca descend dans son epaule gauche', '15');
    expectFirst('douleur horrible vers le coeur qui monte dans le cou', '15');
    expectCalm('en 2019 j ai eu une douleur au torse qui partait dans le bras, tout va bien');
    expectCalm('cette rupture me fait une douleur enorme au coeur');
  });

  it('keeps the time of the symptoms when a stay in care is dated', () => {
    expectFirst('revenue de la clinique avant hier et la elle a une douleur atroce au thorax', '15');
    expectFirst('opere le mois dernier, et la ca lui serre dans la poitrine', '15');
    expectCalm('mon pere est sorti de l hopital hier, il va bien, merci');
  });

  it('puts 112 first abroad, and a question about the number does not calm a hurt body', () => {
    expectFirst('on est en sicile et mon frere est en sang apres une bagarre, on appelle qui', '112');
    expectFirst('en vacances a agadir on vient de frapper mon pere, quel numero', '112');
    expectCalm('je pars au maroc cet ete, quel numero faire si on se fait agresser');
    expectCalm('le mois dernier en grece on m a agresse, je peux porter plainte en france');
  });

  it('reads a fall in the mountains, canyons and caves as a body to rescue, asked or not', () => {
    const result = assess('ma fille a glisse dans la grotte en speleo, elle repond a peine');
    // the firemen's rescue comes with the SAMU (triage-companions.ts)
    expect(result.numbers).to.deep.equal(['15', '112', '18']);
    expectFirst('un copain a chute de la falaise, on sait pas qui appeler', '15');
    expectCalm('mon portable est tombe dans un ravin en randonnee, comment declarer la perte');
  });

  it('reads belongings by the water as a missing child urgent', () => {
    expectFirst('mon fils de 6 ans est introuvable, sa bouee est sur la digue', '17');
    expectFirst('on cherche ma petite soeur, son cartable et son blouson sont pres du torrent', '17');
    expectCalm('ma fille a oublie son velo au bord du lac, on peut le recuperer ou');
  });

  it('gives the 119 first to a pupil threatened by a parent if they come home', () => {
    expectFirst('j ai 14 ans et ma belle mere a dit que si je rentre elle me tue', '119');
    expectFirst('ma mere a dit que si je rentre ce soir je suis morte, je suis au lycee', '119');
    expectCalm('ma mere va me tuer si je rentre avec ce bulletin lol, je suis au college');
  });
});
