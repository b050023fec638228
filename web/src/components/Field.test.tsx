import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Checkbox, TextField } from './Field';

describe('form fields', () => {
  it('labels the control and ties its error to it', () => {
    render(<TextField label="Email" error="Use a work address, not web-mail." defaultValue="pat@gmail.com" />);
    const input = screen.getByLabelText('Email');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe('Use a work address, not web-mail.');
  });

  it('is not marked invalid without an error', () => {
    render(<Checkbox label="I have read the Customer Agreement" />);
    expect(screen.getByRole('checkbox', { name: 'I have read the Customer Agreement' }).getAttribute('aria-invalid')).toBeNull();
  });
});
