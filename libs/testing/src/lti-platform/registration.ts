export const TOOL_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-tool-configuration';
export const PLATFORM_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-platform-configuration';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * The checks Moodle 4.5 makes on an LTI dynamic registration request (OpenID Connect client
 * registration plus the LTI tool configuration). Returns what is wrong, or undefined.
 */
export function registrationProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'registration must be a JSON object';
  if (body.application_type !== 'web') return "application_type must be 'web'";
  const grantTypes = body.grant_types;
  if (
    !isStringArray(grantTypes) ||
    !['implicit', 'client_credentials'].every((g) => grantTypes.includes(g))
  ) {
    return 'grant_types must include implicit and client_credentials';
  }
  if (
    !isStringArray(body.response_types) ||
    body.response_types.length !== 1 ||
    body.response_types[0] !== 'id_token'
  ) {
    return "response_types must be ['id_token']";
  }
  if (!isUrl(body.initiate_login_uri)) return 'initiate_login_uri must be a URL';
  if (
    !isStringArray(body.redirect_uris) ||
    body.redirect_uris.length === 0 ||
    !body.redirect_uris.every(isUrl)
  ) {
    return 'redirect_uris must be a non-empty array of URLs';
  }
  if (!isUrl(body.jwks_uri)) return 'jwks_uri must be a URL';
  if (body.token_endpoint_auth_method !== 'private_key_jwt')
    return "token_endpoint_auth_method must be 'private_key_jwt'";
  const tool = body[TOOL_CONFIGURATION];
  if (!isRecord(tool)) return `${TOOL_CONFIGURATION} must be an object`;
  if (typeof tool.domain !== 'string' || tool.domain === '') return 'tool configuration domain is required';
  if (!isUrl(tool.target_link_uri)) return 'tool configuration target_link_uri must be a URL';
  const host = new URL(tool.target_link_uri).host;
  if (tool.domain !== host) {
    return `tool configuration domain '${tool.domain}' does not match target_link_uri host '${host}'`;
  }
  return undefined;
}
