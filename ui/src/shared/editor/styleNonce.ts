// The editor (CodeMirror) makes its styles at run time, in a <style> element. The app's content
// security policy allows no inline styles except those carrying the nonce the shell puts into
// the page, on an empty <style id="style-nonce"> in index.html; the editor's carries it too.
export function styleNonce(): string | undefined {
  const el = document.getElementById('style-nonce');
  return el instanceof HTMLStyleElement && el.nonce ? el.nonce : undefined;
}
