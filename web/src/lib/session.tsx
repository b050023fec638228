import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/**
 * The signed-in person's token lives in memory and in sessionStorage (so a reload keeps the
 * sign-in, a closed tab ends it), never in localStorage (DESIGN §6).
 */
const TOKEN_KEY = 'channelgraph.token';

/** Why the person was sent to the sign-in page, shown there as a sentence. */
export type SignedOutReason = 'expired' | 'signedOut';

interface SessionState {
  token: string | null;
  signedOutReason: SignedOutReason | null;
  signIn(token: string): void;
  signOut(reason?: SignedOutReason): void;
}

const SessionContext = createContext<SessionState | null>(null);

function readToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(readToken);
  const [signedOutReason, setReason] = useState<SignedOutReason | null>(null);
  const signIn = useCallback((next: string) => {
    window.sessionStorage.setItem(TOKEN_KEY, next);
    setReason(null);
    setToken(next);
  }, []);
  const signOut = useCallback((reason: SignedOutReason = 'signedOut') => {
    window.sessionStorage.removeItem(TOKEN_KEY);
    setReason(reason);
    setToken(null);
  }, []);
  const value = useMemo(() => ({ token, signedOutReason, signIn, signOut }), [token, signedOutReason, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}
