import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { withoutCalmClauses } from '../../nlu/triage';
import { silentForTheVote, withoutVoteNoise } from '../../nlu/triage-vote-calm';

/**
 * Round 13: what the learned model's vote must not read as danger (it knows words, not
 * situations), written here in new phrasings, each against a look-alike that keeps the vote.
 */

const SILENT: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['a question in a foreign language', [
    'can I fly my drone over the beach in Normandy?',
    'do I need a permit to fly a drone near Lyon',
    'what number do I call if someone steals my bike',
  ]],
  ['a disclosure told for advice', [
    'ma femme me gifle depuis des années et personne me croit',
    'je suis battu par ma copine mais on ne me croit pas',
    'personne ne me prend au sérieux quand je parle de ma compagne violente',
    "mon frère vit avec une femme qui le rabaisse et le bouscule, comment l'aider sans qu'elle " +
      'le sache ?',
    "un collègue me colle et me fait des remarques sur mon corps au dépôt, j'ose plus y aller",
  ]],
  ["a child's routine or neglect over time", [
    'le fils des voisins a 7 ans et rentre seul à pied de l école',
    'ma nièce arrive toujours affamée le lundi',
    'mon neveu est toujours sale quand il revient de chez son père',
    'le petit du troisième est toujours en chaussons sur le palier le soir',
    "une gamine de l'immeuble a l'air de ne pas manger, elle traîne dans la cage d'escalier",
    'les jumeaux d en face semblent mal nourris, je m inquiète',
  ]],
  ["a neighbour's hedge or tree", [
    'les thuyas du voisin dépassent de trois mètres chez nous et il refuse de les tailler',
    "l'arbre de ma voisine déborde sur mon terrain, les branches touchent mon toit",
    'les racines du chêne d à côté soulèvent ma terrasse',
  ]],
  ['a parked car bumped', [
    "j'ai accroché une voiture garée sur le parking de la gare, je laisse un mot ?",
    'en reculant j ai touché une voiture en stationnement, le proprio est introuvable',
  ]],
  ['unknown bank debits', [
    'des prélèvements suspects sur le compte de ma mère en ehpad',
    'retraits inconnus sur la carte de mon grand-père',
  ]],
];

const VOTES: readonly string[] = [
  'help my husband is bleeding a lot',
  'ma copine me frappe en ce moment et personne me croit',
  "il me suit en ce moment dans l'entrepôt, j'ose plus y retourner",
  'le petit de 7 ans est tout seul au bord de la nationale maintenant',
  "j'ai reculé dans une voiture, il y a un enfant blessé sur le parking",
  'ma nièce est seule et affamée depuis hier, personne ne répond',
  'la petite du palier est toujours en pyjama et là elle saigne du nez, vite',
  "une branche de l'arbre du voisin est tombée sur un enfant, il saigne",
  'le petit du palier est toujours en pyjama et ce soir il a des marques au cou, le père hurle',
];

describe('the vote stays silent on what its words misread', () => {
  for (const [family, texts] of SILENT) {
    describe(family, () => {
      for (const text of texts) {
        it(`leaves "${text}" to the rules`, () => {
          expect(silentForTheVote(normalize(text))).to.equal(true);
        });
      }
    });
  }

  for (const text of VOTES) {
    it(`still votes on "${text}" (a danger now, a wound, no routine)`, () => {
      expect(silentForTheVote(normalize(text))).to.equal(false);
    });
  }

  it('scores a job title without its "aide", keeps "à l\'aide"', () => {
    expect(withoutVoteNoise(normalize('je suis aide-soignante, la réserve à 40 ans ?')))
      .to.equal('je suis la reserve a 40 ans');
    expect(withoutVoteNoise(normalize("à l'aide il me frappe")))
      .to.equal('a le aide il me frappe');
  });

  it('reads a threat over a trivial motive as an idiom, not a threat over the children', () => {
    expect(withoutCalmClauses(normalize('je vais tuer mon frère il a fini mes chips')))
      .not.to.include('tuer');
    expect(withoutCalmClauses(normalize('il va me tuer il a pris un couteau')))
      .to.include('tuer');
  });
});
