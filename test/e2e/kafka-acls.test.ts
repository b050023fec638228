import { accessRevocationSubscriptions, EventCatalog, physicalTopic, Subscriptions } from '@channelgraph/common';
import { subscriptions as agreementSubscriptions } from '@channelgraph/agreement/events/subscriptions';
import { subscriptions as enrollmentSubscriptions } from '@channelgraph/enrollment/events/subscriptions';
import { subscriptions as notificationSubscriptions, MailDeps } from '@channelgraph/notification/events/subscriptions';
import { subscriptions as relationshipSubscriptions } from '@channelgraph/relationship/events/subscriptions';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serviceAcls } = require('../../infra/lib/kafka-acls');

interface AclEntry {
  principal: string;
  resourceType: 'TOPIC' | 'GROUP';
  resourceName: string;
  patternType: 'LITERAL' | 'PREFIXED';
  operation: string;
}

const catalog = EventCatalog.load();
const PREFIX = 'staging.';

/** What each service's consumer subscribes to, as its main.ts wires it (Platform.consume adds the revocation handlers). */
const consumed: Record<string, Subscriptions> = {
  enrollment: enrollmentSubscriptions(),
  relationship: relationshipSubscriptions,
  agreement: agreementSubscriptions(),
  // Building the handlers only: no email is rendered or sent here.
  notification: notificationSubscriptions({} as MailDeps),
};

function allows(acls: AclEntry[], resourceType: AclEntry['resourceType'], name: string, operation: string): boolean {
  return acls.some(
    (acl) =>
      acl.resourceType === resourceType &&
      acl.operation === operation &&
      (acl.patternType === 'LITERAL' ? acl.resourceName === name : name.startsWith(acl.resourceName)),
  );
}

describe.each(Object.keys(consumed))("the Kafka ACLs of %s's user (derived from schema/events)", (service) => {
  const acls: AclEntry[] = serviceAcls({ service, username: service, topicPrefix: PREFIX });
  const topicsOf = (subscriptions: Subscriptions) => [
    ...new Set(Object.keys(subscriptions).map((type) => physicalTopic(PREFIX, catalog.contract(type).topic))),
  ];
  const reads = topicsOf({ ...consumed[service], ...accessRevocationSubscriptions });
  const produces = catalog.topicsProducedBy(service).map((topic) => physicalTopic(PREFIX, topic));
  const othersTopics = catalog
    .all()
    .filter((contract) => contract.producer !== service)
    .map((contract) => physicalTopic(PREFIX, contract.topic));

  it('let it read every topic its consumer subscribes to, and dead-letter there (x-consumers names it)', () => {
    expect(reads.filter((topic) => !allows(acls, 'TOPIC', topic, 'READ'))).toEqual([]);
    expect(reads.filter((topic) => !allows(acls, 'TOPIC', `${topic}.dlq`, 'WRITE'))).toEqual([]);
  });

  it('let it write its own topics and nobody else’s', () => {
    expect(produces.filter((topic) => !allows(acls, 'TOPIC', topic, 'WRITE'))).toEqual([]);
    expect(othersTopics.filter((topic) => allows(acls, 'TOPIC', topic, 'WRITE'))).toEqual([]);
  });

  it('let it use its own consumer group only', () => {
    expect(allows(acls, 'GROUP', `${PREFIX}channelgraph.${service}`, 'READ')).toBe(true);
    expect(acls.filter((acl) => acl.resourceType === 'GROUP')).toHaveLength(1);
  });

  it('grant nothing but topic and group access, and nothing to anyone else', () => {
    expect(new Set(acls.map((acl) => acl.principal))).toEqual(new Set([`User:${service}`]));
    expect(acls.filter((acl) => !['WRITE', 'READ', 'CREATE'].includes(acl.operation))).toEqual([]);
  });
});
