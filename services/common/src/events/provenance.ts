import type { EventCatalog } from './catalog';
import type { ReceivedEvent } from './envelope';
import { physicalTopic } from './kafka';

/** The CloudEvents `source` of every event `service` publishes (its outbox stamps it). */
export function eventSourceOf(service: string): string {
  return `/channelgraph/${service}`;
}

/** An event that does not come from the producer its schema names: a permanent failure, never handled. */
export class UntrustedEventError extends Error {}

/**
 * Why an event must not be believed, or undefined when it may. The broker's ACLs let only a service's
 * own user write its topics (`channelgraph.<service>.…`), so an event speaks for its `x-producer` only
 * when it arrived on the topic its schema names *and* its envelope names that producer: checking the
 * source alone would let any service forge another's event on a topic of its own, checking the topic
 * alone would let a producer's bug pass for someone else's event.
 */
export function provenanceProblem(
  catalog: EventCatalog,
  event: Pick<ReceivedEvent, 'type' | 'source'>,
  topic: string,
  topicPrefix: string,
): string | undefined {
  const contract = catalog.contract(event.type);
  const expectedSource = eventSourceOf(contract.producer);
  if (event.source !== expectedSource) {
    return `Event ${event.type} comes from source ${JSON.stringify(event.source)}, but only ${contract.producer} (${expectedSource}, the x-producer of its schema) may produce it`;
  }
  const expectedTopic = physicalTopic(topicPrefix, contract.topic);
  if (topic !== expectedTopic) {
    return `Event ${event.type} arrived on ${topic}, but its schema puts it on ${expectedTopic}, which only ${contract.producer} may write`;
  }
  return undefined;
}
