import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import { foldWords } from '../../dialogs/prompts/normalize';

// Round 51 (t101): three answers that a writer other than the usual reader now reaches: a
// parent of a child harassed online, a citizen stopped "sans raison" who wants to complain
// of the gendarme, a family fearing that a relative with Alzheimer's gets lost
describe('content: answers for a parent, a stopped citizen, a wandering relative', () => {
  const content = loadContent();
  const answer = (topic: string): string =>
    foldWords(content.render(`faq/${topic}`).replace(/\*/g, ''));

  it("gives a harassed child's parent the 3018, and says it advises parents", () => {
    expect(answer('faq.harassment')).to.include('3018');
    expect(answer('faq.harassment')).to.include('conseille aussi les parents');
  });

  it('tells how to complain of a stop or of a gendarme\'s conduct', () => {
    const complaint = answer('faq.complaint_info');

    expect(complaint).to.include('controle');
    expect(complaint).to.include('iggn');
    expect(complaint).to.include('defenseur des droits');
  });

  it('tells a family how to prepare for a disoriented relative, and to call the 17', () => {
    const missing = answer('faq.missing_person');

    expect(missing).to.include('alzheimer');
    expect(missing).to.include('geolocalisation');
    expect(missing).to.include('17');
  });
});
