import { FormEvent, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { AdminRoleCheckboxes, inRoleOrder, useAdminRoleName } from '../../components/AdminRoles';
import { Button, SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { Checkbox, CheckboxGroup } from '../../components/Field';
import { graphql } from '../../gql';
import type { AdminRole, CustomerAssignmentsQuery } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

// The form offers the first page of the partner's users: the page size is the graph's maximum.
const USERS_OFFERED = 100;

const AssignmentsDocument = graphql(`
  query CustomerAssignments($id: ID!) {
    relationship(id: $id) {
      id
      adminRoles
      adminAccessAssignments {
        id
        adminRoles
        createdAt
        users {
          id
          fullName
          email
        }
      }
    }
  }
`);

const OwnUsersDocument = graphql(`
  query CustomerAssignmentsOwnUsers($first: Int) {
    me {
      id
      tenant {
        id
        users(first: $first) {
          totalCount
          edges {
            node {
              id
              fullName
              email
            }
          }
        }
      }
    }
  }
`);

const AssignDocument = graphql(`
  mutation CustomerAssignAdminAccess($input: AssignAdminAccessInput!) {
    assignAdminAccess(input: $input) {
      id
      adminRoles
      createdAt
      users {
        id
        fullName
        email
      }
    }
  }
`);

const RemoveAssignmentDocument = graphql(`
  mutation CustomerRemoveAdminAccessAssignment($input: RemoveAdminAccessAssignmentInput!) {
    removeAdminAccessAssignment(input: $input) {
      id
    }
  }
`);

type Assignment = NonNullable<CustomerAssignmentsQuery['relationship']>['adminAccessAssignments'][number];

/** B3: the partner's users to choose from, and the granted roles; both at least one. */
function AssignForm({
  relationshipId,
  grantedRoles,
  onAssigned,
}: {
  relationshipId: string;
  grantedRoles: readonly AdminRole[];
  onAssigned(a: Assignment): void;
}) {
  const t = useT(messages);
  const loadErrorText = useLoadErrorText();
  const [users, reload] = useQuery({ query: OwnUsersDocument, variables: { first: USERS_OFFERED } });
  const assign = useFormMutation(AssignDocument);
  const [userIds, setUserIds] = useState<string[]>([]);
  const [roles, setRoles] = useState<AdminRole[]>([]);
  const [missing, setMissing] = useState<{ users?: boolean; roles?: boolean }>({});

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const nowMissing = { users: userIds.length === 0, roles: roles.length === 0 };
    setMissing(nowMissing);
    if (nowMissing.users || nowMissing.roles) return;
    const result = await assign.submit({ input: { relationshipId, userIds, adminRoles: roles } });
    const created = result?.data?.assignAdminAccess;
    if (created) {
      setUserIds([]);
      setRoles([]);
      onAssigned(created);
    }
  }

  if (users.error && !users.data) return <LoadError message={loadErrorText(users.error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const people = users.data?.me?.tenant.users.edges.map((edge) => edge.node);
  if (!people) return <Loading />;

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <h3>{t('assignTitle')}</h3>
      <ErrorMessage>{assign.errors.form ?? assign.errors.fields.relationshipId}</ErrorMessage>
      <CheckboxGroup legend={t('assignUsersLegend')} error={missing.users ? t('chooseUsers') : assign.errors.fields.userIds}>
        {people.map((person) => (
          <Checkbox
            key={person.id}
            label={`${person.fullName} (${person.email})`}
            checked={userIds.includes(person.id)}
            aria-invalid={missing.users || assign.errors.fields.userIds ? true : undefined}
            onChange={(event) => {
              setUserIds((current) => (event.target.checked ? [...current, person.id] : current.filter((id) => id !== person.id)));
              if (event.target.checked) setMissing((current) => ({ ...current, users: false }));
            }}
          />
        ))}
      </CheckboxGroup>
      <AdminRoleCheckboxes
        legend={t('assignRolesLegend')}
        roles={grantedRoles}
        checked={roles}
        withHints={false}
        onChange={(next) => {
          setRoles(next);
          if (next.length > 0) setMissing((current) => ({ ...current, roles: false }));
        }}
        error={missing.roles ? t('chooseAdminRole') : assign.errors.fields.adminRoles}
      />
      <div className="actions">
        <SubmitButton busy={assign.busy}>{t('assign')}</SubmitButton>
      </div>
    </form>
  );
}

/**
 * B3: which of the partner's users may use which granted roles for this customer ("Assign users"): the
 * assignments with Remove each, and the form that adds one.
 */
export function AdminAccessAssignments({ relationshipId }: { relationshipId: string }) {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const roleName = useAdminRoleName();
  const { me } = useMe();
  const remove = useFormMutation(RemoveAssignmentDocument);
  const [result, reload] = useQuery({ query: AssignmentsDocument, variables: { id: relationshipId }, requestPolicy: 'network-only' });
  const relationship = result.data?.relationship;
  // This section's own changes show at once; the next read of the graph replaces them.
  const [changed, setChanged] = useState<Assignment[] | null>(null);
  useEffect(() => setChanged(null), [relationship]);
  const assignments = changed ?? relationship?.adminAccessAssignments ?? [];
  const [outcome, setOutcome] = useState<string | null>(null);

  const names = (assignment: Assignment) => assignment.users.map((user) => user.fullName).join(', ');

  async function onRemove(assignment: Assignment) {
    setOutcome(null);
    const result = await remove.submit({ input: { assignmentId: assignment.id } });
    if (result?.data?.removeAdminAccessAssignment) {
      setChanged(assignments.filter((each) => each.id !== assignment.id));
      setOutcome(t('assignmentRemoved', { users: names(assignment) }));
    }
  }

  const mayAssign = may(me, 'Mutation.assignAdminAccess') && may(me, 'Tenant.users');

  return (
    <section aria-labelledby="assign-users-title">
      <h2 id="assign-users-title">{t('assignUsersTitle')}</h2>
      <p>{t('assignUsersIntro')}</p>
      {outcome ? <StatusMessage>{outcome}</StatusMessage> : null}
      <ErrorMessage>{remove.errors.form ?? Object.values(remove.errors.fields)[0]}</ErrorMessage>
      {result.fetching && !result.data ? <Loading /> : null}
      {result.error && !result.data ? <LoadError message={loadErrorText(result.error)} onRetry={() => reload({ requestPolicy: 'network-only' })} /> : null}
      {result.data && !relationship ? <LoadError message={t('notFound')} /> : null}
      {relationship ? (
        assignments.length === 0 ? (
          <Empty>{t('noAssignments')}</Empty>
        ) : (
          <table>
            <caption>{t('assignmentsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assignmentUsers')}</th>
                <th scope="col">{t('assignmentRoles')}</th>
                <th scope="col">{t('since')}</th>
                {mayAssign ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {assignments.map((assignment) => (
                <tr key={assignment.id}>
                  <td>{assignment.users.map((user) => `${user.fullName} (${user.email})`).join(', ')}</td>
                  <td>{inRoleOrder(assignment.adminRoles).map(roleName).join(', ')}</td>
                  <td>{formatDate(assignment.createdAt)}</td>
                  {mayAssign ? (
                    <td>
                      <Button busy={remove.busy} onClick={() => onRemove(assignment)}>
                        {t('removeAssignment')}
                        <span className="visually-hidden"> {t('assignmentOf', { users: names(assignment) })}</span>
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      {mayAssign && relationship ? (
        <AssignForm
          relationshipId={relationshipId}
          grantedRoles={relationship.adminRoles}
          onAssigned={(created) => {
            setChanged([...assignments, created]);
            setOutcome(t('assigned', { users: names(created) }));
          }}
        />
      ) : null}
    </section>
  );
}
