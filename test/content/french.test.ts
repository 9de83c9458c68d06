import { expect } from 'chai';
import { existsSync, readFileSync } from 'fs';
import { loadContent } from '../../content/renderer';
import { fromRoot } from '../../core/paths';

/** The shared specification, next to the repository (as in CI); our own label list else. */
const SPEC_PATH = fromRoot('..', 'shared', 'spec', 'topics.json');

interface Spec {
  topics: Array<{ id: string }>;
  emergency: { services: Array<{ number: string }> };
}

function readSpec(): Spec | undefined {
  if (!existsSync(SPEC_PATH)) {
    return undefined;
  }
  const spec: Spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));
  return spec;
}

describe('French content', () => {
  // loading compiles every template: a broken one fails here, not in a citizen's chat
  const content = loadContent();
  const labelled = content.keys()
    .filter((key) => key.startsWith('topics/labels.'))
    .map((key) => key.slice('topics/labels.'.length));
  const spec = readSpec();
  const specTopics = spec?.topics.map((topic) => topic.id) ?? [];

  it('compiles every template of content/fr', () => {
    expect(() => loadContent()).to.not.throw();
    expect(content.keys().length).to.be.above(50);
  });

  it('labels every topic of the shared specification', () => {
    const missing = specTopics.filter((id) => !labelled.includes(id));

    expect(missing).to.deep.equal([]);
  });

  it('answers every topic, in a short text', () => {
    for (const topic of [...new Set([...specTopics, ...labelled])]) {
      expect(content.has(`faq/${topic}`), `faq/${topic}`).to.equal(true);
      const answer = content.render(`faq/${topic}`);
      expect(answer.length, topic).to.be.within(20, 1200);
    }
  });

  it('links only to official sites, over https', () => {
    const domains = '(gouv\\.fr|service-public\\.fr|justice\\.fr|lagendarmerierecrute\\.fr)';
    const official = new RegExp(`^https://([a-z0-9-]+\\.)*${domains}/`);
    const answers = content.keys().filter((key) => key.startsWith('faq/'));

    for (const key of answers) {
      const links = content.render(key).match(/\]\((https?:[^)]+)\)/g) ?? [];
      for (const link of links) {
        expect(`${link.slice(2, -1)}/`, key).to.match(official);
      }
    }
  });

  it('ends every list with a blank line, so Web Chat does not glue text to the last item', () => {
    const sample = { services: [{ number: '17', purpose: 'p' }],
      links: [{ title: 't', url: 'u', date: 'd' }], first: 'A', second: 'B', conversation: 'c' };
    const ours = content.keys().filter((key) => /^(faq|bot)\//.test(key));

    for (const key of ours) {
      const lines = content.render(key, sample).split('\n');
      lines.slice(1).forEach((line, index) => {
        const previous = lines[index];
        const gluedToItem = /^(- |\d+\. |  )/.test(previous) && /^[^\s\-\d]/.test(line);
        expect(gluedToItem, `${key}: "${line}"`).to.equal(false);
      });
    }
  });

  it('describes every emergency number of the specification', () => {
    for (const { number } of spec?.emergency.services ?? []) {
      expect(content.has(`emergency/numbers.${number}`), number).to.equal(true);
    }
  });

  it('lists the emergency numbers with what each is for, and 114 by SMS', () => {
    const answer = content.render('bot/emergency',
      { services: [{ number: '15', purpose: 'SAMU' }, { number: '112', purpose: 'tout' }] });

    expect(answer).to.match(/\*\*15\*\* : SAMU\n- \*\*112\*\* : tout/);
    expect(answer).to.match(/SMS au 114/);
    expect(answer).to.match(/gendarme/);
  });

  it('presents official pages by title, link and date of the indexed version', () => {
    const links = [
      { title: 'Porter plainte', url: 'https://www.service-public.fr/x', date: '2020' },
    ];

    expect(content.render('bot/officialPages', { links })).to.include(
      '[Porter plainte](https://www.service-public.fr/x) (fiche du 2020)');
  });

  it('asks "A ou B ?" when the assistant hesitates', () => {
    expect(content.render('bot/clarify', { first: 'Vol de papiers', second: 'Perte de papiers' }))
      .to.match(/vouliez-vous parler de « Vol de papiers » ou de « Perte de papiers » \?/);
  });
});
