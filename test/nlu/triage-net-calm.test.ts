import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

// the net's calm mechanisms: what keeps a danger word from alarming when it is not now
const corpus = loadCorpus(fromRoot('nlp-models', 'corpus'));
const triage = createTriage(vocabularyOf(corpus));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage safety net', () => {
  describe('stays calm when the danger word is clearly not a danger now', () => {
    const pairs: Array<[string, string, string]> = [
      ['past', 'il a un couteau', 'il avait un couteau hier, je veux porter plainte'],
      ['date', 'la maison du voisin brule', 'la maison du voisin a brule le 3 mars'],
      ['negation', 'y a le feu', 'y a pas le feu, je peux passer demain'],
      ['negation', 'il a une arme', 'il a pas d arme'],
      ['question', 'il y a le feu', 'que faire en cas de feu, des conseils'],
      ['question', 'il a un couteau', 'est il interdit de porter un couteau'],
      ['fiction', 'ca tire dans la cite', 'dans le film ca tire dans la cite'],
      ['habit', 'il me tape dessus', 'il me tape dessus souvent, que faire'],
      ['habit', 'quelqu un tape a la porte et crie', 'on tape a la porte et crie tous les soirs'],
      ['family', 'un homme frappe sa mere dans la rue', 'mon frere frappe ma mere'],
      ['idiom', 'mon fils se noie', 'mon fils se noie dans ses devoirs'],
      ['past', 'un bateau coule au large', 'le bateau de mon oncle a coule l an dernier'],
      ['self', 'il a un couteau', 'il se est coupe avec un couteau en cuisinant'],
      ['negation after', 'le chat se noie', 'le chat se noie pas, il nage tres bien'],
      ['fireplace', 'le barbecue a mis le feu a la haie', 'je ai mis le feu au barbecue'],
      ['cooking', 'la grange brule', 'je ai brule mon gateau'],
      ['outside', 'il me a enferme dans la cave', 'il me a enferme dehors'],
      ['dream', 'quelqu un se noie', 'je fais des cauchemars de noyade'],
      ['owner', 'il a un flingue', 'je ai un flingue de collection a declarer'],
      ['messaging', 'un homme me menace', 'un homme me menace par sms'],
      ['idiom', 'je veux sauter du pont', 'je vais faire sauter mes points'],
      ['told later', 'je suis sourde qqn est entre chez moi',
        'je suis sourde, qqn est entre chez moi la semaine derniere'],
      ['no watcher', 'pas le droit de telephoner il me surveille',
        'pas le droit de telephoner au travail'],
      ['alone', 'un petit de 4 ans tout seul sur la route',
        'un petit de 4 ans joue dans le jardin'],
      ['leak', 'notre voilier prend l eau', 'notre toit prend l eau, assurance'],
      ['past', 'je suis muette un homme me frappe',
        'je suis sourde un homme m a frappe hier je veux porter plainte'],
      ['hypothetical', 'il y a un accident avec des blesses',
        'si je vois un accident avec des blesses je dois appeler qui'],
      ['nobody hurt', 'accident il y a un blesse', 'accident ce matin personne de blesse'],
      ['nobody hurt', 'accident avec des blesses', 'un accident mais personne n est blesse'],
      ['consequence', 'il va me tuer', 'ma mere va me tuer si je rate encore mon permis'],
      ['dismay', 'au secours', 'au secours mon examen c est demain'],
      ['drill', 'incendie au bureau', 'exercice d evacuation incendie au bureau demain'],
      ['found object', 'un homme avec un couteau dans la rue',
        'j ai trouve un couteau dans la rue je le rapporte ou'],
      ['what to do with it', 'il a un revolver', 'mon pere a un vieux revolver on en fait quoi'],
      ['fine', 'la voiture brule', 'amende apres un incendie de ma voiture je conteste comment'],
      ['adult out', 'ma mere a alzheimer elle est partie de la maison cette nuit',
        'ma mere a alzheimer elle est partie en vacances avec mon pere'],
      ['own medicine', 'mon fils de 3 ans a avale des cachets',
        'mon fils de 3 ans refuse d avaler ses cachets'],
      ['no threat', 'mon ex est sur le palier et il crie', 'mon ex est sur le palier il attend'],
      ['hidden thing', 'cachee dans le placard il y a des voleurs',
        'j ai cache les cles dans le placard'],
      ['weekend', 'mon ex est devant ma porte il crie',
        'mon ex est devant ma porte il vient chercher les enfants'],
      ['went out by day', 'ma mere a alzheimer elle est sortie pieds nus',
        'ma mere a alzheimer elle est sortie de l hopital ce matin'],
      ['crowd', 'la salle est en feu', 'le dj a mis le feu a la salle'],
      ['drill', 'de la fumee dans la zone industrielle',
        'exercice incendie dans la zone industrielle, il y aura de la fumee'],
      ['put out', 'incendie de poubelle', 'incendie de poubelle eteint'],
      ['a thing', 'ce mec va me tuer', 'cette chaleur va me tuer'],
      ['someone here', 'si il revient il va me tuer il est en bas je dois appeler qui',
        'si il revient je dois appeler qui'],
      ['laughter', 'ca a explose dans la cuisine', 'j ai explose de rire dans la cuisine'],
      ['only harmless words between', 'au secours il me frappe mon bac est demain',
        'au secours je comprends rien a mon bac'],
      ['lost a toy', 'ma fille de 6 ans a disparu au parc',
        'ma fille de 6 ans a perdu son doudou au parc'],
      ['surprise', 'je me suis cache il est dans la maison',
        'je me suis cache pour faire une surprise a ma femme'],
      ['telling', 'mon pere va me tuer si je parle', 'mon pere va me tuer si je rate mon bus'],
      ['his return', 'mon pere va me tuer quand il rentre',
        'mon pere va me tuer quand il verra mon bulletin'],
      ['a bare "il"', 'il va me tuer si je rentre en retard',
        'mon chef va me tuer si je rentre en retard'],
      ['a hall, not a crowd', 'ils ont mis le feu a la salle des fetes',
        'le dj a mis le feu a la salle'],
      ['hurt during a drill', 'pendant l exercice incendie un eleve a fait un malaise',
        'exercice incendie au lycee, la fumee sera artificielle'],
      ['an insult is someone', 'cet enfoire va me tuer', 'ce boulot va me tuer'],
      ['a body to carry', 'mon fils a avale une pile je le porte ou',
        'j ai trouve une pile je la depose ou'],
      ['after it', 'juste apres l accident un homme saigne beaucoup',
        'apres l accident ma voiture est au garage, l assurance demande quoi'],
      ['not a person', 'ma fille a disparu depuis ce matin',
        'ma fille a disparu de snapchat depuis ce matin'],
    ];
    for (const [why, danger, calmText] of pairs) {
      it(`${why}: "${danger}" is an emergency, "${calmText}" is not`, () => {
        expect(assess(danger).detected).to.equal(true);
        expect(assess(calmText).detected).to.equal(false);
      });
    }
  });

});
