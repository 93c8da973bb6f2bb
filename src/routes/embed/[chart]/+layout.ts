// Embeds are plain prerendered HTML: no client app to download inside someone else's page.
export const csr = false;
