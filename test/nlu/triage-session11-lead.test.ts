import { specifyCalm, specifyFirstNumbers } from './triageTable';
import { assessWithVote } from './triageWithVote';

/**
 * Two of blind87's first-reading errors, by family: a question about voting followed by a
 * danger now (round t77's voting calm settled any message naming a vote; it now needs the
 * citizen away on the day), and a vehicle towed or gone read by the learned vote as a person
 * taken away.
 */
describe('triage, a vote asked about then danger, and a vehicle gone', () => {
  specifyFirstNumbers(assessWithVote, [
    ['bonjour je voulais demander pour une procuration mais la tout de suite un homme rode dans ' +
      'mon jardin et essaie d ouvrir les portes', '17'],
    ['procuration svp, un homme essaie d ouvrir ma porte', '17'],
    ['pour le vote de dimanche je fais comment, la y a quelqu un qui force ma fenetre', '17'],
    ['ma voiture a ete enlevee avec mon bebe dedans', '17'],
  ]);
  specifyCalm(assessWithVote, [
    'je serai en colo le jour des elections, je vote comment',
    'voiture enlevee devant chez moi ce matin elle est ou',
    'mon scooter a disparu du parking cette nuit',
    'ils ont enleve ma voiture devant chez moi, c est la fourriere ?',
  ]);
});
