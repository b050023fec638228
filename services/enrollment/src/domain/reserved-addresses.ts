import { domainOfEmail } from '@channelgraph/common/domain';

/**
 * Addresses that can never receive mail: the names RFC 2606 and RFC 6761 set aside for
 * documentation and tests (`*.example`, `*.test`, `*.invalid`, `*.localhost`, and
 * example.com, .net, .org). Only a contact at such an address may be marked verified without
 * clicking its link, so that doing so never stands in for a real mailbox's owner.
 */
const RESERVED_TOP_LEVEL = ['example', 'test', 'invalid', 'localhost'];
const RESERVED_DOMAINS = ['example.com', 'example.net', 'example.org'];

export function isReservedAddress(email: string): boolean {
  const domain = domainOfEmail(email);
  if (!domain) return false;
  const labels = domain.split('.');
  const topLevel = labels.at(-1)!;
  const registered = labels.slice(-2).join('.');
  return RESERVED_TOP_LEVEL.includes(topLevel) || RESERVED_DOMAINS.includes(registered);
}
