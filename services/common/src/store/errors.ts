/** True when a write failed on the named unique key: the loser of a race that a prior check could not see. */
export function isDuplicateKey(error: unknown, keyName?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; sqlMessage?: string } })?.driverError ?? (error as { code?: string; sqlMessage?: string });
  if (driverError?.code !== 'ER_DUP_ENTRY') return false;
  return keyName === undefined || (driverError.sqlMessage ?? '').includes(keyName);
}
