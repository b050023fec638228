import { FormEvent, useEffect, useRef, useState } from 'react';
import { CombinedError, useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';
import { FormErrors } from '../../lib/errors';
import { may } from '../../lib/access';
import { isPartner, useMe } from '../../lib/me';
import { useCursorPages } from '../../lib/use-cursor-pages';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';
import { offeredRoles, RoleCheckboxes, useRoleName } from './roles';

const PAGE_SIZE = 20;

const UsersListDocument = graphql(`
  query UsersList($first: Int, $after: String) {
    me {
      id
      tenant {
        id
        displayName
        users(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              fullName
              email
              roles
              mustChangePassword
            }
          }
        }
      }
    }
  }
`);

const UsersAddDocument = graphql(`
  mutation UsersAdd($input: AddUserInput!) {
    addUser(input: $input) {
      user {
        id
        fullName
        email
        roles
      }
      temporaryPassword
    }
  }
`);

const UsersUpdateRolesDocument = graphql(`
  mutation UsersUpdateRoles($input: UpdateUserRolesInput!) {
    updateUserRoles(input: $input) {
      id
      fullName
      roles
    }
  }
`);

const UsersRemoveDocument = graphql(`
  mutation UsersRemove($input: RemoveUserInput!) {
    removeUser(input: $input) {
      id
      fullName
    }
  }
`);

interface UserRow {
  id: string;
  fullName: string;
  email: string;
  roles: Role[];
}

type Panel = { kind: 'add' } | { kind: 'added'; user: UserRow; password: string } | { kind: 'roles'; user: UserRow } | { kind: 'remove'; user: UserRow };

/** A CONFLICT about a field (an email already taken) belongs beside that field too, not only BAD_USER_INPUT. */
function withConflictsBesideFields(errors: FormErrors, error: CombinedError | undefined, fields: string[]): FormErrors {
  const conflict = error?.graphQLErrors.find(
    (e) => e.extensions?.code === 'CONFLICT' && fields.includes(String(e.extensions?.field ?? '').replace(/^input\./, '')),
  );
  if (!conflict) return errors;
  const field = String(conflict.extensions.field).replace(/^input\./, '');
  return { ...errors, fields: { ...errors.fields, [field]: conflict.message }, form: errors.form === conflict.message ? undefined : errors.form };
}

/** A panel's heading, focused when the panel opens so keyboard and screen-reader users land in it. */
function PanelHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}

function AddUserForm({
  callerRoles,
  inPartner,
  onAdded,
  onCancel,
}: {
  callerRoles: Role[];
  inPartner: boolean;
  onAdded(user: UserRow, password: string): void;
  onCancel(): void;
}) {
  const t = useT(messages);
  const add = useFormMutation(UsersAddDocument);
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await add.submit({ input: { fullName, email, roles } });
    if (!result) return;
    if (result.error) add.setErrors((current) => withConflictsBesideFields(current, result.error, ['email', 'fullName']));
    const payload = result.data?.addUser;
    if (payload) onAdded(payload.user, payload.temporaryPassword);
  }

  return (
    <section className="card">
      <PanelHeading>{t('addTitle')}</PanelHeading>
      <p>{t('addIntro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorMessage>{add.errors.form}</ErrorMessage>
        <TextField
          label={t('fullName')}
          autoComplete="off"
          value={fullName}
          onChange={(e) => setFullName(e.target.value)}
          error={add.errors.fields.fullName}
          required
        />
        <TextField
          label={t('email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          hint={t('emailHint')}
          error={add.errors.fields.email}
          required
        />
        <RoleCheckboxes offered={offeredRoles(callerRoles, [], inPartner)} value={roles} onChange={setRoles} error={add.errors.fields.roles} />
        <div className="actions">
          <SubmitButton busy={add.busy}>{t('addUser')}</SubmitButton>
          <Button onClick={onCancel}>{t('cancel')}</Button>
        </div>
      </form>
    </section>
  );
}

/** R12: the temporary password, shown this once; leaving the panel forgets it (nothing fetches it again). */
function TemporaryPassword({ user, password, onDone }: { user: UserRow; password: string; onDone(): void }) {
  const t = useT(messages);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  async function onCopy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }
  return (
    <section className="card">
      <PanelHeading>{t('addedTitle', { name: user.fullName })}</PanelHeading>
      <div className="alert alert-info">
        <p>{t('passwordWarning', { name: user.fullName })}</p>
      </div>
      <p id="temporary-password-label">{t('passwordLabel', { name: user.fullName })}</p>
      <p>
        <code className="secret" aria-labelledby="temporary-password-label">
          {password}
        </code>
      </p>
      <div className="actions">
        <Button onClick={onCopy}>{t('copy')}</Button>
        <Button variant="primary" onClick={onDone}>
          {t('done')}
        </Button>
      </div>
      {copy === 'copied' ? <StatusMessage>{t('copied')}</StatusMessage> : null}
      {copy === 'failed' ? <ErrorMessage>{t('copyFailed')}</ErrorMessage> : null}
    </section>
  );
}

function ChangeRolesForm({
  user,
  callerRoles,
  inPartner,
  onSaved,
  onCancel,
}: {
  user: UserRow;
  callerRoles: Role[];
  inPartner: boolean;
  onSaved(name: string): void;
  onCancel(): void;
}) {
  const t = useT(messages);
  const update = useFormMutation(UsersUpdateRolesDocument);
  const [roles, setRoles] = useState<Role[]>(user.roles.filter((role) => role !== 'PLATFORM_OPERATOR'));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await update.submit({ input: { userId: user.id, roles } });
    if (result?.data?.updateUserRoles) onSaved(result.data.updateUserRoles.fullName);
  }

  return (
    <section className="card">
      <PanelHeading>{t('rolesTitle', { name: user.fullName })}</PanelHeading>
      <p>{t('rolesTakenAway')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorMessage>{update.errors.form ?? update.errors.fields.userId}</ErrorMessage>
        <RoleCheckboxes offered={offeredRoles(callerRoles, user.roles, inPartner)} value={roles} onChange={setRoles} error={update.errors.fields.roles} />
        <div className="actions">
          <SubmitButton busy={update.busy}>{t('saveRoles')}</SubmitButton>
          <Button onClick={onCancel}>{t('cancel')}</Button>
        </div>
      </form>
    </section>
  );
}

function RemoveUser({ user, onRemoved, onCancel }: { user: UserRow; onRemoved(name: string): void; onCancel(): void }) {
  const t = useT(messages);
  const remove = useFormMutation(UsersRemoveDocument);
  async function onConfirm() {
    const result = await remove.submit({ input: { userId: user.id } });
    if (result?.data?.removeUser) onRemoved(user.fullName);
  }
  return (
    <section className="card">
      <PanelHeading>{t('removeTitle', { name: user.fullName })}</PanelHeading>
      <ErrorMessage>{remove.errors.form ?? Object.values(remove.errors.fields)[0]}</ErrorMessage>
      <p>{t('removeText', { name: user.fullName, email: user.email })}</p>
      <div className="actions">
        <Button variant="danger" busy={remove.busy} onClick={onConfirm}>
          {t('removeUser')}
        </Button>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </section>
  );
}

/** /settings/users (R11, R12): the tenant's users; admin agents and user management admins add, re-role and remove them. */
export function UsersPage() {
  const t = useT(messages);
  const roleName = useRoleName();
  const loadErrorText = useLoadErrorText();
  const { me } = useMe();
  const pages = useCursorPages();
  const [result, refetch] = useQuery({ query: UsersListDocument, variables: { first: PAGE_SIZE, after: pages.after } });
  const [panel, setPanel] = useState<Panel | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // A partner's users are its admin agents' to manage (R11); a customer's global admin manages its own.
  const canManage = may(me, 'Mutation.addUser');
  const callerRoles = me?.roles ?? [];
  const tenant = result.data?.me?.tenant;
  const connection = tenant?.users;

  const reload = () => refetch({ requestPolicy: 'network-only' });
  const close = (sentence: string | null) => {
    setPanel(null);
    setStatus(sentence);
    reload();
  };
  const open = (next: Panel) => {
    setStatus(null);
    setPanel(next);
  };

  const actions =
    canManage && !panel ? (
      <Button variant="primary" onClick={() => open({ kind: 'add' })}>
        {t('addUser')}
      </Button>
    ) : null;

  return (
    <Page title={t('title')} actions={actions}>
      {tenant ? <p>{t('intro', { tenant: tenant.displayName })}</p> : null}
      {me && !canManage ? (
        <div className="alert alert-info">
          <p>{t('notAllowed')}</p>
        </div>
      ) : null}
      {status ? <StatusMessage>{status}</StatusMessage> : null}

      {panel?.kind === 'add' ? (
        <AddUserForm
          callerRoles={callerRoles}
          inPartner={isPartner(me)}
          onAdded={(user, password) => setPanel({ kind: 'added', user, password })}
          onCancel={() => setPanel(null)}
        />
      ) : null}
      {panel?.kind === 'added' ? <TemporaryPassword user={panel.user} password={panel.password} onDone={() => close(null)} /> : null}
      {panel?.kind === 'roles' ? (
        <ChangeRolesForm
          user={panel.user}
          callerRoles={callerRoles}
          inPartner={isPartner(me)}
          onSaved={(name) => close(t('rolesSaved', { name }))}
          onCancel={() => setPanel(null)}
        />
      ) : null}
      {panel?.kind === 'remove' ? <RemoveUser user={panel.user} onRemoved={(name) => close(t('removed', { name }))} onCancel={() => setPanel(null)} /> : null}

      {result.fetching && !connection ? <Loading /> : null}
      {result.error && !connection ? <LoadError message={loadErrorText(result.error)} onRetry={reload} /> : null}
      {connection && connection.edges.length === 0 ? <Empty>{t('empty')}</Empty> : null}
      {connection && connection.edges.length > 0 ? (
        <>
          <table>
            <caption>{t('usersCaption', { tenant: tenant.displayName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('email')}</th>
                <th scope="col">{t('rolesColumn')}</th>
                {canManage ? <th scope="col">{t('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node: user }) => (
                <tr key={user.id}>
                  <th scope="row">
                    {user.fullName}
                    {user.id === me?.id ? <span className="badge">{t('you')}</span> : null}
                  </th>
                  <td>{user.email}</td>
                  <td>
                    {user.roles.length > 0 ? user.roles.map(roleName).join(', ') : t('noRoles')}
                    {user.mustChangePassword ? (
                      <>
                        <br />
                        <span className="field-hint">{t('pendingPassword')}</span>
                      </>
                    ) : null}
                  </td>
                  {canManage ? (
                    <td>
                      <div className="actions">
                        <Button onClick={() => open({ kind: 'roles', user })}>
                          {t('changeRoles')}
                          <span className="visually-hidden"> – {user.fullName}</span>
                        </Button>
                        <Button variant="danger" onClick={() => open({ kind: 'remove', user })}>
                          {t('remove')}
                          <span className="visually-hidden"> – {user.fullName}</span>
                        </Button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            shown={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            onNext={() => pages.next(connection.pageInfo.endCursor)}
            onPrevious={pages.previous}
          />
        </>
      ) : null}
    </Page>
  );
}
