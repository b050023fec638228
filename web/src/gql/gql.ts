/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation DraftEmailSend($input: SendRelationshipRequestEmailInput!) {\n    sendRelationshipRequestEmail(input: $input) {\n      id\n      to\n      status\n    }\n  }\n": typeof types.DraftEmailSendDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      mustChangePassword\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query CustomerDetailsAgreement($customerId: ID!, $language: String) {\n    currentAgreement(type: CUSTOMER_AGREEMENT, language: $language) {\n      id\n      version\n      documentUrl\n    }\n    customer(id: $customerId) {\n      id\n      hasAcceptedCurrentAgreement\n    }\n  }\n": typeof types.CustomerDetailsAgreementDocument,
    "\n  mutation CustomerDetailsConfirmAcceptance($input: ConfirmCustomerAcceptanceInput!) {\n    confirmCustomerAcceptance(input: $input) {\n      id\n      acceptedAt\n      template {\n        id\n        version\n      }\n    }\n  }\n": typeof types.CustomerDetailsConfirmAcceptanceDocument,
    "\n  query CustomerDetailsFind($partnerId: ID!, $first: Int, $after: String, $search: String) {\n    partner(id: $partnerId) {\n      id\n      customers(first: $first, after: $after, search: $search) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            customerName\n            customerDomain\n            roles\n            adminPrivileges\n            status\n            canTransact\n            establishedAt\n            assignedUser {\n              id\n              fullName\n              email\n            }\n            customer {\n              id\n              displayName\n              domain\n              country\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerDetailsFindDocument,
    "\n  query CustomerDetailsAuthorize($partnerId: ID!, $customerId: ID!) {\n    authorize(partnerId: $partnerId, customerId: $customerId, permission: SUBMIT_ORDERS) {\n      allowed\n      reasons\n    }\n  }\n": typeof types.CustomerDetailsAuthorizeDocument,
    "\n  mutation CustomerDetailsTerminate($input: TerminateRelationshipInput!) {\n    terminateRelationship(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CustomerDetailsTerminateDocument,
    "\n  query CustomersList($partnerId: ID!, $first: Int, $after: String, $search: String) {\n    partner(id: $partnerId) {\n      id\n      customers(first: $first, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            customerName\n            customerDomain\n            roles\n            adminPrivileges\n            status\n            canTransact\n            establishedAt\n            customer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomersListDocument,
    "\n  mutation CustomersRequestRelationship($input: RequestRelationshipInput!) {\n    requestRelationship(input: $input) {\n      id\n      roles\n      invitationUrl\n      emailDraft {\n        subject\n        body\n      }\n    }\n  }\n": typeof types.CustomersRequestRelationshipDocument,
    "\n  query DirectorySearchPartners($filter: PartnerSearchFilter, $first: Int, $after: String) {\n    searchPartners(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          legalName\n          businessProfile {\n            description\n            city\n            country\n            organizationSizes\n            keywords\n          }\n        }\n      }\n    }\n  }\n": typeof types.DirectorySearchPartnersDocument,
    "\n  mutation DirectoryContactPartners($input: ContactPartnersInput!) {\n    contactPartners(input: $input) {\n      leadId\n      contactedPartners {\n        id\n        legalName\n      }\n    }\n  }\n": typeof types.DirectoryContactPartnersDocument,
    "\n  query DirectoryProfilePartner($id: ID!) {\n    partner(id: $id) {\n      id\n      legalName\n      businessProfile {\n        description\n        city\n        country\n        organizationSizes\n        keywords\n      }\n    }\n  }\n": typeof types.DirectoryProfilePartnerDocument,
    "\n  mutation DirectoryUpdateBusinessProfile($input: UpdateBusinessProfileInput!) {\n    updateBusinessProfile(input: $input) {\n      id\n      businessProfile {\n        description\n        city\n        country\n        organizationSizes\n        keywords\n      }\n    }\n  }\n": typeof types.DirectoryUpdateBusinessProfileDocument,
    "\n  mutation EnrolmentEnroll($input: EnrollPartnerInput!) {\n    enrollPartner(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EnrolmentEnrollDocument,
    "\n  mutation EnrolmentUpdate($input: UpdateEnrollmentInput!) {\n    updateEnrollment(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EnrolmentUpdateDocument,
    "\n  mutation EnrolmentResubmit($id: ID!) {\n    resubmitEnrollment(input: { partnerId: $id }) {\n      id\n      status\n    }\n  }\n": typeof types.EnrolmentResubmitDocument,
    "\n  mutation EnrolmentResendVerification($id: ID!) {\n    resendVerificationEmail(input: { partnerId: $id }) {\n      id\n      status\n    }\n  }\n": typeof types.EnrolmentResendVerificationDocument,
    "\n  query EnrolmentPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      program\n      status\n      legalName\n      mpnId\n      enrolledAt\n      statusChangedAt\n      rejectionReason\n      rejectionReasons {\n        code\n        message\n      }\n      address {\n        line1\n        line2\n        city\n        region\n        postalCode\n        country\n      }\n      primaryContact {\n        firstName\n        lastName\n        email\n        phone\n      }\n      supportContact {\n        email\n        phone\n        website\n      }\n    }\n  }\n": typeof types.EnrolmentPartnerDocument,
    "\n  mutation EnrolmentVerifyContact($input: VerifyPrimaryContactInput!) {\n    verifyPrimaryContact(input: $input) {\n      id\n      legalName\n      status\n    }\n  }\n": typeof types.EnrolmentVerifyContactDocument,
    "\n  query IndirectAuthorizeRequest($token: String!) {\n    relationshipRequestByToken(token: $token) {\n      id\n      kind\n      status\n      expiresAt\n      partner {\n        id\n        legalName\n      }\n    }\n  }\n": typeof types.IndirectAuthorizeRequestDocument,
    "\n  mutation IndirectAuthorizeProvider($input: AuthorizeIndirectProviderInput!) {\n    authorizeIndirectProvider(input: $input) {\n      id\n      providerName\n      status\n    }\n  }\n": typeof types.IndirectAuthorizeProviderDocument,
    "\n  query IndirectProvidersList($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      indirectProviders {\n        id\n        providerName\n        status\n        providerAdminAccess\n        establishedAt\n        provider {\n          id\n        }\n      }\n    }\n  }\n": typeof types.IndirectProvidersListDocument,
    "\n  query IndirectSharedCustomers($partnerId: ID!, $providerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      customersSharedWith(providerId: $providerId) {\n        id\n        displayName\n        domain\n        country\n      }\n    }\n  }\n": typeof types.IndirectSharedCustomersDocument,
    "\n  mutation IndirectRemoveProviderAdminAccess($input: RemoveProviderAdminAccessInput!) {\n    removeProviderAdminAccess(input: $input) {\n      id\n      providerAdminAccess\n    }\n  }\n": typeof types.IndirectRemoveProviderAdminAccessDocument,
    "\n  mutation IndirectInviteCustomerWithProvider($input: InviteCustomerWithProviderInput!) {\n    inviteCustomerWithProvider(input: $input) {\n      id\n      emailDraft {\n        subject\n        body\n      }\n    }\n  }\n": typeof types.IndirectInviteCustomerWithProviderDocument,
    "\n  query IndirectResellersList($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      indirectResellers {\n        id\n        resellerName\n        status\n        providerAdminAccess\n        establishedAt\n      }\n    }\n  }\n": typeof types.IndirectResellersListDocument,
    "\n  mutation IndirectInviteReseller($input: InviteIndirectResellerInput!) {\n    inviteIndirectReseller(input: $input) {\n      id\n      kind\n      expiresAt\n    }\n  }\n": typeof types.IndirectInviteResellerDocument,
    "\n  query InvitationsByToken($token: String!) {\n    relationshipRequestByToken(token: $token) {\n      id\n      kind\n      status\n      roles\n      expiresAt\n      agreementRequired\n      partner {\n        id\n        legalName\n      }\n      indirectProvider {\n        id\n        legalName\n      }\n      indirectProviderRoles\n      agreement {\n        id\n        version\n        documentUrl\n      }\n    }\n  }\n": typeof types.InvitationsByTokenDocument,
    "\n  query InvitationsCustomerAgreement($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n    }\n  }\n": typeof types.InvitationsCustomerAgreementDocument,
    "\n  mutation InvitationsAccept($input: AcceptRelationshipRequestInput!) {\n    acceptRelationshipRequest(input: $input) {\n      id\n      partnerName\n      roles\n      status\n    }\n  }\n": typeof types.InvitationsAcceptDocument,
    "\n  mutation InvitationsDecline($input: DeclineRelationshipRequestInput!) {\n    declineRelationshipRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.InvitationsDeclineDocument,
    "\n  query NotificationsList($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          to\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          body\n        }\n      }\n    }\n  }\n": typeof types.NotificationsListDocument,
    "\n  mutation RetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n": typeof types.RetryNotificationDocument,
    "\n  query OperatorAgreementTemplates($type: AgreementType!) {\n    agreementTemplates(type: $type) {\n      id\n      type\n      version\n      language\n      documentUrl\n      publishedAt\n      isCurrent\n      reacceptanceDeadline\n    }\n  }\n": typeof types.OperatorAgreementTemplatesDocument,
    "\n  mutation OperatorPublishAgreementTemplate($input: PublishAgreementTemplateInput!) {\n    publishAgreementTemplate(input: $input) {\n      id\n      version\n      isCurrent\n    }\n  }\n": typeof types.OperatorPublishAgreementTemplateDocument,
    "\n  query OperatorEnrollments($status: PartnerStatus, $first: Int, $after: String) {\n    partnerEnrollments(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          legalName\n          program\n          mpnId\n          status\n          enrolledAt\n          rejectionReasons {\n            code\n            message\n          }\n          address {\n            country\n          }\n          primaryContact {\n            firstName\n            lastName\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.OperatorEnrollmentsDocument,
    "\n  mutation OperatorReviewEnrollment($input: ReviewEnrollmentInput!) {\n    reviewEnrollment(input: $input) {\n      id\n      status\n      rejectionReasons {\n        code\n      }\n    }\n  }\n": typeof types.OperatorReviewEnrollmentDocument,
    "\n  query OperatorMpnProfile($mpnId: String!) {\n    mpnProfile(mpnId: $mpnId) {\n      mpnId\n      organizationName\n      country\n      status\n      updatedAt\n    }\n  }\n": typeof types.OperatorMpnProfileDocument,
    "\n  mutation OperatorUpsertMpnProfile($input: UpsertMpnProfileInput!) {\n    upsertMpnProfile(input: $input) {\n      mpnId\n      organizationName\n      country\n      status\n      updatedAt\n    }\n  }\n": typeof types.OperatorUpsertMpnProfileDocument,
    "\n  query OperatorServiceTokens($first: Int, $after: String) {\n    serviceTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n          expiresAt\n          revokedAt\n          status\n        }\n      }\n    }\n  }\n": typeof types.OperatorServiceTokensDocument,
    "\n  mutation OperatorCreateServiceToken($input: CreateServiceTokenInput!) {\n    createServiceToken(input: $input) {\n      id\n      name\n      token\n      expiresAt\n    }\n  }\n": typeof types.OperatorCreateServiceTokenDocument,
    "\n  mutation OperatorRevokeServiceToken($input: RevokeServiceTokenInput!) {\n    revokeServiceToken(input: $input) {\n      id\n      status\n      revokedAt\n    }\n  }\n": typeof types.OperatorRevokeServiceTokenDocument,
    "\n  query PartnersCurrentAgreement($id: ID!, $language: String) {\n    currentAgreement(type: CUSTOMER_AGREEMENT, language: $language) {\n      id\n      version\n      documentUrl\n      language\n    }\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      currentAgreementDeadline\n      agreementAcceptances {\n        id\n        acceptedAt\n        template {\n          id\n          version\n        }\n      }\n    }\n  }\n": typeof types.PartnersCurrentAgreementDocument,
    "\n  mutation PartnersAcceptAgreement($input: AcceptAgreementInput!) {\n    acceptAgreement(input: $input) {\n      id\n      acceptedAt\n      template {\n        id\n        version\n      }\n    }\n  }\n": typeof types.PartnersAcceptAgreementDocument,
    "\n  query PartnerAssignmentUsers($first: Int) {\n    me {\n      id\n      tenant {\n        id\n        users(first: $first) {\n          totalCount\n          edges {\n            node {\n              id\n              fullName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerAssignmentUsersDocument,
    "\n  mutation PartnerAssignUser($input: AssignUserToPartnerInput!) {\n    assignUserToPartner(input: $input) {\n      id\n      assignedUser {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.PartnerAssignUserDocument,
    "\n  mutation PartnerUnassignUser($input: UnassignUserFromPartnerInput!) {\n    unassignUserFromPartner(input: $input) {\n      id\n      assignedUser {\n        id\n      }\n    }\n  }\n": typeof types.PartnerUnassignUserDocument,
    "\n  query PartnersDetails($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      relationships {\n        id\n        partnerName\n        roles\n        adminPrivileges\n        status\n        canTransact\n        establishedAt\n        assignedUser {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": typeof types.PartnersDetailsDocument,
    "\n  mutation PartnersRemoveAdmin($input: RemoveAdminPrivilegesInput!) {\n    removeAdminPrivileges(input: $input) {\n      id\n      roles\n      adminPrivileges\n      status\n      canTransact\n    }\n  }\n": typeof types.PartnersRemoveAdminDocument,
    "\n  mutation PartnersDelete($input: DeleteRelationshipInput!) {\n    deleteRelationship(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PartnersDeleteDocument,
    "\n  query PartnersList($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      relationships {\n        id\n        partnerName\n        roles\n        adminPrivileges\n        status\n        establishedAt\n      }\n    }\n  }\n": typeof types.PartnersListDocument,
    "\n  query UsersList($first: Int, $after: String) {\n    me {\n      id\n      tenant {\n        id\n        displayName\n        users(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              fullName\n              email\n              roles\n              mustChangePassword\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersListDocument,
    "\n  mutation UsersAdd($input: AddUserInput!) {\n    addUser(input: $input) {\n      user {\n        id\n        fullName\n        email\n        roles\n      }\n      temporaryPassword\n    }\n  }\n": typeof types.UsersAddDocument,
    "\n  mutation UsersUpdateRoles($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      id\n      fullName\n      roles\n    }\n  }\n": typeof types.UsersUpdateRolesDocument,
    "\n  mutation UsersRemove($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      id\n      fullName\n    }\n  }\n": typeof types.UsersRemoveDocument,
    "\n  query Me {\n    me {\n      id\n      fullName\n      email\n      roles\n      mustChangePassword\n      tenant {\n        id\n        displayName\n        domain\n        country\n      }\n      partner {\n        id\n        legalName\n        program\n        status\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation DraftEmailSend($input: SendRelationshipRequestEmailInput!) {\n    sendRelationshipRequestEmail(input: $input) {\n      id\n      to\n      status\n    }\n  }\n": types.DraftEmailSendDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      mustChangePassword\n    }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.SignUpDocument,
    "\n  query CustomerDetailsAgreement($customerId: ID!, $language: String) {\n    currentAgreement(type: CUSTOMER_AGREEMENT, language: $language) {\n      id\n      version\n      documentUrl\n    }\n    customer(id: $customerId) {\n      id\n      hasAcceptedCurrentAgreement\n    }\n  }\n": types.CustomerDetailsAgreementDocument,
    "\n  mutation CustomerDetailsConfirmAcceptance($input: ConfirmCustomerAcceptanceInput!) {\n    confirmCustomerAcceptance(input: $input) {\n      id\n      acceptedAt\n      template {\n        id\n        version\n      }\n    }\n  }\n": types.CustomerDetailsConfirmAcceptanceDocument,
    "\n  query CustomerDetailsFind($partnerId: ID!, $first: Int, $after: String, $search: String) {\n    partner(id: $partnerId) {\n      id\n      customers(first: $first, after: $after, search: $search) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            customerName\n            customerDomain\n            roles\n            adminPrivileges\n            status\n            canTransact\n            establishedAt\n            assignedUser {\n              id\n              fullName\n              email\n            }\n            customer {\n              id\n              displayName\n              domain\n              country\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CustomerDetailsFindDocument,
    "\n  query CustomerDetailsAuthorize($partnerId: ID!, $customerId: ID!) {\n    authorize(partnerId: $partnerId, customerId: $customerId, permission: SUBMIT_ORDERS) {\n      allowed\n      reasons\n    }\n  }\n": types.CustomerDetailsAuthorizeDocument,
    "\n  mutation CustomerDetailsTerminate($input: TerminateRelationshipInput!) {\n    terminateRelationship(input: $input) {\n      id\n      status\n    }\n  }\n": types.CustomerDetailsTerminateDocument,
    "\n  query CustomersList($partnerId: ID!, $first: Int, $after: String, $search: String) {\n    partner(id: $partnerId) {\n      id\n      customers(first: $first, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            customerName\n            customerDomain\n            roles\n            adminPrivileges\n            status\n            canTransact\n            establishedAt\n            customer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CustomersListDocument,
    "\n  mutation CustomersRequestRelationship($input: RequestRelationshipInput!) {\n    requestRelationship(input: $input) {\n      id\n      roles\n      invitationUrl\n      emailDraft {\n        subject\n        body\n      }\n    }\n  }\n": types.CustomersRequestRelationshipDocument,
    "\n  query DirectorySearchPartners($filter: PartnerSearchFilter, $first: Int, $after: String) {\n    searchPartners(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          legalName\n          businessProfile {\n            description\n            city\n            country\n            organizationSizes\n            keywords\n          }\n        }\n      }\n    }\n  }\n": types.DirectorySearchPartnersDocument,
    "\n  mutation DirectoryContactPartners($input: ContactPartnersInput!) {\n    contactPartners(input: $input) {\n      leadId\n      contactedPartners {\n        id\n        legalName\n      }\n    }\n  }\n": types.DirectoryContactPartnersDocument,
    "\n  query DirectoryProfilePartner($id: ID!) {\n    partner(id: $id) {\n      id\n      legalName\n      businessProfile {\n        description\n        city\n        country\n        organizationSizes\n        keywords\n      }\n    }\n  }\n": types.DirectoryProfilePartnerDocument,
    "\n  mutation DirectoryUpdateBusinessProfile($input: UpdateBusinessProfileInput!) {\n    updateBusinessProfile(input: $input) {\n      id\n      businessProfile {\n        description\n        city\n        country\n        organizationSizes\n        keywords\n      }\n    }\n  }\n": types.DirectoryUpdateBusinessProfileDocument,
    "\n  mutation EnrolmentEnroll($input: EnrollPartnerInput!) {\n    enrollPartner(input: $input) {\n      id\n      status\n    }\n  }\n": types.EnrolmentEnrollDocument,
    "\n  mutation EnrolmentUpdate($input: UpdateEnrollmentInput!) {\n    updateEnrollment(input: $input) {\n      id\n      status\n    }\n  }\n": types.EnrolmentUpdateDocument,
    "\n  mutation EnrolmentResubmit($id: ID!) {\n    resubmitEnrollment(input: { partnerId: $id }) {\n      id\n      status\n    }\n  }\n": types.EnrolmentResubmitDocument,
    "\n  mutation EnrolmentResendVerification($id: ID!) {\n    resendVerificationEmail(input: { partnerId: $id }) {\n      id\n      status\n    }\n  }\n": types.EnrolmentResendVerificationDocument,
    "\n  query EnrolmentPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      program\n      status\n      legalName\n      mpnId\n      enrolledAt\n      statusChangedAt\n      rejectionReason\n      rejectionReasons {\n        code\n        message\n      }\n      address {\n        line1\n        line2\n        city\n        region\n        postalCode\n        country\n      }\n      primaryContact {\n        firstName\n        lastName\n        email\n        phone\n      }\n      supportContact {\n        email\n        phone\n        website\n      }\n    }\n  }\n": types.EnrolmentPartnerDocument,
    "\n  mutation EnrolmentVerifyContact($input: VerifyPrimaryContactInput!) {\n    verifyPrimaryContact(input: $input) {\n      id\n      legalName\n      status\n    }\n  }\n": types.EnrolmentVerifyContactDocument,
    "\n  query IndirectAuthorizeRequest($token: String!) {\n    relationshipRequestByToken(token: $token) {\n      id\n      kind\n      status\n      expiresAt\n      partner {\n        id\n        legalName\n      }\n    }\n  }\n": types.IndirectAuthorizeRequestDocument,
    "\n  mutation IndirectAuthorizeProvider($input: AuthorizeIndirectProviderInput!) {\n    authorizeIndirectProvider(input: $input) {\n      id\n      providerName\n      status\n    }\n  }\n": types.IndirectAuthorizeProviderDocument,
    "\n  query IndirectProvidersList($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      indirectProviders {\n        id\n        providerName\n        status\n        providerAdminAccess\n        establishedAt\n        provider {\n          id\n        }\n      }\n    }\n  }\n": types.IndirectProvidersListDocument,
    "\n  query IndirectSharedCustomers($partnerId: ID!, $providerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      customersSharedWith(providerId: $providerId) {\n        id\n        displayName\n        domain\n        country\n      }\n    }\n  }\n": types.IndirectSharedCustomersDocument,
    "\n  mutation IndirectRemoveProviderAdminAccess($input: RemoveProviderAdminAccessInput!) {\n    removeProviderAdminAccess(input: $input) {\n      id\n      providerAdminAccess\n    }\n  }\n": types.IndirectRemoveProviderAdminAccessDocument,
    "\n  mutation IndirectInviteCustomerWithProvider($input: InviteCustomerWithProviderInput!) {\n    inviteCustomerWithProvider(input: $input) {\n      id\n      emailDraft {\n        subject\n        body\n      }\n    }\n  }\n": types.IndirectInviteCustomerWithProviderDocument,
    "\n  query IndirectResellersList($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      indirectResellers {\n        id\n        resellerName\n        status\n        providerAdminAccess\n        establishedAt\n      }\n    }\n  }\n": types.IndirectResellersListDocument,
    "\n  mutation IndirectInviteReseller($input: InviteIndirectResellerInput!) {\n    inviteIndirectReseller(input: $input) {\n      id\n      kind\n      expiresAt\n    }\n  }\n": types.IndirectInviteResellerDocument,
    "\n  query InvitationsByToken($token: String!) {\n    relationshipRequestByToken(token: $token) {\n      id\n      kind\n      status\n      roles\n      expiresAt\n      agreementRequired\n      partner {\n        id\n        legalName\n      }\n      indirectProvider {\n        id\n        legalName\n      }\n      indirectProviderRoles\n      agreement {\n        id\n        version\n        documentUrl\n      }\n    }\n  }\n": types.InvitationsByTokenDocument,
    "\n  query InvitationsCustomerAgreement($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n    }\n  }\n": types.InvitationsCustomerAgreementDocument,
    "\n  mutation InvitationsAccept($input: AcceptRelationshipRequestInput!) {\n    acceptRelationshipRequest(input: $input) {\n      id\n      partnerName\n      roles\n      status\n    }\n  }\n": types.InvitationsAcceptDocument,
    "\n  mutation InvitationsDecline($input: DeclineRelationshipRequestInput!) {\n    declineRelationshipRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.InvitationsDeclineDocument,
    "\n  query NotificationsList($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          to\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          body\n        }\n      }\n    }\n  }\n": types.NotificationsListDocument,
    "\n  mutation RetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n": types.RetryNotificationDocument,
    "\n  query OperatorAgreementTemplates($type: AgreementType!) {\n    agreementTemplates(type: $type) {\n      id\n      type\n      version\n      language\n      documentUrl\n      publishedAt\n      isCurrent\n      reacceptanceDeadline\n    }\n  }\n": types.OperatorAgreementTemplatesDocument,
    "\n  mutation OperatorPublishAgreementTemplate($input: PublishAgreementTemplateInput!) {\n    publishAgreementTemplate(input: $input) {\n      id\n      version\n      isCurrent\n    }\n  }\n": types.OperatorPublishAgreementTemplateDocument,
    "\n  query OperatorEnrollments($status: PartnerStatus, $first: Int, $after: String) {\n    partnerEnrollments(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          legalName\n          program\n          mpnId\n          status\n          enrolledAt\n          rejectionReasons {\n            code\n            message\n          }\n          address {\n            country\n          }\n          primaryContact {\n            firstName\n            lastName\n            email\n          }\n        }\n      }\n    }\n  }\n": types.OperatorEnrollmentsDocument,
    "\n  mutation OperatorReviewEnrollment($input: ReviewEnrollmentInput!) {\n    reviewEnrollment(input: $input) {\n      id\n      status\n      rejectionReasons {\n        code\n      }\n    }\n  }\n": types.OperatorReviewEnrollmentDocument,
    "\n  query OperatorMpnProfile($mpnId: String!) {\n    mpnProfile(mpnId: $mpnId) {\n      mpnId\n      organizationName\n      country\n      status\n      updatedAt\n    }\n  }\n": types.OperatorMpnProfileDocument,
    "\n  mutation OperatorUpsertMpnProfile($input: UpsertMpnProfileInput!) {\n    upsertMpnProfile(input: $input) {\n      mpnId\n      organizationName\n      country\n      status\n      updatedAt\n    }\n  }\n": types.OperatorUpsertMpnProfileDocument,
    "\n  query OperatorServiceTokens($first: Int, $after: String) {\n    serviceTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n          expiresAt\n          revokedAt\n          status\n        }\n      }\n    }\n  }\n": types.OperatorServiceTokensDocument,
    "\n  mutation OperatorCreateServiceToken($input: CreateServiceTokenInput!) {\n    createServiceToken(input: $input) {\n      id\n      name\n      token\n      expiresAt\n    }\n  }\n": types.OperatorCreateServiceTokenDocument,
    "\n  mutation OperatorRevokeServiceToken($input: RevokeServiceTokenInput!) {\n    revokeServiceToken(input: $input) {\n      id\n      status\n      revokedAt\n    }\n  }\n": types.OperatorRevokeServiceTokenDocument,
    "\n  query PartnersCurrentAgreement($id: ID!, $language: String) {\n    currentAgreement(type: CUSTOMER_AGREEMENT, language: $language) {\n      id\n      version\n      documentUrl\n      language\n    }\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      currentAgreementDeadline\n      agreementAcceptances {\n        id\n        acceptedAt\n        template {\n          id\n          version\n        }\n      }\n    }\n  }\n": types.PartnersCurrentAgreementDocument,
    "\n  mutation PartnersAcceptAgreement($input: AcceptAgreementInput!) {\n    acceptAgreement(input: $input) {\n      id\n      acceptedAt\n      template {\n        id\n        version\n      }\n    }\n  }\n": types.PartnersAcceptAgreementDocument,
    "\n  query PartnerAssignmentUsers($first: Int) {\n    me {\n      id\n      tenant {\n        id\n        users(first: $first) {\n          totalCount\n          edges {\n            node {\n              id\n              fullName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PartnerAssignmentUsersDocument,
    "\n  mutation PartnerAssignUser($input: AssignUserToPartnerInput!) {\n    assignUserToPartner(input: $input) {\n      id\n      assignedUser {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.PartnerAssignUserDocument,
    "\n  mutation PartnerUnassignUser($input: UnassignUserFromPartnerInput!) {\n    unassignUserFromPartner(input: $input) {\n      id\n      assignedUser {\n        id\n      }\n    }\n  }\n": types.PartnerUnassignUserDocument,
    "\n  query PartnersDetails($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      relationships {\n        id\n        partnerName\n        roles\n        adminPrivileges\n        status\n        canTransact\n        establishedAt\n        assignedUser {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": types.PartnersDetailsDocument,
    "\n  mutation PartnersRemoveAdmin($input: RemoveAdminPrivilegesInput!) {\n    removeAdminPrivileges(input: $input) {\n      id\n      roles\n      adminPrivileges\n      status\n      canTransact\n    }\n  }\n": types.PartnersRemoveAdminDocument,
    "\n  mutation PartnersDelete($input: DeleteRelationshipInput!) {\n    deleteRelationship(input: $input) {\n      id\n      status\n    }\n  }\n": types.PartnersDeleteDocument,
    "\n  query PartnersList($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      relationships {\n        id\n        partnerName\n        roles\n        adminPrivileges\n        status\n        establishedAt\n      }\n    }\n  }\n": types.PartnersListDocument,
    "\n  query UsersList($first: Int, $after: String) {\n    me {\n      id\n      tenant {\n        id\n        displayName\n        users(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              fullName\n              email\n              roles\n              mustChangePassword\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UsersListDocument,
    "\n  mutation UsersAdd($input: AddUserInput!) {\n    addUser(input: $input) {\n      user {\n        id\n        fullName\n        email\n        roles\n      }\n      temporaryPassword\n    }\n  }\n": types.UsersAddDocument,
    "\n  mutation UsersUpdateRoles($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      id\n      fullName\n      roles\n    }\n  }\n": types.UsersUpdateRolesDocument,
    "\n  mutation UsersRemove($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      id\n      fullName\n    }\n  }\n": types.UsersRemoveDocument,
    "\n  query Me {\n    me {\n      id\n      fullName\n      email\n      roles\n      mustChangePassword\n      tenant {\n        id\n        displayName\n        domain\n        country\n      }\n      partner {\n        id\n        legalName\n        program\n        status\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftEmailSend($input: SendRelationshipRequestEmailInput!) {\n    sendRelationshipRequestEmail(input: $input) {\n      id\n      to\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DraftEmailSend($input: SendRelationshipRequestEmailInput!) {\n    sendRelationshipRequestEmail(input: $input) {\n      id\n      to\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetailsAgreement($customerId: ID!, $language: String) {\n    currentAgreement(type: CUSTOMER_AGREEMENT, language: $language) {\n      id\n      version\n      documentUrl\n    }\n    customer(id: $customerId) {\n      id\n      hasAcceptedCurrentAgreement\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetailsAgreement($customerId: ID!, $language: String) {\n    currentAgreement(type: CUSTOMER_AGREEMENT, language: $language) {\n      id\n      version\n      documentUrl\n    }\n    customer(id: $customerId) {\n      id\n      hasAcceptedCurrentAgreement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerDetailsConfirmAcceptance($input: ConfirmCustomerAcceptanceInput!) {\n    confirmCustomerAcceptance(input: $input) {\n      id\n      acceptedAt\n      template {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerDetailsConfirmAcceptance($input: ConfirmCustomerAcceptanceInput!) {\n    confirmCustomerAcceptance(input: $input) {\n      id\n      acceptedAt\n      template {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetailsFind($partnerId: ID!, $first: Int, $after: String, $search: String) {\n    partner(id: $partnerId) {\n      id\n      customers(first: $first, after: $after, search: $search) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            customerName\n            customerDomain\n            roles\n            adminPrivileges\n            status\n            canTransact\n            establishedAt\n            assignedUser {\n              id\n              fullName\n              email\n            }\n            customer {\n              id\n              displayName\n              domain\n              country\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetailsFind($partnerId: ID!, $first: Int, $after: String, $search: String) {\n    partner(id: $partnerId) {\n      id\n      customers(first: $first, after: $after, search: $search) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            customerName\n            customerDomain\n            roles\n            adminPrivileges\n            status\n            canTransact\n            establishedAt\n            assignedUser {\n              id\n              fullName\n              email\n            }\n            customer {\n              id\n              displayName\n              domain\n              country\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetailsAuthorize($partnerId: ID!, $customerId: ID!) {\n    authorize(partnerId: $partnerId, customerId: $customerId, permission: SUBMIT_ORDERS) {\n      allowed\n      reasons\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetailsAuthorize($partnerId: ID!, $customerId: ID!) {\n    authorize(partnerId: $partnerId, customerId: $customerId, permission: SUBMIT_ORDERS) {\n      allowed\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerDetailsTerminate($input: TerminateRelationshipInput!) {\n    terminateRelationship(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerDetailsTerminate($input: TerminateRelationshipInput!) {\n    terminateRelationship(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersList($partnerId: ID!, $first: Int, $after: String, $search: String) {\n    partner(id: $partnerId) {\n      id\n      customers(first: $first, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            customerName\n            customerDomain\n            roles\n            adminPrivileges\n            status\n            canTransact\n            establishedAt\n            customer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersList($partnerId: ID!, $first: Int, $after: String, $search: String) {\n    partner(id: $partnerId) {\n      id\n      customers(first: $first, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            customerName\n            customerDomain\n            roles\n            adminPrivileges\n            status\n            canTransact\n            establishedAt\n            customer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomersRequestRelationship($input: RequestRelationshipInput!) {\n    requestRelationship(input: $input) {\n      id\n      roles\n      invitationUrl\n      emailDraft {\n        subject\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomersRequestRelationship($input: RequestRelationshipInput!) {\n    requestRelationship(input: $input) {\n      id\n      roles\n      invitationUrl\n      emailDraft {\n        subject\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySearchPartners($filter: PartnerSearchFilter, $first: Int, $after: String) {\n    searchPartners(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          legalName\n          businessProfile {\n            description\n            city\n            country\n            organizationSizes\n            keywords\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorySearchPartners($filter: PartnerSearchFilter, $first: Int, $after: String) {\n    searchPartners(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          legalName\n          businessProfile {\n            description\n            city\n            country\n            organizationSizes\n            keywords\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryContactPartners($input: ContactPartnersInput!) {\n    contactPartners(input: $input) {\n      leadId\n      contactedPartners {\n        id\n        legalName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DirectoryContactPartners($input: ContactPartnersInput!) {\n    contactPartners(input: $input) {\n      leadId\n      contactedPartners {\n        id\n        legalName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryProfilePartner($id: ID!) {\n    partner(id: $id) {\n      id\n      legalName\n      businessProfile {\n        description\n        city\n        country\n        organizationSizes\n        keywords\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryProfilePartner($id: ID!) {\n    partner(id: $id) {\n      id\n      legalName\n      businessProfile {\n        description\n        city\n        country\n        organizationSizes\n        keywords\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryUpdateBusinessProfile($input: UpdateBusinessProfileInput!) {\n    updateBusinessProfile(input: $input) {\n      id\n      businessProfile {\n        description\n        city\n        country\n        organizationSizes\n        keywords\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DirectoryUpdateBusinessProfile($input: UpdateBusinessProfileInput!) {\n    updateBusinessProfile(input: $input) {\n      id\n      businessProfile {\n        description\n        city\n        country\n        organizationSizes\n        keywords\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolmentEnroll($input: EnrollPartnerInput!) {\n    enrollPartner(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolmentEnroll($input: EnrollPartnerInput!) {\n    enrollPartner(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolmentUpdate($input: UpdateEnrollmentInput!) {\n    updateEnrollment(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolmentUpdate($input: UpdateEnrollmentInput!) {\n    updateEnrollment(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolmentResubmit($id: ID!) {\n    resubmitEnrollment(input: { partnerId: $id }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolmentResubmit($id: ID!) {\n    resubmitEnrollment(input: { partnerId: $id }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolmentResendVerification($id: ID!) {\n    resendVerificationEmail(input: { partnerId: $id }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolmentResendVerification($id: ID!) {\n    resendVerificationEmail(input: { partnerId: $id }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrolmentPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      program\n      status\n      legalName\n      mpnId\n      enrolledAt\n      statusChangedAt\n      rejectionReason\n      rejectionReasons {\n        code\n        message\n      }\n      address {\n        line1\n        line2\n        city\n        region\n        postalCode\n        country\n      }\n      primaryContact {\n        firstName\n        lastName\n        email\n        phone\n      }\n      supportContact {\n        email\n        phone\n        website\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrolmentPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      program\n      status\n      legalName\n      mpnId\n      enrolledAt\n      statusChangedAt\n      rejectionReason\n      rejectionReasons {\n        code\n        message\n      }\n      address {\n        line1\n        line2\n        city\n        region\n        postalCode\n        country\n      }\n      primaryContact {\n        firstName\n        lastName\n        email\n        phone\n      }\n      supportContact {\n        email\n        phone\n        website\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolmentVerifyContact($input: VerifyPrimaryContactInput!) {\n    verifyPrimaryContact(input: $input) {\n      id\n      legalName\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolmentVerifyContact($input: VerifyPrimaryContactInput!) {\n    verifyPrimaryContact(input: $input) {\n      id\n      legalName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndirectAuthorizeRequest($token: String!) {\n    relationshipRequestByToken(token: $token) {\n      id\n      kind\n      status\n      expiresAt\n      partner {\n        id\n        legalName\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndirectAuthorizeRequest($token: String!) {\n    relationshipRequestByToken(token: $token) {\n      id\n      kind\n      status\n      expiresAt\n      partner {\n        id\n        legalName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IndirectAuthorizeProvider($input: AuthorizeIndirectProviderInput!) {\n    authorizeIndirectProvider(input: $input) {\n      id\n      providerName\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation IndirectAuthorizeProvider($input: AuthorizeIndirectProviderInput!) {\n    authorizeIndirectProvider(input: $input) {\n      id\n      providerName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndirectProvidersList($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      indirectProviders {\n        id\n        providerName\n        status\n        providerAdminAccess\n        establishedAt\n        provider {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndirectProvidersList($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      indirectProviders {\n        id\n        providerName\n        status\n        providerAdminAccess\n        establishedAt\n        provider {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndirectSharedCustomers($partnerId: ID!, $providerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      customersSharedWith(providerId: $providerId) {\n        id\n        displayName\n        domain\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndirectSharedCustomers($partnerId: ID!, $providerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      customersSharedWith(providerId: $providerId) {\n        id\n        displayName\n        domain\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IndirectRemoveProviderAdminAccess($input: RemoveProviderAdminAccessInput!) {\n    removeProviderAdminAccess(input: $input) {\n      id\n      providerAdminAccess\n    }\n  }\n"): (typeof documents)["\n  mutation IndirectRemoveProviderAdminAccess($input: RemoveProviderAdminAccessInput!) {\n    removeProviderAdminAccess(input: $input) {\n      id\n      providerAdminAccess\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IndirectInviteCustomerWithProvider($input: InviteCustomerWithProviderInput!) {\n    inviteCustomerWithProvider(input: $input) {\n      id\n      emailDraft {\n        subject\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IndirectInviteCustomerWithProvider($input: InviteCustomerWithProviderInput!) {\n    inviteCustomerWithProvider(input: $input) {\n      id\n      emailDraft {\n        subject\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndirectResellersList($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      indirectResellers {\n        id\n        resellerName\n        status\n        providerAdminAccess\n        establishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndirectResellersList($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      indirectResellers {\n        id\n        resellerName\n        status\n        providerAdminAccess\n        establishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IndirectInviteReseller($input: InviteIndirectResellerInput!) {\n    inviteIndirectReseller(input: $input) {\n      id\n      kind\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation IndirectInviteReseller($input: InviteIndirectResellerInput!) {\n    inviteIndirectReseller(input: $input) {\n      id\n      kind\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsByToken($token: String!) {\n    relationshipRequestByToken(token: $token) {\n      id\n      kind\n      status\n      roles\n      expiresAt\n      agreementRequired\n      partner {\n        id\n        legalName\n      }\n      indirectProvider {\n        id\n        legalName\n      }\n      indirectProviderRoles\n      agreement {\n        id\n        version\n        documentUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationsByToken($token: String!) {\n    relationshipRequestByToken(token: $token) {\n      id\n      kind\n      status\n      roles\n      expiresAt\n      agreementRequired\n      partner {\n        id\n        legalName\n      }\n      indirectProvider {\n        id\n        legalName\n      }\n      indirectProviderRoles\n      agreement {\n        id\n        version\n        documentUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsCustomerAgreement($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n    }\n  }\n"): (typeof documents)["\n  query InvitationsCustomerAgreement($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsAccept($input: AcceptRelationshipRequestInput!) {\n    acceptRelationshipRequest(input: $input) {\n      id\n      partnerName\n      roles\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationsAccept($input: AcceptRelationshipRequestInput!) {\n    acceptRelationshipRequest(input: $input) {\n      id\n      partnerName\n      roles\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsDecline($input: DeclineRelationshipRequestInput!) {\n    declineRelationshipRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationsDecline($input: DeclineRelationshipRequestInput!) {\n    declineRelationshipRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsList($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          to\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsList($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          to\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n"): (typeof documents)["\n  mutation RetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorAgreementTemplates($type: AgreementType!) {\n    agreementTemplates(type: $type) {\n      id\n      type\n      version\n      language\n      documentUrl\n      publishedAt\n      isCurrent\n      reacceptanceDeadline\n    }\n  }\n"): (typeof documents)["\n  query OperatorAgreementTemplates($type: AgreementType!) {\n    agreementTemplates(type: $type) {\n      id\n      type\n      version\n      language\n      documentUrl\n      publishedAt\n      isCurrent\n      reacceptanceDeadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorPublishAgreementTemplate($input: PublishAgreementTemplateInput!) {\n    publishAgreementTemplate(input: $input) {\n      id\n      version\n      isCurrent\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorPublishAgreementTemplate($input: PublishAgreementTemplateInput!) {\n    publishAgreementTemplate(input: $input) {\n      id\n      version\n      isCurrent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorEnrollments($status: PartnerStatus, $first: Int, $after: String) {\n    partnerEnrollments(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          legalName\n          program\n          mpnId\n          status\n          enrolledAt\n          rejectionReasons {\n            code\n            message\n          }\n          address {\n            country\n          }\n          primaryContact {\n            firstName\n            lastName\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperatorEnrollments($status: PartnerStatus, $first: Int, $after: String) {\n    partnerEnrollments(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          legalName\n          program\n          mpnId\n          status\n          enrolledAt\n          rejectionReasons {\n            code\n            message\n          }\n          address {\n            country\n          }\n          primaryContact {\n            firstName\n            lastName\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorReviewEnrollment($input: ReviewEnrollmentInput!) {\n    reviewEnrollment(input: $input) {\n      id\n      status\n      rejectionReasons {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorReviewEnrollment($input: ReviewEnrollmentInput!) {\n    reviewEnrollment(input: $input) {\n      id\n      status\n      rejectionReasons {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorMpnProfile($mpnId: String!) {\n    mpnProfile(mpnId: $mpnId) {\n      mpnId\n      organizationName\n      country\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query OperatorMpnProfile($mpnId: String!) {\n    mpnProfile(mpnId: $mpnId) {\n      mpnId\n      organizationName\n      country\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorUpsertMpnProfile($input: UpsertMpnProfileInput!) {\n    upsertMpnProfile(input: $input) {\n      mpnId\n      organizationName\n      country\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorUpsertMpnProfile($input: UpsertMpnProfileInput!) {\n    upsertMpnProfile(input: $input) {\n      mpnId\n      organizationName\n      country\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorServiceTokens($first: Int, $after: String) {\n    serviceTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n          expiresAt\n          revokedAt\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperatorServiceTokens($first: Int, $after: String) {\n    serviceTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n          expiresAt\n          revokedAt\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorCreateServiceToken($input: CreateServiceTokenInput!) {\n    createServiceToken(input: $input) {\n      id\n      name\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorCreateServiceToken($input: CreateServiceTokenInput!) {\n    createServiceToken(input: $input) {\n      id\n      name\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorRevokeServiceToken($input: RevokeServiceTokenInput!) {\n    revokeServiceToken(input: $input) {\n      id\n      status\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorRevokeServiceToken($input: RevokeServiceTokenInput!) {\n    revokeServiceToken(input: $input) {\n      id\n      status\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersCurrentAgreement($id: ID!, $language: String) {\n    currentAgreement(type: CUSTOMER_AGREEMENT, language: $language) {\n      id\n      version\n      documentUrl\n      language\n    }\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      currentAgreementDeadline\n      agreementAcceptances {\n        id\n        acceptedAt\n        template {\n          id\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersCurrentAgreement($id: ID!, $language: String) {\n    currentAgreement(type: CUSTOMER_AGREEMENT, language: $language) {\n      id\n      version\n      documentUrl\n      language\n    }\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      currentAgreementDeadline\n      agreementAcceptances {\n        id\n        acceptedAt\n        template {\n          id\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersAcceptAgreement($input: AcceptAgreementInput!) {\n    acceptAgreement(input: $input) {\n      id\n      acceptedAt\n      template {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersAcceptAgreement($input: AcceptAgreementInput!) {\n    acceptAgreement(input: $input) {\n      id\n      acceptedAt\n      template {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerAssignmentUsers($first: Int) {\n    me {\n      id\n      tenant {\n        id\n        users(first: $first) {\n          totalCount\n          edges {\n            node {\n              id\n              fullName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerAssignmentUsers($first: Int) {\n    me {\n      id\n      tenant {\n        id\n        users(first: $first) {\n          totalCount\n          edges {\n            node {\n              id\n              fullName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerAssignUser($input: AssignUserToPartnerInput!) {\n    assignUserToPartner(input: $input) {\n      id\n      assignedUser {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerAssignUser($input: AssignUserToPartnerInput!) {\n    assignUserToPartner(input: $input) {\n      id\n      assignedUser {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerUnassignUser($input: UnassignUserFromPartnerInput!) {\n    unassignUserFromPartner(input: $input) {\n      id\n      assignedUser {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerUnassignUser($input: UnassignUserFromPartnerInput!) {\n    unassignUserFromPartner(input: $input) {\n      id\n      assignedUser {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersDetails($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      relationships {\n        id\n        partnerName\n        roles\n        adminPrivileges\n        status\n        canTransact\n        establishedAt\n        assignedUser {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersDetails($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      relationships {\n        id\n        partnerName\n        roles\n        adminPrivileges\n        status\n        canTransact\n        establishedAt\n        assignedUser {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersRemoveAdmin($input: RemoveAdminPrivilegesInput!) {\n    removeAdminPrivileges(input: $input) {\n      id\n      roles\n      adminPrivileges\n      status\n      canTransact\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersRemoveAdmin($input: RemoveAdminPrivilegesInput!) {\n    removeAdminPrivileges(input: $input) {\n      id\n      roles\n      adminPrivileges\n      status\n      canTransact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersDelete($input: DeleteRelationshipInput!) {\n    deleteRelationship(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersDelete($input: DeleteRelationshipInput!) {\n    deleteRelationship(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersList($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      relationships {\n        id\n        partnerName\n        roles\n        adminPrivileges\n        status\n        establishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersList($id: ID!) {\n    customer(id: $id) {\n      id\n      hasAcceptedCurrentAgreement\n      relationships {\n        id\n        partnerName\n        roles\n        adminPrivileges\n        status\n        establishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersList($first: Int, $after: String) {\n    me {\n      id\n      tenant {\n        id\n        displayName\n        users(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              fullName\n              email\n              roles\n              mustChangePassword\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersList($first: Int, $after: String) {\n    me {\n      id\n      tenant {\n        id\n        displayName\n        users(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              fullName\n              email\n              roles\n              mustChangePassword\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersAdd($input: AddUserInput!) {\n    addUser(input: $input) {\n      user {\n        id\n        fullName\n        email\n        roles\n      }\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation UsersAdd($input: AddUserInput!) {\n    addUser(input: $input) {\n      user {\n        id\n        fullName\n        email\n        roles\n      }\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersUpdateRoles($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      id\n      fullName\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation UsersUpdateRoles($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      id\n      fullName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersRemove($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  mutation UsersRemove($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      fullName\n      email\n      roles\n      mustChangePassword\n      tenant {\n        id\n        displayName\n        domain\n        country\n      }\n      partner {\n        id\n        legalName\n        program\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      fullName\n      email\n      roles\n      mustChangePassword\n      tenant {\n        id\n        displayName\n        domain\n        country\n      }\n      partner {\n        id\n        legalName\n        program\n        status\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;