export { checkEmail } from './check';
export { formatFindings } from './format';
export { ruleTable } from './rules';
export { clientSupportAllowlist } from './allowlist';
export { defaultClients } from './clients';
export type { CheckOptions, EmailClientId, Finding, Severity } from './types';
export type { RuleDefinition, RuleId } from './rules';
export type { AllowlistEntry } from './allowlist';
