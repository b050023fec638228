import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** schema/events at the repository root: one JSON Schema per event type and version. */
export const DEFAULT_EVENT_SCHEMA_DIR = path.resolve(__dirname, '../../../../schema/events');

interface EventSchemaDocument {
  $id: string;
  'x-topic': string;
  'x-producer': string;
}

export interface EventContract {
  /** e.g. channelgraph.enrollment.TenantSignedUp.v1 */
  type: string;
  /** Topic name without the deployment's prefix, e.g. channelgraph.enrollment.tenant */
  topic: string;
  producer: string;
  validate: ValidateFunction;
}

export class EventValidationError extends Error {
  constructor(
    readonly eventType: string,
    readonly problems: string,
  ) {
    super(`Event ${eventType} does not match its schema: ${problems}`);
  }
}

export class UnknownEventTypeError extends Error {
  constructor(readonly eventType: string) {
    super(`Event type ${eventType} has no schema in schema/events`);
  }
}

/**
 * The Kafka contract, read from schema/events: which topic each event type
 * travels on and what its data must look like. Producers and consumers check
 * against the same file, so the contract cannot drift between them.
 */
export class EventCatalog {
  private readonly contracts = new Map<string, EventContract>();

  constructor(documents: EventSchemaDocument[]) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.addVocabulary(['x-topic', 'x-producer', 'x-consumers']);
    for (const document of documents) {
      if (this.contracts.has(document.$id)) throw new Error(`Duplicate event schema ${document.$id}`);
      this.contracts.set(document.$id, {
        type: document.$id,
        topic: document['x-topic'],
        producer: document['x-producer'],
        validate: ajv.compile(document),
      });
    }
  }

  static load(directory: string = DEFAULT_EVENT_SCHEMA_DIR): EventCatalog {
    const documents = readdirSync(directory)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as EventSchemaDocument);
    return new EventCatalog(documents);
  }

  has(type: string): boolean {
    return this.contracts.has(type);
  }

  contract(type: string): EventContract {
    const contract = this.contracts.get(type);
    if (!contract) throw new UnknownEventTypeError(type);
    return contract;
  }

  /** Throws EventValidationError unless data matches the schema of its type. */
  assertValid(type: string, data: unknown): void {
    const { validate } = this.contract(type);
    if (!validate(data)) {
      const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
      throw new EventValidationError(type, problems);
    }
  }

  topicsProducedBy(producer: string): string[] {
    return [...new Set([...this.contracts.values()].filter((c) => c.producer === producer).map((c) => c.topic))];
  }

  all(): EventContract[] {
    return [...this.contracts.values()];
  }
}
