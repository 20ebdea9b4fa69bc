/** A `<kb-provider>` configuration block that is not valid JSON or not a valid configuration. */
export class ProviderConfigError extends Error {
  override name = 'ProviderConfigError';
}
