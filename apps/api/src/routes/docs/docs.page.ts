/**
 * The interactive reference at `/docs`: Swagger UI, served from our own origin. The app stays
 * edge-safe by taking the swagger-ui-dist files from its entry (Node reads node_modules).
 */

/** The swagger-ui-dist files the page uses. */
export const DOCS_ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
} as const;

/** The name of one of the page's asset files. */
export type DocsAssetName = keyof typeof DOCS_ASSETS;

/** Gives the bytes of a swagger-ui-dist file, or undefined when it is not available. */
export type DocsAssetReader = (file: DocsAssetName) => Promise<Uint8Array | string | undefined>;

/**
 * Nothing but our own origin: no CDN, no third-party request (Swagger UI's online validator is
 * switched off in the init script). Swagger UI sets inline styles, hence 'unsafe-inline' for styles.
 */
export const DOCS_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** The page; links are relative so the API also works behind a path prefix. */
export function docsPage(withAssets: boolean): string {
  const body = withAssets
    ? '<div id="swagger-ui"></div>\n<script src="docs/swagger-ui-bundle.js"></script>\n<script src="docs/init.js"></script>'
    : '<main><h1>THB Platform Kit API</h1><p>The interactive reference is not installed on this server. ' +
      'The API is described in <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p></main>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>THB Platform Kit API reference</title>
${withAssets ? '<link rel="stylesheet" href="docs/swagger-ui.css">\n<link rel="icon" href="docs/favicon-32x32.png">' : ''}
</head>
<body>
${body}
</body>
</html>
`;
}

/** Starts Swagger UI; a file rather than an inline script, so the CSP can forbid inline scripts. */
export const DOCS_INIT_SCRIPT = `window.ui = SwaggerUIBundle({
  url: new URL('openapi.json', document.baseURI).href,
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
});
`;
