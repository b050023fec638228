import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Client, CombinedError, Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fromValue } from 'wonka';
import { LocaleProvider } from '../i18n/i18n';
import { DraftEmailPanel, mailtoHref } from './DraftEmailPanel';

const LINK = 'http://localhost:4000/invitations/accept?token=abc';

function renderPanel(executeMutation: ReturnType<typeof vi.fn>, onDone = vi.fn()) {
  const client = { executeMutation, executeQuery: vi.fn(), executeSubscription: vi.fn() } as unknown as Client;
  render(
    <LocaleProvider initial="en">
      <Provider value={client}>
        <DraftEmailPanel requestId="req-1" to="admin@contoso.example" subject="Fabrikam invites you" body={`Hello,\n${LINK}\nRegards`} onDone={onDone} />
      </Provider>
    </LocaleProvider>,
  );
  return onDone;
}

describe('the draft invitation email (R17)', () => {
  it('sends the edited text once, and says to whom', async () => {
    const executeMutation = vi.fn(() => fromValue({ data: { sendRelationshipRequestEmail: { id: 'n1', to: 'admin@contoso.example', status: 'QUEUED' } } }));
    renderPanel(executeMutation);
    const message = screen.getByLabelText('Message');
    await userEvent.clear(message);
    await userEvent.type(message, `Dear Contoso,{enter}${LINK}`);
    await userEvent.dblClick(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Sent to admin@contoso.example.')).toBeTruthy();
    expect(executeMutation).toHaveBeenCalledTimes(1);
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { body: string } } }];
    expect(operation.variables.input.body).toBe(`Dear Contoso,\n${LINK}`);
  });

  it('opens the same text in the email program, and Done closes it', async () => {
    const onDone = renderPanel(vi.fn());
    await userEvent.clear(screen.getByLabelText('Subject'));
    await userEvent.type(screen.getByLabelText('Subject'), 'Working together');
    const href = screen.getByRole('link', { name: 'Open in email' }).getAttribute('href');
    expect(href).toBe(mailtoHref('admin@contoso.example', 'Working together', `Hello,\n${LINK}\nRegards`));
    expect(decodeURIComponent(href!)).toContain(LINK);
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalled();
  });

  it('puts the refusal of an invitation no longer PENDING in place of Send, which is not offered again', async () => {
    const refusal = 'This invitation was cancelled on 3 Dec 2026; create a new invitation if you still want to ask.';
    const executeMutation = vi.fn(() =>
      fromValue({ error: new CombinedError({ graphQLErrors: [new GraphQLError(refusal, { extensions: { code: 'CONFLICT' } })] }) }),
    );
    renderPanel(executeMutation);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect((await screen.findByRole('alert')).textContent).toBe(refusal);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    // Editing the text does not bring Send back: the invitation itself has ended.
    await userEvent.type(screen.getByLabelText('Message'), ' Thanks');
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  });
});
