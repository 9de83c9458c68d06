import { expect } from 'chai';
import { isCancel, isExit, isLeave, parseRating } from '../../handoff/commands';

describe('citizen commands during a handoff', () => {
  it('recognises "annuler" and "retour au robot" whatever the case, accents or punctuation', () => {
    expect(['annuler', 'Annuler !', 'ANNULE', "j'annule"].every(isCancel)).to.equal(true);
    expect(['finalement non je reprends', 'Laissez tomber', 'plus besoin, merci',
      'finalement non'].every(isCancel)).to.equal(true);
    expect(['retour au robot', 'Retour au robot.', "revenir à l'assistant"].every(isLeave))
      .to.equal(true);
  });

  it('ignores the words inside a longer message', () => {
    expect(isExit('je veux annuler ma commande')).to.equal(false);
    expect(isExit('le retour au robot ne marche pas')).to.equal(false);
  });

  it('reads ratings from 1 to 5 and nothing else', () => {
    expect(['1', '5', '4/5', '3 sur 5', '5 étoiles'].map(parseRating)).to.deep.equal(
      [1, 5, 4, 3, 5]);
    expect(['0', '6', '10', 'cinq', '', '5 ans'].map(parseRating)).to.deep.equal(
      [undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
