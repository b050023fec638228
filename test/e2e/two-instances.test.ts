import { eventually, graphql, SIGN_UP, signUpInput, unique } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { Stack, startStack } from '../support/stack';

const SIGN_UPS = 40;

/**
 * DESIGN §8: two instances of every service on the same databases and consumer
 * groups — relays, consumers, mailers — then one of each stopped midway. Every
 * sign-up's welcome email arrives exactly once.
 */
describe('two instances of every service, one of each stopped midway', () => {
  let first: Stack;
  let second: Stack;
  beforeAll(async () => {
    first = await startStack();
    // After the first: its start-up work (migrations, the signing key, announcements) is done once, by it.
    second = await startStack();
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await first?.stop().catch(() => undefined);
  });

  it(`delivers each of ${SIGN_UPS} welcome emails exactly once`, async () => {
    const admins: string[] = [];
    const startedAt = Date.now();
    const signUp = async (stack: Stack) => {
      const input = signUpInput(unique('twice'));
      const { errors } = await graphql(stack.urls.gateway, SIGN_UP, { input });
      expect(errors).toBeUndefined();
      admins.push(input.admin.email);
    };
    // Half through either instance, in turns.
    for (let i = 0; i < SIGN_UPS / 2; i += 1) await signUp(i % 2 === 0 ? first : second);
    await first.stop();
    for (let i = SIGN_UPS / 2; i < SIGN_UPS; i += 1) await signUp(second);

    const counts = await eventually(
      `a welcome email for each of ${SIGN_UPS} sign-ups`,
      async () => {
        const perAdmin = await Promise.all(admins.map(async (admin) => (await mailTo(admin)).length));
        return perAdmin.every((count) => count >= 1) ? perAdmin : undefined;
      },
      60_000,
    );
    // Give a doubled email time to show.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const final = await Promise.all(admins.map(async (admin) => (await mailTo(admin)).length));
    const doubled = final.filter((count) => count > 1).length;
    console.info(
      `two instances: ${SIGN_UPS} sign-ups, one instance of each service stopped after ${SIGN_UPS / 2}; all welcome emails in ${Date.now() - startedAt} ms, ${counts.length} received, ${doubled} doubled`,
    );
    expect(final).toEqual(admins.map(() => 1));
  }, 120_000);
});
