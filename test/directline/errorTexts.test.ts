import { expect } from 'chai';
import { readFileSync } from 'fs';
import { join } from 'path';
import { JSON_BODY_ONLY, MAX_TEXT_LENGTH } from '../../directline/incoming';
import { recordingAssistant } from '../helpers/bots';
import { startApp, type RunningApp } from '../helpers/app';
import { DirectLineClient, request } from '../helpers/directLineClient';

const JSON_ONLY = JSON_BODY_ONLY;

// a fresh tester: an XML post was told "type must be one of message, event, typing", as if
// only the type were wrong; the API's errors stay in English (clients read them), but for a
// text over the limit, which a citizen's own client may show (tester28): French, code kept
describe('Direct Line: what each refused post is told', () => {
  let app: RunningApp;

  beforeEach(async () => {
    app = await startApp({ assistant: recordingAssistant().factory });
  });

  afterEach(() => app.stop());

  const TABLE: ReadonlyArray<[string, string, string | undefined, string]> = [
    ['an XML body', '<activity type="message"><text>bonjour</text></activity>',
      'application/xml', JSON_ONLY],
    ['JSON sent as text/plain', '{"type":"message","text":"bonjour"}', 'text/plain', JSON_ONLY],
    ['JSON that is no object', '"bonjour"', undefined, JSON_ONLY],
    ['a text over the limit', JSON.stringify({ type: 'message', text: 'a'.repeat(5001) }),
      undefined, `Votre message dépasse ${MAX_TEXT_LENGTH} caractères, le maximum : il n'a pas `
        + 'été envoyé. Raccourcissez-le ou envoyez-le en plusieurs messages. En cas '
        + "d'urgence, appelez le 17 ou le 112."],
    ['an unknown type', '{"type":"invoke"}', undefined,
      'type must be one of message, event, typing'],
  ];
  for (const [what, rawBody, contentType, message] of TABLE) {
    it(`${what}: 400 "${message}"`, async () => {
      const client = await DirectLineClient.start(app.url);

      const answer = await request(app.url, 'POST',
        client.path('/activities'),
        { token: client.token, rawBody, contentType });

      expect(answer.status).to.equal(400);
      expect(answer.body).to.deep.equal({ error: { code: 'BadArgument', message } });
    });
  }
});

describe('the Web Chat page: the limit is the API\'s, and said in French', () => {
  const page = readFileSync(join(__dirname, '..', '..', '..', 'web', 'index.html'), 'utf8');

  it('stops typing at the API limit', () => {
    expect(page).to.include(`data-max-length="${MAX_TEXT_LENGTH}"`);
  });

  it('says so in French, with the emergency numbers', () => {
    const hint = /data-message="([^"]+)"/.exec(page.slice(page.indexOf('chat-length-hint')))?.[1];

    expect(hint?.replace(/\s+/g, ' ')).to.equal('Votre message a atteint 5 000 caractères, '
      + "le maximum : la suite n'a pas été ajoutée. Envoyez ce message, puis écrivez la suite "
      + "dans un nouveau message. En cas d'urgence, appelez le 17 ou le 112.");
  });
});
