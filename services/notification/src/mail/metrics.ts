import { addGauge, Metrics } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { deferredState } from '../store/deferred-emails.repository';
import { MailQueueState, mailQueueState } from '../store/notifications.repository';

interface QueueState extends MailQueueState {
  deferred: { waiting: number; oldestAgeSeconds: number };
}

/** What an operator alerts on (README, metrics): mail waiting per lane, how long the oldest due one waits, FAILED mail, and deferred emails. */
async function queueState(dataSource: DataSource): Promise<QueueState> {
  return { ...(await mailQueueState(dataSource)), deferred: await deferredState(dataSource.manager) };
}

/** Gauges read from the database when Prometheus scrapes: every instance reports the same shared queue. */
export function registerMailMetrics(metrics: Metrics, dataSource: DataSource): void {
  let last: QueueState = { queued: { TRANSACTIONAL: 0, BULK: 0 }, oldestDueAgeSeconds: 0, failed: 0, deferred: { waiting: 0, oldestAgeSeconds: 0 } };
  // One read per scrape, shared by the gauges (prom-client collects them side by side).
  let reading: { at: number; state: Promise<QueueState> } | null = null;
  const state = () => {
    if (!reading || Date.now() - reading.at > 1000) {
      reading = {
        at: Date.now(),
        state: queueState(dataSource).then(
          (read) => (last = read),
          () => last,
        ),
      };
    }
    return reading.state;
  };
  addGauge(metrics, {
    name: 'channelgraph_mail_queued_emails',
    help: 'Emails waiting to be sent, by lane (TRANSACTIONAL, BULK)',
    labelNames: ['lane'],
    async collect(gauge) {
      for (const [lane, count] of Object.entries((await state()).queued)) gauge.set({ lane }, count);
    },
  });
  addGauge(metrics, {
    name: 'channelgraph_mail_oldest_due_age_seconds',
    help: 'How long the oldest email that is due has waited; alert when it grows',
    collect: async (gauge) => gauge.set((await state()).oldestDueAgeSeconds),
  });
  addGauge(metrics, {
    name: 'channelgraph_mail_deferred_events',
    help: "Events whose emails wait for a fact not known yet (a partner's contact, a customer's admins); normal for seconds while catching up",
    collect: async (gauge) => gauge.set((await state()).deferred.waiting),
  });
  addGauge(metrics, {
    name: 'channelgraph_mail_oldest_deferred_age_seconds',
    help: 'How long the oldest event with waiting emails has waited; alert when it stays above a few minutes',
    collect: async (gauge) => gauge.set((await state()).deferred.oldestAgeSeconds),
  });
  addGauge(metrics, {
    name: 'channelgraph_mail_failed_emails',
    help: 'Emails given up (SMTP 5xx, or still failing after MAIL_GIVE_UP_AFTER_HOURS)',
    collect: async (gauge) => gauge.set((await state()).failed),
  });
}
