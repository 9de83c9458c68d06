import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

// A citizen in a hurry tells what happens and asks which number in the same breath: the
// question is no information request, the danger beside it is the message.
describe('a danger told with "which number?"', () => {
  specifyFirstNumbers(assess, [
    ["quelqu'un se noie, c'est quel numéro ??", '18'],
    ['il y a le feu chez le voisin c est quel numero', '18'],
    ['un homme saigne beaucoup dans la rue, quel numéro ?', '15'],
    ['vite quel numero mon pere respire plus', '15'],
    ['ya de la fumée partout dans la cage d escalier, quel numéro ??', '18'],
    ['mon fils a avalé des médicaments, c koi le numero', '15'],
  ]);
});

// Asked ahead: which number for a case, some day, if, in case of
describe('"which number?" asked for a case that is not happening', () => {
  specifyCalm(assess, [
    "si je vois quelqu'un se noyer c'est quel numéro ?",
    'quel numéro appeler en cas de surdose',
    'quel numéro on appelle quand on voit un bateau en difficulté en mer',
    'au cas où un enfant tombe dans la piscine, quel numéro appeler en premier',
    'quel numero pour un malaise cardiaque',
    "la prochaine fois qu'il y a un feu de broussailles c'est quel numéro",
    'quel numéro faut il appeler lorsque on sent le gaz',
  ]);
});
