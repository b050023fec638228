import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { Loading } from '../components/Feedback';
import { common } from '../i18n/common';
import { Locale, LOCALES, useLocale, useT } from '../i18n/i18n';
import { may } from '../lib/access';
import { isActivePartner, isOperator, isPartner, Me, useMe } from '../lib/me';
import { useSession } from '../lib/session';

type NavKey = keyof (typeof common)['en'];

/** What each person may open: what their roles may use (lib/access), and whether their tenant is an enrolled partner. */
export function navigationFor(me: Me | null): Array<{ to: string; label: NavKey }> {
  if (!me) return [];
  if (isOperator(me)) {
    return [
      { to: '/operator/enrollments', label: 'navEnrollments' },
      { to: '/operator/mpn-profiles', label: 'navMpnProfiles' },
      { to: '/operator/agreements', label: 'navAgreementVersions' },
      { to: '/operator/service-tokens', label: 'navServiceTokens' },
      { to: '/operator/referrals', label: 'navReferrals' },
      { to: '/notifications', label: 'navNotifications' },
      { to: '/explorer', label: 'navExplorer' },
    ];
  }
  const links: Array<{ to: string; label: NavKey }> = [];
  const show = (condition: boolean, to: string, label: NavKey) => {
    if (condition) links.push({ to, label });
  };
  if (isActivePartner(me)) {
    show(may(me, 'Partner.customers'), '/customers', 'navCustomers');
    show(may(me, 'Partner.adminAccess'), '/admin-access', 'navAdminAccess');
    show(may(me, 'Partner.leads'), '/leads', 'navLeads');
    show(may(me, 'Partner.referrals'), '/referrals', 'navReferrals');
    show(me.partner?.program === 'INDIRECT_RESELLER' && may(me, 'Partner.indirectProviders'), '/indirect-providers', 'navIndirectProviders');
    show(me.partner?.program === 'INDIRECT_PROVIDER' && may(me, 'Partner.indirectResellers'), '/indirect-resellers', 'navIndirectResellers');
    show(may(me, 'Mutation.updateBusinessProfile'), '/profile', 'navProfile');
  } else {
    show(may(me, 'Customer.relationships'), '/partners', 'navPartners');
    show(may(me, 'Query.searchPartners'), '/find-a-partner', 'navFindPartner');
    show(may(me, 'Mutation.acceptAgreement'), '/agreements/accept', 'navAgreement');
  }
  show(may(me, 'Tenant.users'), '/settings/users', 'navUsers');
  show(isPartner(me) || may(me, 'Mutation.enrollPartner'), '/enroll', 'navEnroll');
  show(may(me, 'Query.notifications'), '/notifications', 'navNotifications');
  show(true, '/explorer', 'navExplorer');
  return links;
}

function LanguageSwitch() {
  const t = useT(common);
  const { locale, setLocale } = useLocale();
  const names: Record<Locale, string> = { en: t('english'), it: t('italian') };
  return (
    <label className="language">
      <span>{t('language')}</span>
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {names[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout() {
  const t = useT(common);
  const { token, signOut } = useSession();
  const { me } = useMe();
  const navigate = useNavigate();
  const links = navigationFor(me);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="top-bar">
        <NavLink to="/" className="brand">
          {t('appName')}
        </NavLink>
        <div className="top-bar-tools">
          <LanguageSwitch />
          {token ? (
            <>
              {me ? <span className="who">{t('signedInAs', { name: me.fullName })}</span> : null}
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  signOut('signedOut');
                  navigate('/sign-in');
                }}
              >
                {t('signOut')}
              </button>
            </>
          ) : (
            <NavLink to="/sign-in">{t('signIn')}</NavLink>
          )}
        </div>
      </header>
      <div className="frame">
        {links.length > 0 ? (
          <nav className="side-nav" aria-label={t('mainNavigation')}>
            <ul>
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to}>{t(link.label)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <main id="main" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </>
  );
}
