// Written to build/404.html, which static hosts serve for any unknown address.
export const trailingSlash = 'never';
// Static HTML only: this page is served at arbitrary URLs, where client routing would guess wrong.
export const csr = false;
