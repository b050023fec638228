import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { ErrorMessage, Loading, LoadError, StatusMessage } from '../../components/Feedback';
import { SelectField } from '../../components/Field';
import { graphql } from '../../gql';
import { useT } from '../../i18n/i18n';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

// The select offers the first page of the organisation's users: a customer has few, and the page size is the graph's maximum.
const USERS_OFFERED = 100;

const PartnerAssignmentUsersDocument = graphql(`
  query PartnerAssignmentUsers($first: Int) {
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

const PartnerAssignUserDocument = graphql(`
  mutation PartnerAssignUser($input: AssignUserToPartnerInput!) {
    assignUserToPartner(input: $input) {
      id
      assignedUser {
        id
        fullName
        email
      }
    }
  }
`);

const PartnerUnassignUserDocument = graphql(`
  mutation PartnerUnassignUser($input: UnassignUserFromPartnerInput!) {
    unassignUserFromPartner(input: $input) {
      id
      assignedUser {
        id
      }
    }
  }
`);

export interface AssignedUser {
  id: string;
  fullName: string;
  email: string;
}

/**
 * R2 PARTNER role: the user of the organisation the partner works with. The customer's global
 * admin picks one of its users and assigns them (replacing the one before), or removes the
 * assignment; everyone else reads who it is.
 */
export function PartnerAssignment(props: {
  relationshipId: string;
  partner: string;
  assignedUser: AssignedUser | null;
  canChange: boolean;
  onChanged: () => void;
}) {
  const t = useT(messages);
  const { relationshipId, partner, assignedUser, canChange, onChanged } = props;
  const assign = useFormMutation(PartnerAssignUserDocument);
  const unassign = useFormMutation(PartnerUnassignUserDocument);
  const [userId, setUserId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  async function onAssign(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    unassign.clearErrors();
    if (!userId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const done = await assign.submit({ input: { relationshipId, userId } });
    const user = done?.data?.assignUserToPartner.assignedUser;
    if (user) {
      setStatus(t('assignedNow', { user: user.fullName, partner }));
      setUserId('');
      onChanged();
    }
  }

  async function onUnassign() {
    setStatus(null);
    assign.clearErrors();
    const done = await unassign.submit({ input: { relationshipId } });
    if (done?.data?.unassignUserFromPartner) {
      setStatus(t('unassignedNow', { partner }));
      onChanged();
    }
  }

  const refusal = assign.errors.form ?? unassign.errors.form ?? unassign.errors.fields.relationshipId ?? assign.errors.fields.relationshipId;

  return (
    <section aria-labelledby="assignment-heading" className="card">
      <h2 id="assignment-heading">{t('assignmentTitle')}</h2>
      <p>{t('assignmentIntro', { partner })}</p>
      {status ? <StatusMessage>{status}</StatusMessage> : null}
      <ErrorMessage>{refusal}</ErrorMessage>
      <dl className="details">
        <dt>{t('assignedUser')}</dt>
        <dd>{assignedUser ? `${assignedUser.fullName} (${assignedUser.email})` : t('noAssignedUser')}</dd>
      </dl>
      {canChange ? (
        <>
          {assignedUser ? (
            <div className="actions">
              <Button busy={unassign.busy} onClick={onUnassign}>
                {t('removeAssignment')}
              </Button>
            </div>
          ) : null}
          <AssignForm
            userId={userId}
            onUserId={setUserId}
            onSubmit={onAssign}
            busy={assign.busy}
            error={assign.errors.fields.userId ?? (missing ? t('chooseUser') : undefined)}
          />
        </>
      ) : null}
    </section>
  );
}

function AssignForm(props: { userId: string; onUserId: (id: string) => void; onSubmit: (event: FormEvent) => void; busy: boolean; error?: string }) {
  const t = useT(messages);
  const loadErrorText = useLoadErrorText();
  const [result, reload] = useQuery({ query: PartnerAssignmentUsersDocument, variables: { first: USERS_OFFERED } });
  const users = result.data?.me?.tenant.users.edges.map((edge) => edge.node);
  if (!users) {
    return result.error ? <LoadError message={loadErrorText(result.error)} onRetry={() => reload({ requestPolicy: 'network-only' })} /> : <Loading />;
  }
  return (
    <form onSubmit={props.onSubmit} noValidate>
      <SelectField label={t('assignUserField')} value={props.userId} onChange={(event) => props.onUserId(event.target.value)} error={props.error}>
        <option value="">{t('chooseUserOption')}</option>
        {users.map((user) => (
          <option key={user.id} value={user.id}>
            {user.fullName} ({user.email})
          </option>
        ))}
      </SelectField>
      <SubmitButton busy={props.busy}>{t('assignUser')}</SubmitButton>
    </form>
  );
}
