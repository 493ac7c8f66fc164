/**
 * Put CSS into a shadow root as a constructable stylesheet. It is not an inline `<style>`, so it
 * works under a host's strict `style-src` CSP. Every browser the widget supports has one (see
 * docs/embed.md, "Browsers").
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
}
