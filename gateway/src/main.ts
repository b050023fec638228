import { createLogger, messageForLog } from '@channelgraph/common';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

if (require.main === module) {
  const log = createLogger('gateway');
  startGateway(loadGatewayConfig())
    .then((gateway) => {
      const stop = () => void gateway.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((error: Error) => {
      log.fatal({ err: error }, `gateway could not start: ${messageForLog(error)}`);
      process.exit(1);
    });
}
