import { expect } from 'chai';
import { MAX_TEXT_LENGTH, readIncomingActivity } from '../../directline/incoming';
import { ApiError } from '../../server/apiError';

function refusal(body: unknown): ApiError {
  try {
    readIncomingActivity(body);
  } catch (error) {
    if (error instanceof ApiError) {
      return error;
    }
    throw error;
  }
  throw new Error('the activity was accepted');
}

describe('activities posted to Direct Line', () => {
  it('keep what Web Chat sends: text, locale, channelData with the client activity id', () => {
    const activity = readIncomingActivity({
      type: 'message', text: 'Bonjour', locale: 'fr-FR', textFormat: 'plain',
      channelData: { clientActivityID: 'abc' }, entities: [{ type: 'ClientCapabilities' }],
    });

    expect(activity).to.deep.equal({
      type: 'message', text: 'Bonjour', locale: 'fr-FR', textFormat: 'plain',
      channelData: { clientActivityID: 'abc' }, entities: [{ type: 'ClientCapabilities' }],
    });
  });

  it('drop identity fields: the server writes who speaks and where', () => {
    const activity = readIncomingActivity({
      type: 'message', text: 'x', from: { id: 'someone-else' }, id: 'forged',
      conversation: { id: 'other' }, serviceUrl: 'http://evil.example', recipient: { id: 'x' },
    });

    expect(activity).to.deep.equal({ type: 'message', text: 'x' });
  });

  it('accept events and typing, with a value', () => {
    expect(readIncomingActivity({ type: 'event', name: 'webchat/join', value: { a: 1 } }))
      .to.deep.equal({ type: 'event', name: 'webchat/join', value: { a: 1 } });
    expect(readIncomingActivity({ type: 'typing' })).to.deep.equal({ type: 'typing' });
  });

  it('refuse a body that is not an activity object', () => {
    for (const body of [undefined, null, 'text', 42, [], [{ type: 'message' }]]) {
      expect(refusal(body).status, JSON.stringify(body)).to.equal(400);
    }
  });

  it('refuse unknown or missing activity types', () => {
    expect(refusal({ text: 'x' }).message).to.match(/type must be one of/);
    expect(refusal({ type: 'invoke' }).message).to.match(/type must be one of/);
    expect(refusal({ type: { $gt: '' } }).code).to.equal('BadArgument');
  });

  it(`refuse a text longer than ${MAX_TEXT_LENGTH} characters`, () => {
    expect(readIncomingActivity({ type: 'message', text: 'a'.repeat(MAX_TEXT_LENGTH) }).text)
      .to.have.length(MAX_TEXT_LENGTH);
    expect(refusal({ type: 'message', text: 'a'.repeat(10_000) }).message)
      .to.match(/text is longer than 5000/);
  });

  it('refuse fields of the wrong type, operators included', () => {
    expect(refusal({ type: 'message', text: { $gt: '' } }).message)
      .to.match(/text must be a string/);
    expect(refusal({ type: 'message', channelData: [] }).message).to.match(/channelData/);
    expect(refusal({ type: 'message', entities: [{}] }).message).to.match(/entities/);
    expect(refusal({ type: 'message', textFormat: 'html' }).message).to.match(/textFormat/);
  });

  it('refuse attachments, which this channel does not take', () => {
    expect(refusal({ type: 'message', attachments: [{ contentType: 'image/png' }] }).message)
      .to.match(/attachments are not accepted/);
    expect(readIncomingActivity({ type: 'message', text: 'x', attachments: [] }))
      .to.deep.equal({ type: 'message', text: 'x' });
  });
});
