/**
 * Put CSS into a shadow root. A constructable stylesheet is not an inline `<style>`, so it works
 * under a host's strict `style-src` CSP; browsers without one get a `<style>` element instead.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}
