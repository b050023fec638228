import { loadAgreementConfig } from '@channelgraph/agreement/config';
import { startAgreement } from '@channelgraph/agreement/main';
import { ConfigError } from '@channelgraph/common';
import { loadEnrollmentConfig } from '@channelgraph/enrollment/config';
import { startEnrollment } from '@channelgraph/enrollment/main';
import { loadGatewayConfig } from '@channelgraph/gateway/config';
import { startGateway } from '@channelgraph/gateway/gateway';
import { loadNotificationConfig } from '@channelgraph/notification/config';
import { startNotification } from '@channelgraph/notification/main';
import { loadRelationshipConfig } from '@channelgraph/relationship/config';
import { startRelationship } from '@channelgraph/relationship/main';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testEnv } from '../support/stack';

/** What a careless production deployment looks like: the settings this repository ships with. */
const productionOnDefaults = () => {
  const env = testEnv({ NODE_ENV: 'production', MYSQL_URL: 'mysql://root:channelgraph@127.0.0.1:3306' });
  delete env.OPERATOR_PASSWORD;
  return env;
};

async function refusal(start: () => Promise<unknown>): Promise<string> {
  const error = await start().then(
    () => undefined,
    (failure: Error) => failure,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error!.message;
}

describe('production on default secrets', () => {
  it('every subgraph refuses to start, naming the settings to change', async () => {
    const env = productionOnDefaults();
    expect(await refusal(() => startEnrollment(loadEnrollmentConfig(env)))).toMatch(
      /\n {2}MYSQL_URL uses the database password docker-compose\.yml once shipped with;.*\n {2}OPERATOR_PASSWORD is the default printed in the README;.*\n {2}KEY_ENCRYPTION_KEY is the key npm start generated for local runs/,
    );
    for (const start of [
      () => startRelationship(loadRelationshipConfig(env)),
      () => startAgreement(loadAgreementConfig(env)),
      () => startNotification(loadNotificationConfig(env)),
    ]) {
      expect(await refusal(start)).toMatch(
        /^NODE_ENV=production, and these settings still hold a default secret:\n {2}MYSQL_URL uses the database password docker-compose\.yml once shipped with/,
      );
    }
  });

  it('the gateway holds no secret of its own, so it has nothing to refuse', async () => {
    const gateway = await startGateway(loadGatewayConfig(productionOnDefaults()), { port: 0 });
    await gateway.close();
  });
});

describe('docker-compose.yml', () => {
  const compose = readFileSync(path.resolve(__dirname, '../../docker-compose.yml'), 'utf8');

  it('bakes in no secret: every password and key comes from .env, and compose stops without it', () => {
    const secretSettings = compose.split('\n').filter((line) => /^\s*[A-Z_]*(PASSWORD|_KEY|SECRET)[A-Z_]*:/.test(line));
    expect(secretSettings.length).toBeGreaterThanOrEqual(3);
    for (const line of secretSettings) expect(line).toMatch(/:\s*\$\{[A-Z_]+:\?[^}]+\}\s*$/);
    expect(compose).toMatch(/MYSQL_URL: mysql:\/\/root:\$\{MYSQL_ROOT_PASSWORD:\?[^}]+\}@mysql:3306/);
    expect(compose).not.toMatch(/channelgraph@mysql|-pchannelgraph|Operator-Passw0rd/);
  });
});
