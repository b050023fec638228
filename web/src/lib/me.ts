import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { useSession } from './session';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      fullName
      email
      roles
      mustChangePassword
      tenant {
        id
        displayName
        domain
        country
      }
      partner {
        id
        legalName
        program
        status
      }
    }
  }
`);

export type Me = NonNullable<MeQuery['me']>;

/** The signed-in user (null when signed out), with what the console shows them. */
export function useMe() {
  const { token } = useSession();
  const [result, refetch] = useQuery({ query: MeDocument, pause: !token });
  return { me: token ? (result.data?.me ?? null) : null, fetching: result.fetching, error: result.error, refetch };
}

export const isOperator = (me: Me | null) => !!me?.roles.includes('PLATFORM_OPERATOR');
export const isPartner = (me: Me | null) => !!me?.partner;
export const isActivePartner = (me: Me | null) => me?.partner?.status === 'ACTIVE';
