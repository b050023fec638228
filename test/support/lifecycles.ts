import { idempotencyKeyOf } from '@channelgraph/notification/mail/queue';
import { compareEffects, Figures, findOnTopic, lagOf, readEffects, recordEffects, scenarioClock } from './fault-suite';
import { eventually, graphql, GraphQLResponse, SIGN_UP, signUpInput, unique } from './graphql';
import { CaughtMail, mailTo } from './mailbox';
import { Stack } from './stack';

const REQUEST = 'mutation($input: RequestRelationshipInput!) { requestRelationship(input: $input) { id invitationUrl } }';
const ACCEPT = 'mutation($input: AcceptRelationshipRequestInput!) { acceptRelationshipRequest(input: $input) { id status } }';
const REMOVE_ADMIN = 'mutation($id: ID!) { removeAdminPrivileges(input: { relationshipId: $id }) { id roles } }';
const DELETE = 'mutation($id: ID!) { deleteRelationship(input: { relationshipId: $id }) { id status } }';

/** A sign-up, then per cycle: an invitation, its acceptance, admin privileges removed, the relationship deleted. */
export const mutationsPerCustomer = (cycles: number) => 1 + 4 * cycles;

export interface Lifecycles {
  mutations: number;
  errors: string[];
  /** The customers' admins: where their welcome emails go. */
  admins: string[];
}

/**
 * Many customers through a relationship's whole life with one partner, `cycles` times each, through
 * the gateway; `concurrency` customers at a time. Every relationship is one aggregate (a customer's
 * relationship with the partner comes back each cycle), and each step but the invitation calls for
 * an email: welcome (the customer's admin), accepted, privileges removed, deleted (the partner's
 * contact). `onMutation` hears the count after each mutation (where a test puts its fault).
 */
export async function runLifecycles(
  url: string,
  partnerToken: string,
  { customers, cycles, concurrency }: { customers: number; cycles: number; concurrency: number },
  onMutation: (done: number) => void,
): Promise<Lifecycles> {
  const result: Lifecycles = { mutations: 0, errors: [], admins: [] };
  const call = async (what: string, query: string, variables: Record<string, unknown>, token?: string) => {
    const response: GraphQLResponse = await graphql(url, query, variables, token);
    result.mutations += 1;
    onMutation(result.mutations);
    if (response.errors) result.errors.push(`${what}: ${response.errors[0].message}`);
    return response.errors ? undefined : response.data;
  };
  const customer = async () => {
    const input = signUpInput(unique('cycle'));
    const signedUp = await call('signUp', SIGN_UP, { input });
    if (!signedUp) return;
    result.admins.push(input.admin.email);
    const token: string = signedUp.signUp.token;
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      const requested = await call(
        'requestRelationship',
        REQUEST,
        { input: { roles: ['ADVISOR', 'DELEGATED_ADMIN'], customerEmail: input.admin.email } },
        partnerToken,
      );
      if (!requested) return;
      const invitation = new URL(requested.requestRelationship.invitationUrl).searchParams.get('token');
      const accepted = await call('acceptRelationshipRequest', ACCEPT, { input: { token: invitation } }, token);
      if (!accepted) return;
      const id: string = accepted.acceptRelationshipRequest.id;
      if (!(await call('removeAdminPrivileges', REMOVE_ADMIN, { id }, token))) return;
      if (!(await call('deleteRelationship', DELETE, { id }, token))) return;
    }
  };
  let started = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < customers) {
        started += 1;
        await customer();
      }
    }),
  );
  return result;
}

const OWNERS = ['enrollment', 'relationship', 'agreement', 'notification'] as const;
type Owner = (typeof OWNERS)[number];

interface OutboxRow {
  seq: string;
  event_id: string;
  event_type: string;
  aggregate_id: string;
  message: string;
}

/** The emails notification's rules send for the events of the lifecycles (services/notification/src/events/handlers). */
function emailsFor(row: OutboxRow, partnerContact: string): Array<{ kind: string; to: string }> {
  const data = JSON.parse(row.message).data;
  switch (row.event_type) {
    case 'channelgraph.enrollment.TenantSignedUp.v1':
      return [{ kind: 'WELCOME', to: data.admin.email }];
    case 'channelgraph.relationship.RelationshipEstablished.v1':
    case 'channelgraph.relationship.RelationshipEstablished.v2':
      return data.requestId ? [{ kind: 'RELATIONSHIP_ACCEPTED', to: partnerContact }] : [];
    case 'channelgraph.relationship.AdminPrivilegesRemoved.v1':
      return [{ kind: 'ADMIN_PRIVILEGES_REMOVED', to: partnerContact }];
    case 'channelgraph.relationship.RelationshipDeleted.v1':
      return [{ kind: 'RELATIONSHIP_DELETED', to: partnerContact }];
    default:
      return [];
  }
}

const messageIdOf = (mail: CaughtMail) => /^<([^@>]+)@/.exec(mail.headers['message-id'] ?? '')?.[1];

/**
 * The email side of a stack under a fault: from `start()` on, every email notification queues is
 * logged (fault-suite recordEffects); `expected()` reads what the producers committed since then
 * and the emails it calls for; `account()` compares, at notification and at the SMTP catcher.
 */
export function emailLedger(stack: Stack, partnerContact: string) {
  const since: Partial<Record<Owner, number>> = {};
  const dataSourceOf = (owner: Owner) => stack[owner].platform.dataSource;

  async function committedSince() {
    const rows: Array<OutboxRow & { owner: Owner }> = [];
    for (const owner of OWNERS) {
      const found: OutboxRow[] = await dataSourceOf(owner).query(
        'SELECT seq, event_id, event_type, aggregate_id, message FROM outbox_event WHERE seq > ? ORDER BY seq',
        [since[owner]],
      );
      rows.push(...found.map((row) => ({ ...row, owner })));
    }
    return rows;
  }

  async function expected() {
    const rows = await committedSince();
    // Listed in commit order per producer: an aggregate's events all come from one producer.
    const emails = rows.flatMap((row) =>
      emailsFor(row, partnerContact).map(({ kind, to }) => ({
        key: idempotencyKeyOf(row.event_id, kind, to),
        aggregate: row.aggregate_id,
        to,
        eventId: row.event_id,
        eventType: row.event_type,
      })),
    );
    return { produced: rows.length, emails };
  }

  return {
    async start(): Promise<void> {
      for (const owner of OWNERS) {
        const [{ seq }] = await dataSourceOf(owner).query('SELECT COALESCE(MAX(seq), 0) AS seq FROM outbox_event');
        since[owner] = Number(seq);
      }
      await recordEffects(dataSourceOf('notification'), [
        { table: 'notification', aggregate: 'NEW.related_entity_id', what: 'NEW.kind', ref: 'NEW.idempotency_key', on: ['INSERT'] },
      ]);
    },

    expected,

    /** Expected emails not yet handed to the SMTP server (0: every one is SENT). */
    async unsent(): Promise<number> {
      const { emails } = await expected();
      if (emails.length === 0) return 0;
      const [{ sent }] = await dataSourceOf('notification').query(
        "SELECT COUNT(*) AS sent FROM notification WHERE status = 'SENT' AND idempotency_key IN (?)",
        [emails.map((email) => email.key)],
      );
      return emails.length - Number(sent);
    },

    /** The expected emails not SENT yet, as notification holds them (or their absence): what a wait that timed out was waiting for. */
    async unsentDetails(limit = 5, brokers?: string): Promise<string[]> {
      const { emails } = await expected();
      const rows: Array<{ idempotency_key: string; status: string; attempts: number; last_error: string | null; next_attempt_at: Date }> =
        emails.length > 0
          ? await dataSourceOf('notification').query(
              'SELECT idempotency_key, status, attempts, last_error, next_attempt_at FROM notification WHERE idempotency_key IN (?)',
              [emails.map((email) => email.key)],
            )
          : [];
      const byKey = new Map(rows.map((row) => [row.idempotency_key, row]));
      const details: string[] = [];
      for (const email of emails.filter((candidate) => byKey.get(candidate.key)?.status !== 'SENT').slice(0, limit)) {
        const row = byKey.get(email.key);
        const about = `${email.eventType} ${email.eventId} (aggregate ${email.aggregate}) to ${email.to}`;
        if (row) {
          details.push(
            `${about}: ${row.status} after ${row.attempts} attempts, next at ${new Date(row.next_attempt_at).toISOString()}${row.last_error ? ` (${row.last_error})` : ''}`,
          );
          continue;
        }
        // Never queued: did notification handle the event, or set it aside until a fact is known?
        const [{ handled }] = await dataSourceOf('notification').query('SELECT COUNT(*) AS handled FROM inbox_event WHERE event_id = ?', [email.eventId]);
        const deferred: Array<{ waiting_for: string }> = await dataSourceOf('notification')
          .query('SELECT waiting_for FROM deferred_email WHERE event_id = ?', [email.eventId])
          .catch(() => []);
        const [outbox] = await Promise.all(
          OWNERS.map((owner) => dataSourceOf(owner).query('SELECT topic, published_at FROM outbox_event WHERE event_id = ?', [email.eventId])),
        ).then((found) => found.flat());
        const copies =
          brokers && outbox
            ? (await findOnTopic(brokers, outbox.topic, [email.eventId]).catch(() => new Map<string, string[]>())).get(email.eventId)
            : undefined;
        details.push(
          `${about}: never queued; ${Number(handled) > 0 ? 'handled by notification' : 'not handled by notification'}${deferred.length > 0 ? `, deferred until ${deferred[0].waiting_for}` : ''}; ` +
            `${outbox?.published_at ? `published ${new Date(outbox.published_at).toISOString()}` : 'not published'}${copies ? `, on Kafka at ${copies.length > 0 ? copies.join(', ') : 'no offset'}` : ''}`,
        );
      }
      return details;
    },

    async account() {
      const { produced, emails } = await expected();
      const effects = await readEffects(dataSourceOf('notification'));
      const comparison = compareEffects(
        emails,
        effects.map((effect) => ({ key: effect.ref, aggregate: effect.aggregate })),
      );
      // At the catcher, by Message-ID: each email of a logged effect arrives once; nothing else of theirs arrives.
      const keys = effects.map((effect) => effect.ref);
      const rows: Array<{ id: string }> =
        keys.length > 0 ? await dataSourceOf('notification').query('SELECT id FROM notification WHERE idempotency_key IN (?)', [keys]) : [];
      const ours = new Set(rows.map((row) => row.id));
      const arrivals = new Map<string, number>();
      for (const to of new Set(emails.map((email) => email.to))) {
        for (const mail of await mailTo(to)) {
          const id = messageIdOf(mail);
          if (id && ours.has(id)) arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
        }
      }
      const mail = {
        expected: emails.length,
        once: [...arrivals.values()].filter((count) => count === 1).length,
        twice: [...arrivals.values()].filter((count) => count > 1).length,
        missing: [...ours].filter((id) => !arrivals.has(id)).length,
      };
      return { produced, expected: emails.length, observed: effects.length, ...comparison, mail };
    },
  };
}

/** Events a relay of the stack set aside because Kafka refused them OUTBOX_MAX_ATTEMPTS times, with the last reason. */
export async function setAsideEvents(stack: Stack): Promise<string[]> {
  const found: string[] = [];
  for (const owner of OWNERS) {
    const rows: Array<{ seq: string; event_type: string; last_error: string | null }> = await stack[owner].platform.dataSource.query(
      'SELECT seq, event_type, last_error FROM outbox_event WHERE set_aside_at IS NOT NULL ORDER BY seq',
    );
    found.push(...rows.map((row) => `${owner} outbox #${row.seq} ${row.event_type}: ${row.last_error}`));
  }
  return found;
}

/**
 * Waits until every email of the ledger is sent and every consumer group of the stack has
 * committed all there is (so no redelivery is still on its way), saying how far it is every 5 s;
 * stops early when a relay sets an event aside, which no wait repairs. Returns those events.
 */
export async function settle(
  stack: Stack,
  ledger: ReturnType<typeof emailLedger>,
  { brokers, prefix, clock }: { brokers: () => string; prefix: string; clock: ReturnType<typeof scenarioClock> },
): Promise<string[]> {
  const lags = () => Promise.all(OWNERS.map((owner) => lagOf(brokers(), `${prefix}channelgraph.${owner}`)));
  const progress = clock.every(5000, async () => {
    const pending = await Promise.all(OWNERS.map(async (owner) => (await stack[owner].platform.relay.backlog()).pending));
    return `catching up: ${await ledger.unsent()} emails unsent, outboxes ${pending.join('/')}, consumer lag ${(await lags()).join('/')} (${OWNERS.join('/')})`;
  });
  try {
    await eventually(
      'every email sent and every consumer group caught up',
      async () => {
        if (OWNERS.some((owner) => stack[owner].platform.relay.stats.setAside > 0)) return true;
        if ((await ledger.unsent()) > 0) return undefined;
        return (await lags()).every((lag) => lag === 0) ? true : undefined;
      },
      120_000,
      250,
    );
  } catch (error) {
    const details = await ledger.unsentDetails(5, brokers()).catch((failure: Error) => [`(unknown: ${failure.message})`]);
    throw new Error(
      `${(error as Error).message}; consumer lag ${(await lags()).join('/')}; emails not sent: ${details.length > 0 ? details.join('; ') : 'none'}`,
    );
  } finally {
    progress();
  }
  return setAsideEvents(stack);
}

/** What the stack's relays and consumers counted: events redelivered (dropped by an inbox), dead-lettered, relay batches Kafka refused. */
export function stackCounts(stack: Stack) {
  const platforms = OWNERS.map((owner) => stack[owner].platform);
  return {
    redelivered: platforms.reduce((sum, platform) => sum + (platform.consumer?.stats.duplicate ?? 0), 0),
    deadLettered: platforms.reduce((sum, platform) => sum + (platform.consumer?.stats['dead-lettered'] ?? 0), 0),
    failedBatches: platforms.reduce((sum, platform) => sum + platform.relay.stats.failedBatches, 0),
  };
}

/**
 * A lifecycle scenario's figures as reportFigures prints them: the ledger's accounting, and the
 * notes every such scenario reports (emails by Message-ID, redeliveries, dead letters, rows set aside).
 */
export function lifecycleFigures(
  figures: Awaited<ReturnType<ReturnType<typeof emailLedger>['account']>>,
  counts: ReturnType<typeof stackCounts>,
  setAside: string[],
): Omit<Figures, 'scenario' | 'catchUpMs' | 'wallMs'> {
  return {
    produced: figures.produced,
    expected: figures.expected,
    observed: figures.observed,
    lost: figures.lost + figures.mail.missing,
    doubled: figures.doubled + figures.mail.twice,
    outOfOrder: figures.outOfOrder,
    aggregates: figures.aggregates,
    notes: [
      `emails: ${figures.mail.expected} expected, ${figures.mail.once} arrived once by Message-ID, ${figures.mail.twice} more than once, ${figures.mail.missing} never`,
      `events redelivered and dropped by an inbox: ${counts.redelivered}; dead-lettered: ${counts.deadLettered}; set aside by a relay: ${setAside.length}${setAside.length > 0 ? ` (${setAside[0]})` : ''}`,
    ],
  };
}
