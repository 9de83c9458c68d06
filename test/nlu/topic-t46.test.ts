import { specifyTopics } from './topicTable';

/**
 * Round t46: a parent asking about a daughter or son under 18 who wants to move in with a
 * boyfriend or girlfriend is asking about parental authority (out of scope: the official
 * pages), never the domestic-violence help. Other phrasings than wide-round-t46.json.
 */
specifyTopics('topics, round t46: a minor moving in with a partner', [], [
  "ma fille de 17 ans veut aller vivre chez son copain, j'ai le droit de refuser ?",
  'ma fille de 17 ans veut partir vivre chez son copain, est ce que je peux refuser',
  'mon fils de 16 ans veut habiter chez sa copine, on a le droit de dire non ?',
  'ma fille a 17 ans et veut quitter la maison pour aller chez son copain majeur',
  "je comprends pas la question, c'est ma fille qui veut partir",
], true);
