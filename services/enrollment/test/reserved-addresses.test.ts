import { isReservedAddress } from '../src/domain/reserved-addresses';

describe('addresses that can never receive mail (RFC 2606, RFC 6761)', () => {
  it.each(['partners@northwind.example', 'a@b.test', 'x@host.invalid', 'me@localhost', 'ops@example.com', 'ops@mail.example.org', 'A@CONTOSO.EXAMPLE'])(
    '%s is reserved',
    (email) => expect(isReservedAddress(email)).toBe(true),
  );

  it.each(['partners@tailspin-toys.com', 'a@example.co', 'a@examples.com', 'a@test.com', 'a@example.com.evil.io', 'not-an-address'])(
    '%s can receive mail',
    (email) => expect(isReservedAddress(email)).toBe(false),
  );
});
