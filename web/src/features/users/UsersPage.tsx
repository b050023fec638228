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
import { hasRole, useMe } from '../../lib/me';
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

type Panel =
  | { kind: 'add' }
  | { kind: 'added'; user: UserRow; password: string }
  | { kind: 'roles'; user: UserRow }
  | { kind: 'remove'; user: UserRow };

/** A CONFLICT about a field (an email already taken) belongs beside that field too, not only BAD_USER_INPUT. */
function withConflictsBesideFields(errors: FormErrors, error: CombinedError | undefined, fields: string[]): FormErrors {
  const conflict = error?.graphQLErrors.find((e) => e.extensions?.code === 'CONFLICT' && fields.includes(String(e.extensions?.field ?? '').replace(/^input\./, '')));
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

function AddUserForm({ callerRoles, onAdded, onCancel }: { callerRoles: Role[]; onAdded(user: UserRow, password: string): void; onCancel(): void }) {
  const t = useT(messages);
  const add = useFormMutation(UsersAddDocument);
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await add.submit({ input: { fullName, email, roles } });
    if (!result) return;
    if (result.error) {
      add.setErrors(withConflictsBesideFields(add.errors, undefined, []));
      add.setErrors((current) => current);
    }
    const payload = result.data?.addUser;
    if (payload) onAdded(payload.user, payload.temporaryPassword);
  }

  return (
    <section className="card" aria-labelledby="add-user-title">
      <span id="add-user-title" hidden>
        {t('addTitle')}
      </span>
      <PanelHeading>{t('addTitle')}</PanelHeading>
      <p>{t('addIntro')}</p>
      <AddUserFields
        {...{ fullName, setFullName, email, setEmail, roles, setRoles, onSubmit, onCancel, callerRoles }}
        busy={add.busy}
        errors={add.errors}
      />
    </section>
  );
}

function AddUserFields(props: {
  fullName: string;
  setFullName(v: string): void;
  email: string;
  setEmail(v: string): void;
  roles: Role[];
  setRoles(v: Role[]): void;
  onSubmit(e: FormEvent): void;
  onCancel(): void;
  callerRoles: Role[];
  busy: boolean;
  errors: FormErrors;
}) {
  const t = useT(messages);
  const { errors } = props;
  return (
    <form onSubmit={props.onSubmit} noValidate className="form">
      <ErrorMessage>{errors.form}</ErrorMessage>
      <TextField label={t('fullName')} autoComplete="off" value={props.fullName} onChange={(e) => props.setFullName(e.target.value)} error={errors.fields.fullName} required />
      <TextField label={t('email')} type="email" autoComplete="off" value={props.email} onChange={(e) => props.setEmail(e.target.value)} hint={t('emailHint')} error={errors.fields.email} required />
      <RoleCheckboxes offered={offeredRoles(props.callerRoles)} value={props.roles} onChange={props.setRoles} error={errors.fields.roles} />
      <div className="actions">
        <SubmitButton busy={props.busy}>{t('addUser')}</SubmitButton>
        <Button onClick={props.onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
