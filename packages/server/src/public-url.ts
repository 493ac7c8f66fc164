/**
 * `ROLEFIT_PUBLIC_URL`: the origin links are built on (join and admin links), e.g.
 * `https://rolefit.example`. Unset, links use the origin the request came to, which its `Host`
 * header sets: behind a proxy you run that is fine, on an open port set this.
 * @example publicUrlFrom('https://rolefit.example/') // 'https://rolefit.example'
 */
export function publicUrlFrom(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `ROLEFIT_PUBLIC_URL must be an http(s) origin like https://rolefit.example; got "${value}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`ROLEFIT_PUBLIC_URL must start with https:// or http://; got "${value}"`);
  }
  return url.origin;
}
