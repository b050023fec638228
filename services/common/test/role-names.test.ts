import { roleList } from '../src';

describe('roleList', () => {
  it.each([
    [[], ''],
    [['DELEGATED_ADMIN'], 'delegated admin'],
    [['RESELLER', 'DELEGATED_ADMIN'], 'reseller and delegated admin'],
    [['RESELLER', 'OEM_PC', 'LINE_OF_BUSINESS'], 'reseller, OEM PC partner and line-of-business apps partner'],
    [['SOMETHING_NEW'], 'SOMETHING_NEW'],
  ])('words %j as %j', (roles, words) => {
    expect(roleList(roles)).toBe(words);
  });
});
