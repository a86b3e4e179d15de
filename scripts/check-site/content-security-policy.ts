/** A CSP parsed into directive -> source list ("script-src" -> ["'self'"]). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Why a policy does not lock scripts to the site's own files, or undefined when it does. */
export function scriptPolicyProblem(policy: string): string | undefined {
  const directives = parseCsp(policy);
  const scriptSources = directives.get('script-src') ?? directives.get('default-src');
  if (scriptSources === undefined) return 'no script-src (or default-src) directive';
  if (!scriptSources.includes("'self'")) return `script-src lacks 'self': ${scriptSources.join(' ')}`;
  if (policy.includes("'unsafe-inline'")) return "the policy allows 'unsafe-inline'";
  if (scriptSources.includes("'unsafe-eval'")) return "script-src allows 'unsafe-eval'";
  return undefined;
}
