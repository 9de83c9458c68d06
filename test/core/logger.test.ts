import { expect } from 'chai';
import sinon from 'sinon';
import { componentLogger, logger } from '../../core/logger';
import { captureLogs } from '../helpers/logCapture';

describe('logger', () => {
  let level: string;

  beforeEach(() => {
    level = logger.level;
  });

  afterEach(() => {
    sinon.restore();
    logger.level = level;
  });

  it('drops a line below every transport\'s level before building it', () => {
    logger.level = 'warn';
    const write = sinon.spy(logger, 'write');

    componentLogger('spec').info('turn', { event: 'turn', conversationId: 'c1' });
    componentLogger('spec').debug('detail');

    expect(write.called).to.equal(false);
  });

  it('still writes every line a transport takes, with the component named', () => {
    logger.level = 'warn';
    const capture = captureLogs();
    try {
      componentLogger('spec').info('turn', { event: 'turn', conversationId: 'c1' });
    } finally {
      capture.stop();
    }

    const line: unknown = JSON.parse(capture.lines.join(''));
    expect(line).to.include({ level: 'info', component: 'spec', conversationId: 'c1' });
  });

  it('writes an error whatever the level asked', () => {
    logger.level = 'error';
    const write = sinon.spy(logger, 'write');

    componentLogger('spec').error('failed', { event: 'spec.failed' });

    expect(write.calledOnce).to.equal(true);
  });
});
