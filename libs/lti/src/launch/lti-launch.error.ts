/** Why a login or launch was refused: logged as the code, shown to the person in words. */
export enum LaunchRefusal {
  MISSING_LOGIN_PARAMETER = 'MISSING_LOGIN_PARAMETER',
  UNKNOWN_PLATFORM = 'UNKNOWN_PLATFORM',
  MISSING_STATE = 'MISSING_STATE',
  BAD_STATE = 'BAD_STATE',
  STATE_NOT_BOUND = 'STATE_NOT_BOUND',
  MISSING_ID_TOKEN = 'MISSING_ID_TOKEN',
  MALFORMED_ID_TOKEN = 'MALFORMED_ID_TOKEN',
  NO_KID = 'NO_KID',
  BAD_ALGORITHM = 'BAD_ALGORITHM',
  UNKNOWN_KID = 'UNKNOWN_KID',
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  EXPIRED = 'EXPIRED',
  WRONG_ISSUER = 'WRONG_ISSUER',
  WRONG_AUDIENCE = 'WRONG_AUDIENCE',
  JWKS_UNAVAILABLE = 'JWKS_UNAVAILABLE',
  NONCE_MISMATCH = 'NONCE_MISMATCH',
  REPLAYED_NONCE = 'REPLAYED_NONCE',
  WRONG_VERSION = 'WRONG_VERSION',
  MISSING_MESSAGE_TYPE = 'MISSING_MESSAGE_TYPE',
  UNSUPPORTED_MESSAGE_TYPE = 'UNSUPPORTED_MESSAGE_TYPE',
  MISSING_ROLES = 'MISSING_ROLES',
  MISSING_DEPLOYMENT_ID = 'MISSING_DEPLOYMENT_ID',
  UNKNOWN_DEPLOYMENT = 'UNKNOWN_DEPLOYMENT',
  MISSING_RESOURCE_LINK_ID = 'MISSING_RESOURCE_LINK_ID',
  MISSING_TARGET_LINK_URI = 'MISSING_TARGET_LINK_URI',
  MISSING_SUB = 'MISSING_SUB',
  MISSING_DEEP_LINKING_SETTINGS = 'MISSING_DEEP_LINKING_SETTINGS',
  NOT_AN_INSTRUCTOR = 'NOT_AN_INSTRUCTOR',
}

const MESSAGES: Record<LaunchRefusal, string> = {
  MISSING_LOGIN_PARAMETER: 'The login request from your learning platform is missing a required parameter.',
  UNKNOWN_PLATFORM:
    'This learning platform is not registered with Markpoint. Ask your administrator to register it.',
  MISSING_STATE: 'The launch did not carry its state. Please launch the activity again from your course.',
  BAD_STATE: 'The launch state is invalid or has expired. Please launch the activity again from your course.',
  STATE_NOT_BOUND:
    'Your browser did not keep the launch state (cookies may be blocked). Please launch the activity again, or open it in a new window.',
  MISSING_ID_TOKEN: 'The launch did not carry an id_token.',
  MALFORMED_ID_TOKEN: 'The launch id_token is not a valid JWT.',
  NO_KID: 'The launch id_token does not name its signing key (no kid).',
  BAD_ALGORITHM: 'The launch id_token must be signed with RS256.',
  UNKNOWN_KID: "The launch id_token was signed with a key the platform's key set does not publish.",
  BAD_SIGNATURE: 'The launch id_token signature is invalid.',
  EXPIRED: 'The launch has expired. Please launch the activity again from your course.',
  WRONG_ISSUER: 'The launch came from a different platform than the login.',
  WRONG_AUDIENCE: 'The launch id_token is not addressed to this tool.',
  JWKS_UNAVAILABLE: "The platform's key set could not be fetched. Please try again shortly.",
  NONCE_MISMATCH: 'The launch does not match its login (nonce).',
  REPLAYED_NONCE: 'This launch has already been used. Please launch the activity again from your course.',
  WRONG_VERSION: 'The launch is not an LTI 1.3.0 message.',
  MISSING_MESSAGE_TYPE: 'The launch does not say what kind of message it is.',
  UNSUPPORTED_MESSAGE_TYPE: 'Markpoint does not handle this kind of LTI message.',
  MISSING_ROLES: 'The launch does not carry the roles claim.',
  MISSING_DEPLOYMENT_ID: 'The launch does not carry a deployment id.',
  UNKNOWN_DEPLOYMENT:
    'This deployment of the tool is not registered with Markpoint. Ask your administrator to add it.',
  MISSING_RESOURCE_LINK_ID: 'The launch does not identify its resource link.',
  MISSING_TARGET_LINK_URI: 'The launch does not say which tool page it is for (target_link_uri).',
  MISSING_SUB: 'The launch does not identify the user (sub).',
  MISSING_DEEP_LINKING_SETTINGS: 'The deep-linking request does not carry its settings.',
  NOT_AN_INSTRUCTOR: 'Only teachers can add Markpoint quizzes to a course.',
};

export class LtiLaunchError extends Error {
  constructor(
    readonly refusal: LaunchRefusal,
    /** For the log only (may name claims and values); never shown. */
    readonly detail?: string,
    readonly status = 400,
  ) {
    super(`${refusal}${detail ? `: ${detail}` : ''}`);
    this.name = 'LtiLaunchError';
  }

  get userMessage(): string {
    return MESSAGES[this.refusal];
  }
}
