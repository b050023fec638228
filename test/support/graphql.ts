/** A GraphQL response as a client sees it. */
export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; requiredRoles?: string[] } }>;
}

/** POSTs a GraphQL operation like a front end would (JSON body, optional bearer token). */
export async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

export function errorCodes(response: GraphQLResponse): Array<string | undefined> {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

let counter = 0;
/** Unique per run, so tests never collide on unique keys. */
export function unique(prefix = 'org'): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
}

export const SIGN_UP = `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { token tenant { id domain displayName country } user { id email fullName roles } }
  }`;

export function signUpInput(name = unique()) {
  return {
    domain: `${name}.example.com`,
    displayName: `Org ${name}`,
    country: 'US',
    admin: { fullName: `Admin of ${name}`, email: `admin@${name}.example.com`, password: 'Correct-Horse-42' },
  };
}

/** Polls until the check returns a value (not undefined), or fails with what it was waiting for. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 20000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A newly signed-up organisation, as the customer side of a test sees it. */
export async function signUpCustomer(url: string) {
  const input = signUpInput(unique('cust'));
  const { data } = await graphql(url, SIGN_UP, { input });
  return { token: data.signUp.token as string, tenantId: data.signUp.tenant.id as string, email: input.admin.email, name: input.displayName };
}
