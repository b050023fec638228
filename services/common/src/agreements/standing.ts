/**
 * R4: where a customer stands with the Customer Agreement: it accepted the current version (in any language),
 * or an earlier one the current version still honours until `honouredUntil` (null: none that still counts).
 * One rule for agreement (Customer.currentAgreementDeadline) and relationship (authorize, canTransact).
 */
export interface AgreementStanding {
  acceptedCurrent: boolean;
  honouredUntil: Date | null;
}

/** What the current version says about earlier acceptances. */
export interface CurrentAgreementVersion {
  version: string;
  reacceptanceDeadline: Date | null;
  versionsAcceptedUntilDeadline: readonly string[];
}

export function agreementStandingOf(current: CurrentAgreementVersion, acceptedVersions: readonly (string | null)[], now: Date): AgreementStanding {
  if (acceptedVersions.includes(current.version)) return { acceptedCurrent: true, honouredUntil: null };
  const deadline = current.reacceptanceDeadline;
  const honoured =
    deadline !== null &&
    deadline.getTime() > now.getTime() &&
    acceptedVersions.some((version) => version !== null && current.versionsAcceptedUntilDeadline.includes(version));
  return { acceptedCurrent: false, honouredUntil: honoured ? deadline : null };
}
