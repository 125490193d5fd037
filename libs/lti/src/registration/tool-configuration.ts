import { CLAIM, SCOPE } from '../launch/lti-claims';
import type { LtiUrls } from '../launch/lti-urls';

/** What the tool asks for: grades (AGS), rosters (NRPS) and deep linking; no names or emails. */
export const REQUESTED_SCOPES = [SCOPE.lineItem, SCOPE.resultReadonly, SCOPE.score, SCOPE.memberships];

/** The OpenID client registration of LTI Dynamic Registration 1.0. */
export function registrationRequest(urls: LtiUrls): Record<string, unknown> {
  return {
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: urls.login,
    redirect_uris: [urls.launch],
    client_name: 'Markpoint',
    jwks_uri: urls.jwks,
    token_endpoint_auth_method: 'private_key_jwt',
    scope: REQUESTED_SCOPES.join(' '),
    [CLAIM.toolConfiguration]: {
      domain: urls.domain,
      target_link_uri: urls.launch,
      description: 'Quizzes built from examiner marking points, graded into your gradebook',
      claims: ['iss', 'sub'],
      messages: [
        {
          type: 'LtiDeepLinkingRequest',
          target_link_uri: urls.launch,
          label: 'Markpoint quiz',
          // Canvas reads placements; other platforms ignore them.
          placements: ['assignment_selection', 'link_selection'],
        },
        { type: 'LtiResourceLinkRequest', target_link_uri: urls.launch, label: 'Markpoint quiz' },
      ],
    },
  };
}

/** Canvas's developer-key JSON configuration (Admin → Developer Keys → LTI Key → "Enter URL"). */
export function canvasConfiguration(urls: LtiUrls): Record<string, unknown> {
  return {
    title: 'Markpoint',
    description: 'Quizzes built from examiner marking points, graded into your gradebook',
    oidc_initiation_url: urls.login,
    target_link_uri: urls.launch,
    public_jwk_url: urls.jwks,
    scopes: REQUESTED_SCOPES,
    extensions: [
      {
        domain: urls.domain,
        platform: 'canvas.instructure.com',
        privacy_level: 'anonymous',
        settings: {
          placements: [
            {
              placement: 'assignment_selection',
              message_type: 'LtiDeepLinkingRequest',
              target_link_uri: urls.launch,
            },
            {
              placement: 'link_selection',
              message_type: 'LtiDeepLinkingRequest',
              target_link_uri: urls.launch,
            },
          ],
        },
      },
    ],
    custom_fields: {},
  };
}
