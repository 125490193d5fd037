/** Claim names of LTI 1.3 Core, Deep Linking 2.0, AGS 2.0 and NRPS 2.0. */
export const CLAIM = {
  messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
  version: 'https://purl.imsglobal.org/spec/lti/claim/version',
  deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
  targetLinkUri: 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri',
  resourceLink: 'https://purl.imsglobal.org/spec/lti/claim/resource_link',
  roles: 'https://purl.imsglobal.org/spec/lti/claim/roles',
  context: 'https://purl.imsglobal.org/spec/lti/claim/context',
  custom: 'https://purl.imsglobal.org/spec/lti/claim/custom',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  deepLinkingContentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  toolConfiguration: 'https://purl.imsglobal.org/spec/lti-tool-configuration',
  platformConfiguration: 'https://purl.imsglobal.org/spec/lti-platform-configuration',
} as const;

export const SCOPE = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  lineItemReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  resultReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  memberships: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
} as const;

export type RoleKind = 'LEARNER' | 'INSTRUCTOR';

// Instructor-side roles, in full (context or institution/system) or short form, and sub-roles
// such as membership/Instructor#TeachingAssistant.
const TEACHING_ROLES = ['Instructor', 'Administrator', 'ContentDeveloper'];

/**
 * Who the launch is for. Anyone holding a teaching role lands on the dashboard; everyone else
 * (learners, unknown or empty roles, mentors) takes the quiz.
 */
export function roleKind(roles: readonly string[]): RoleKind {
  for (const role of roles) {
    const name = shortRoleName(role);
    if (TEACHING_ROLES.includes(name)) return 'INSTRUCTOR';
  }
  return 'LEARNER';
}

/** `http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor` → `Instructor`; sub-roles give their parent. */
export function shortRoleName(role: string): string {
  const subRole = /\/membership\/(\w+)#\w+$/.exec(role);
  if (subRole) return subRole[1];
  const hash = role.lastIndexOf('#');
  if (hash >= 0) return role.slice(hash + 1);
  return role;
}
