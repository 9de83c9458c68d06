import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';
import { foldWords } from '../../dialogs/prompts/normalize';

// Writers label "c'est possible de récupérer un objet trouvé ?" (someone who lost a thing) as
// this topic: its answer speaks to the one who lost it too, not only to the finder (tester13)
describe('content: the found-object answer', () => {
  const file = fromRoot('content', 'fr', 'faq', 'faq.found_object.hbs');
  const answer = foldWords(readFileSync(file, 'utf8').replace(/\*/g, ''));

  it('tells a finder where to bring the object', () => {
    expect(answer).to.include('vous avez trouve un objet');
  });

  it('tells someone who lost an object where to ask for it', () => {
    expect(answer).to.include('vous avez perdu un objet');
    expect(answer).to.include('objets trouves de la mairie');
  });
});
