import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage, withoutCalmClauses } from '../../nlu/triage';
import { withoutHypotheticals } from '../../nlu/triage-net';
import { negatedAt } from '../../nlu/triage-net-context';

// how the safety net reads a message around its danger words: negations, hypotheticals,
// calm clauses, who can only write, typos (its families are in triage-safety-net.test.ts)
const corpus = loadCorpus(fromRoot('nlp-models', 'corpus'));
const triage = createTriage(vocabularyOf(corpus));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage safety net: reading around the danger words', () => {
  it('gives a learned model the message without its idioms and hypothetical clauses', () => {
    expect(withoutCalmClauses(normalize('mon patron va me tuer si j arrive en retard')))
      .to.equal('mon patron');
    expect(withoutCalmClauses(normalize('au secours mon code de la route c est demain')))
      .to.equal('ce est demain');
    expect(withoutCalmClauses(normalize('si je vois un accident je dois appeler qui')))
      .to.equal('');
    expect(withoutCalmClauses(normalize('il a un couteau'))).to.equal('il a un couteau');
  });

  it('removes hypothetical clauses, and only them', () => {
    expect(withoutHypotheticals('que faire en cas de incendie')).to.equal('');
    expect(withoutHypotheticals('comment reagir si on me suit')).to.equal('');
    expect(withoutHypotheticals('il y a le feu que faire')).to.equal('il y a le feu que faire');
  });

  it('reads "sans arrêt" as how often, not as a negation', () => {
    expect(negatedAt('il sonne sans arret et essaie', 'il sonne sans arret et '.length))
      .to.equal(false);
    expect(assess('il sonne sans arrêt et essaie d entrer par la cuisine').detected)
      .to.equal(true);
  });

  it('reads "personne de blessé" as a negation, "une personne blessée" as someone', () => {
    expect(negatedAt('personne de blesse', 'personne de '.length)).to.equal(true);
    expect(negatedAt('une personne ne respire plus', 'une personne ne '.length)).to.equal(false);
    expect(negatedAt('personne ne me aide il me frappe', 'personne ne me aide '.length))
      .to.equal(false);
  });

  it('puts the SMS 114 first when the citizen can only write, whatever the danger', () => {
    expect(assess('je peux qu écrire il me frappe en ce moment').numbers[0]).to.equal('114');
  });

  it('reads a negation in the three words before a danger word', () => {
    expect(negatedAt('y a pas le feu', 'y a pas le '.length)).to.equal(true);
    expect(negatedAt('accident sans blesse', 'accident sans '.length)).to.equal(true);
    expect(negatedAt('je sais pas il a un couteau', 'je sais pas il a un '.length))
      .to.equal(false);
  });

  it('never lets the typo corrector invent a danger the citizen did not write', () => {
    expect(assess('mon détecteur de fumée bipe, la pile est faible').detected).to.equal(false);
    expect(assess('un voilier envoie des fusées de détresse').numbers[0]).to.equal('196');
    expect(assess('je vous écris en cachette').numbers[0]).to.not.equal('17');
    expect(assess('ça brûle au 3ème étage').numbers[0]).to.equal('18');
  });

  it('still corrects typos of danger words', () => {
    expect(assess('il a un coutau').numbers[0]).to.equal('17');
    expect(assess('des hommes cagulés devant ma maison').detected).to.equal(true);
  });
});
