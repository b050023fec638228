import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { eventually, graphql, SIGN_UP, signUpCustomer, signUpInput, unique } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { activePartner, ENROLL, enrolmentInput, registerMpnProfile, verificationTokenFrom } from '../support/partners';
import { invitationTokenFrom, inviteByEmail } from '../support/relationships';
import { Stack, startStack } from '../support/stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings } = require('../support/settings');

/** Every message on the run's topics, by topic: read from the beginning up to the offsets that exist now. */
async function readTopics(): Promise<Map<string, string[]>> {
  const { KAFKA_BROKERS, KAFKA_TOPIC_PREFIX } = testSettings();
  const kafka = new Kafka({ clientId: 'link-secrecy-test', brokers: KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(KAFKA_TOPIC_PREFIX));
  let expected = 0;
  for (const topic of topics) {
    for (const { high, low } of await admin.fetchTopicOffsets(topic)) expected += Number(high) - Number(low);
  }
  await admin.disconnect();
  const messages = new Map<string, string[]>(topics.map((topic) => [topic, []]));
  const consumer = kafka.consumer({ groupId: `link-secrecy-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  let received = 0;
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      messages.get(topic)!.push(message.value?.toString() ?? '');
      received += 1;
    },
  });
  await eventually(`all ${expected} messages of the run's topics`, async () => (received >= expected ? true : undefined), 60_000);
  await consumer.disconnect();
  return messages;
}

describe('link tokens stay off shared topics and out of notification at rest (DESIGN §8)', () => {
  let stack: Stack;
  let url: string;
  beforeAll(async () => {
    stack = await startStack();
    url = stack.urls.gateway;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('carries verification and invitation links only on the links topics, and notification keeps none of them readable', async () => {
    // A verification link: a tenant enrols as a partner.
    const name = unique('secrecy');
    const signUp = await graphql(url, SIGN_UP, { input: signUpInput(name) });
    const enrolment = enrolmentInput(name, await registerMpnProfile(url));
    expect((await graphql(url, ENROLL, { input: enrolment }, signUp.data.signUp.token)).errors).toBeUndefined();
    const verificationToken = await verificationTokenFrom(enrolment.primaryContact.email);

    // A customer invitation sent by its partner (R17), and a reseller invitation (R13).
    const partner = await activePartner(url);
    const buyer = await signUpCustomer(url);
    const { token: customerToken } = await inviteByEmail(url, partner.token, ['ADVISOR'], buyer.email);
    const provider = await activePartner(url, 'INDIRECT_PROVIDER');
    const invited = await graphql(
      url,
      'mutation($e: String!) { inviteIndirectReseller(input: { resellerEmail: $e }) { id } }',
      { e: partner.admin.email },
      provider.token,
    );
    expect(invited.errors).toBeUndefined();
    const resellerToken = await invitationTokenFrom(partner.admin.email, 'indirect-providers/authorize');
    const tokens = [verificationToken, customerToken, resellerToken];

    const byTopic = await readTopics();
    const holding = (token: string) =>
      [...byTopic].filter(([, values]) => values.some((value) => value.includes(token))).map(([topic]) => topic.replace(testSettings().KAFKA_TOPIC_PREFIX, ''));
    expect(holding(verificationToken)).toEqual(['channelgraph.enrollment.links']);
    expect(holding(customerToken)).toEqual(['channelgraph.relationship.links']);
    expect(holding(resellerToken)).toEqual(['channelgraph.relationship.links']);
    // Nor any token of any other test of this run: no event on a shared topic has a field for one.
    const shared = [...byTopic].filter(([topic]) => !topic.endsWith('.links') && !topic.endsWith('.links.dlq'));
    expect(shared.length).toBeGreaterThan(5);
    const tokenFields = shared.flatMap(([topic, values]) => values.filter((value) => /"(?:invitation|verification)Token"/.test(value)).map(() => topic));
    expect(tokenFields).toEqual([]);

    // Notification's database: invitations keep a hash, sent emails keep their bodies without the link.
    await eventually('the reseller invitation email', async () => ((await mailTo(partner.admin.email)).length > 0 ? true : undefined));
    const notificationDb = stack.notification.platform.dataSource;
    const tables = ['invitation', 'notification'];
    for (const table of tables) {
      const rows: Array<Record<string, unknown>> = await notificationDb.query(`SELECT * FROM ${table}`);
      const readable = rows.flatMap((row) =>
        Object.entries(row)
          .filter(([, value]) => tokens.some((token) => String(value).includes(token)))
          .map(([column, value]) => `${table}.${column}: ${String(value).slice(0, 300)}`),
      );
      expect(readable).toEqual([]);
    }
    const [invitation] = await notificationDb.query('SELECT * FROM invitation WHERE invitee_email = ?', [buyer.email]);
    expect(Object.keys(invitation)).not.toContain('invitation_url');
    const sent: Array<{ text_body: string; sealed_bodies: string | null }> = await notificationDb.query(
      "SELECT text_body, sealed_bodies FROM notification WHERE to_address IN (?) AND status = 'SENT'",
      [[buyer.email, partner.admin.email, enrolment.primaryContact.email.toLowerCase()]],
    );
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(sent.every((row) => row.sealed_bodies === null)).toBe(true);
    expect(sent.filter((row) => row.text_body.includes('[link removed'))).not.toHaveLength(0);
  });
});
