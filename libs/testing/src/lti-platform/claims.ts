import type { LaunchOptions, PlatformFlavour } from './types';

const LTI_CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/';

export const CLAIMS = {
  messageType: `${LTI_CLAIM}message_type`,
  version: `${LTI_CLAIM}version`,
  deploymentId: `${LTI_CLAIM}deployment_id`,
  targetLinkUri: `${LTI_CLAIM}target_link_uri`,
  resourceLink: `${LTI_CLAIM}resource_link`,
  roles: `${LTI_CLAIM}roles`,
  context: `${LTI_CLAIM}context`,
  custom: `${LTI_CLAIM}custom`,
  toolPlatform: `${LTI_CLAIM}tool_platform`,
  launchPresentation: `${LTI_CLAIM}launch_presentation`,
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
} as const;

export const SCOPES = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  lineItemReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  resultReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  contextMembership: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
} as const;

export const SERVICE_SCOPES: readonly string[] = Object.values(SCOPES);

const MEMBERSHIP_ROLE = 'http://purl.imsglobal.org/vocab/lis/v2/membership#';

export function fullRole(role: string): string {
  return role.includes('://') ? role : `${MEMBERSHIP_ROLE}${role}`;
}

/** 'http://…/membership#Learner' → 'Learner' (the form Moodle's NRPS answers with). */
export function shortRole(role: string): string {
  return role.startsWith(MEMBERSHIP_ROLE) ? role.slice(MEMBERSHIP_ROLE.length) : role;
}

/** What the claim builder needs from the platform, so claims stay a pure function of it. */
export interface ClaimContext {
  flavour: PlatformFlavour;
  url: string;
  issuer: string;
  clientId: string;
  deploymentId: string;
  lineItemsUrl(contextId: string): string;
  membershipsUrl(contextId: string): string;
  /** Finds or creates the line item a launch with `lineitem: true` names. */
  launchLineItem(contextId: string, resourceLinkId: string | undefined): string;
}

export function buildIdTokenClaims(platform: ClaimContext, o: LaunchOptions): Record<string, unknown> {
  const deepLinking = o.kind === 'deep-linking';
  const iat = Math.floor(Date.now() / 1000);
  const sub = o.sub === undefined ? 'learner-1' : o.sub;
  const roles = o.roles === undefined ? [fullRole('Learner')] : o.roles;
  const resourceLinkId = o.resourceLinkId === undefined ? 'rl-1' : o.resourceLinkId;
  const contextId = o.contextId === undefined ? 'course-1' : o.contextId;
  const deploymentId = o.deploymentId === undefined ? platform.deploymentId : o.deploymentId;
  const messageType =
    o.messageType === undefined
      ? deepLinking
        ? 'LtiDeepLinkingRequest'
        : 'LtiResourceLinkRequest'
      : o.messageType;
  const version = o.version === undefined ? '1.3.0' : o.version;

  const claims: Record<string, unknown> = {
    iss: platform.issuer,
    // Moodle sends aud as a plain string and no azp; Canvas adds azp.
    aud: platform.clientId,
    ...(platform.flavour === 'canvas' ? { azp: platform.clientId } : {}),
    iat,
    exp: iat + 60,
    nonce: o.nonce,
    [CLAIMS.targetLinkUri]: o.targetLinkUri,
    [CLAIMS.toolPlatform]: toolPlatform(platform),
    [CLAIMS.launchPresentation]: {
      locale: 'en',
      document_target: 'iframe',
      return_url: `${platform.url}/return`,
    },
  };
  if (sub !== null) claims.sub = sub;
  if (deploymentId !== null) claims[CLAIMS.deploymentId] = deploymentId;
  if (messageType !== null) claims[CLAIMS.messageType] = messageType;
  if (version !== null) claims[CLAIMS.version] = version;
  if (roles !== null) claims[CLAIMS.roles] = roles;
  if (o.name !== undefined) claims.name = o.name;
  if (o.email !== undefined) claims.email = o.email;
  if (o.custom !== undefined) claims[CLAIMS.custom] = o.custom;

  if (!deepLinking) {
    claims[CLAIMS.resourceLink] =
      resourceLinkId === null ? { title: 'Quiz' } : { id: resourceLinkId, title: 'Quiz' };
  } else {
    claims[CLAIMS.deepLinkingSettings] = {
      deep_link_return_url: o.deepLinkReturnUrl ?? `${platform.url}/deep-link-return`,
      accept_types: o.acceptTypes ?? ['ltiResourceLink'],
      accept_presentation_document_targets: ['iframe', 'window'],
      accept_multiple: o.acceptMultiple ?? true,
      ...(o.acceptLineItem !== undefined ? { accept_lineitem: o.acceptLineItem } : {}),
      ...(o.deepLinkData !== undefined ? { data: o.deepLinkData } : {}),
    };
  }

  // Both services are per course; without a context there is nothing for them to point at.
  if (contextId !== null) {
    claims[CLAIMS.context] = {
      id: contextId,
      label: contextId,
      title: `Course ${contextId}`,
      type: ['http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering'],
    };
    if (o.ags !== false) {
      const endpoint: Record<string, unknown> = {
        scope: [SCOPES.lineItem, SCOPES.lineItemReadonly, SCOPES.resultReadonly, SCOPES.score],
        lineitems: platform.lineItemsUrl(contextId),
      };
      if (o.ags?.lineitem === true) {
        endpoint.lineitem = platform.launchLineItem(contextId, resourceLinkId ?? undefined);
      }
      claims[CLAIMS.ags] = endpoint;
    }
    if (o.nrps !== false) {
      claims[CLAIMS.nrps] = {
        context_memberships_url: platform.membershipsUrl(contextId),
        service_versions: ['2.0'],
      };
    }
  }

  for (const [name, value] of Object.entries(o.claims ?? {})) {
    if (value === undefined) delete claims[name];
    else claims[name] = value;
  }
  return claims;
}

function toolPlatform(platform: ClaimContext): Record<string, string> {
  switch (platform.flavour) {
    case 'moodle':
      return {
        product_family_code: 'moodle',
        version: '2024100700',
        guid: new URL(platform.url).host,
        name: 'Test Moodle',
      };
    case 'canvas':
      return { product_family_code: 'canvas', version: 'cloud', guid: 'test-canvas', name: 'Test Canvas' };
  }
}
