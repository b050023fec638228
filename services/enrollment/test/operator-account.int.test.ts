import { recreateTestDatabase } from '@channelgraph/common';
import { errorCodes, graphql } from '../../../test/support/graphql';
import { SIGN_IN } from '../../../test/support/partners';
import { isolatedEnv } from '../../../test/support/stack';
import { DEFAULT_OPERATOR_PASSWORD, loadEnrollmentConfig } from '../src/config';
import { startEnrollment } from '../src/main';

const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }';
const UPSERT_PROFILE = 'mutation($input: UpsertMpnProfileInput!) { upsertMpnProfile(input: $input) { mpnId } }';
const profile = { mpnId: '7300001', organizationName: 'Probe', country: 'US', status: 'ACTIVE' };

describe('the platform operator created on first start (real MySQL)', () => {
  let service: Awaited<ReturnType<typeof startEnrollment>> | undefined;
  afterEach(async () => {
    await service?.platform.stop();
    service = undefined;
  });

  async function firstStart(overrides: Record<string, string>) {
    const env = isolatedEnv('operatoraccount', overrides);
    // testEnv names an operator password of its own; leaving it out gives the default.
    if (overrides.OPERATOR_PASSWORD === undefined) delete env.OPERATOR_PASSWORD;
    const config = loadEnrollmentConfig(env);
    await recreateTestDatabase(config.MYSQL_URL, config.ENROLLMENT_DATABASE);
    service = await startEnrollment(config);
    return { url: service.server.url, email: config.OPERATOR_EMAIL };
  }

  it('must change a default password at first sign-in, and can do nothing else until then', async () => {
    const { url, email } = await firstStart({});
    const signIn = await graphql(url, SIGN_IN, { input: { email, password: DEFAULT_OPERATOR_PASSWORD } });
    expect(signIn.data.signIn.mustChangePassword).toBe(true);
    expect(errorCodes(await graphql(url, UPSERT_PROFILE, { input: profile }, signIn.data.signIn.token))).toEqual(['FORBIDDEN']);

    const changed = await graphql(
      url,
      CHANGE_PASSWORD,
      { input: { currentPassword: DEFAULT_OPERATOR_PASSWORD, newPassword: 'Fresh-Sentinel-Passw0rd-91' } },
      signIn.data.signIn.token,
    );
    expect(changed.errors).toBeUndefined();
    const again = await graphql(url, SIGN_IN, { input: { email, password: 'Fresh-Sentinel-Passw0rd-91' } });
    expect(again.data.signIn.mustChangePassword).toBe(false);
    expect((await graphql(url, UPSERT_PROFILE, { input: profile }, again.data.signIn.token)).errors).toBeUndefined();
  });

  it('keeps a password set through OPERATOR_PASSWORD', async () => {
    const { url, email } = await firstStart({ OPERATOR_PASSWORD: 'An-Operator-Password-Of-Our-Own' });
    const signIn = await graphql(url, SIGN_IN, { input: { email, password: 'An-Operator-Password-Of-Our-Own' } });
    expect(signIn.data.signIn.mustChangePassword).toBe(false);
  });
});
