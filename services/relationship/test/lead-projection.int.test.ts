import { randomUUID } from 'node:crypto';
import type { PartnersContactedV1, ReceivedEvent } from '@channelgraph/common';
import { Stack, startStack } from '../../../test/support/stack';
import { projectLead } from '../src/application/project-lead';

describe('relationship’s projection of directory leads (R18)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('records each partner a lead went to, once, however often PartnersContacted is delivered', async () => {
    const leadId = randomUUID();
    const partners = [randomUUID(), randomUUID()].map((partnerId) => ({
      partnerId,
      tenantId: randomUUID(),
      legalName: 'Partner Ltd',
      primaryContactEmail: 'pat@partner.example.com',
      primaryContactFirstName: 'Pat',
    }));
    const event = {
      id: randomUUID(),
      source: '/channelgraph/enrollment',
      type: 'channelgraph.enrollment.PartnersContacted.v1',
      time: new Date().toISOString(),
      subject: leadId,
      data: {
        leadId,
        customerTenantId: randomUUID(),
        customerName: 'Buyer',
        contactEmail: 'buyer@buyer.example.com',
        need: 'Forty mailboxes to move to the new tenant.',
        partners: partners as PartnersContactedV1['partners'],
        contactedAt: new Date().toISOString(),
      },
    } as ReceivedEvent<PartnersContactedV1>;
    const { unitOfWork, dataSource } = stack.relationship.platform;
    await unitOfWork.run((tx) => projectLead(tx, event));
    await unitOfWork.run((tx) => projectLead(tx, event));
    const rows = await dataSource.query('SELECT partner_id, contact_email FROM lead_projection WHERE lead_id = ? ORDER BY partner_id', [leadId]);
    expect(rows).toEqual(
      partners
        .map((partner) => partner.partnerId)
        .sort()
        .map((partnerId) => ({ partner_id: partnerId, contact_email: 'buyer@buyer.example.com' })),
    );
  });
});
