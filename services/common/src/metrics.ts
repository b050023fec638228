import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Every metric channelgraph exposes starts with it, the process metrics too, so none collides with another system's. */
export const METRIC_PREFIX = 'channelgraph_';

/** A Prometheus registry with process metrics and the HTTP histogram every server records. */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  const httpDuration = new Histogram({
    name: 'channelgraph_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return { registry, httpDuration };
}
export type Metrics = ReturnType<typeof createMetrics>;

/** Outbox backlog and consumer outcomes, read when Prometheus scrapes. */
export function registerEventMetrics(
  metrics: Metrics,
  sources: {
    backlog?: () => Promise<{ pending: number; oldestAgeSeconds: number; setAside: number }>;
    consumerStats?: () => Record<string, number>;
  },
): void {
  const { registry } = metrics;
  if (sources.backlog) {
    const backlog = sources.backlog;
    let last = { pending: 0, oldestAgeSeconds: 0, setAside: 0 };
    const refresh = async () => {
      last = await backlog().catch(() => last);
    };
    new Gauge({
      name: 'channelgraph_outbox_pending_events',
      help: 'Events committed but not yet on Kafka',
      registers: [registry],
      collect: async function () {
        await refresh();
        this.set(last.pending);
      },
    });
    new Gauge({
      name: 'channelgraph_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest unpublished event; alert when it grows',
      registers: [registry],
      collect() {
        this.set(last.oldestAgeSeconds);
      },
    });
    new Gauge({
      name: 'channelgraph_outbox_set_aside_events',
      help: 'Events Kafka refused for good, set aside unpublished (OUTBOX_MAX_ATTEMPTS); alert on any',
      registers: [registry],
      collect() {
        this.set(last.setAside);
      },
    });
  }
  if (sources.consumerStats) {
    const stats = sources.consumerStats;
    new Counter({
      name: 'channelgraph_events_consumed_total',
      help: 'Consumed events by outcome (handled, duplicate, ignored, unknown: a type without a schema here, skipped; dead-lettered; untrusted: dead-lettered unhandled, not from its producer)',
      labelNames: ['outcome'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [outcome, count] of Object.entries(stats())) this.inc({ outcome }, count);
      },
    });
  }
}

/** A gauge of a service's own, on its registry, set by `collect` when Prometheus scrapes. */
export function addGauge(
  metrics: Metrics,
  options: { name: string; help: string; labelNames?: string[]; collect: (gauge: Gauge) => void | Promise<void> },
): void {
  new Gauge({
    name: options.name,
    help: options.help,
    labelNames: options.labelNames ?? [],
    registers: [metrics.registry],
    async collect() {
      await options.collect(this);
    },
  });
}
