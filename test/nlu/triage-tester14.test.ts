import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

// tester14 F3, F4: a kitchen's rush and a fright at a spider raised full alarms; a single
// gunshot ("un coup de feu") was read as a fire or not at all
describe('a shot, one or many, heard or fired', () => {
  specifyFirstNumbers(assess, [
    ["j'ai entendu un coup de feu", '17'],
    ['coup de feu au restaurant, un client est blessé', '17'],
    ["j'ai entendu un coup de feu dans la cuisine du resto", '17'],
    ['un coup de feu vient de partir chez les voisins', '17'],
    ['au secours une araignée et mon fils de 2 ans a été piqué il respire mal', '15'],
  ]);
});

describe('the rush of a service and small animals in a cry for help', () => {
  specifyCalm(assess, [
    "j'ai un coup de feu dans la cuisine ce soir, 40 couverts au resto",
    "c'est le coup de feu en cuisine, 60 couverts et un commis malade",
    'gros coup de feu au restaurant ce midi, on a fait 80 couverts',
    'jai une peur bleue des araignées y en a une enorme dans ma chambre au secours',
    'une guêpe dans la voiture au secours',
    'des cafards partout dans la cuisine, au secours, qui appeler ?',
    'au secours une souris dans le salon',
  ]);
});
