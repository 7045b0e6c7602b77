/**
 * The Content-Security-Policy the built app ships with, as a <meta> tag in index.html (works on any static host)
 * and, with the headers only a server can send, for `vite preview`. Everything the app loads is its own: scripts,
 * styles, fonts, textures, the propagation worker. Nothing inline and no eval. Exceptions, each needed:
 * - img-src data: blob: — captions and textures drawn from canvases, exported images shown before download;
 * - worker-src blob: — mediabunny runs its clip muxing worker from a blob URL;
 * - font-src data: — a font face a library may inline;
 * - frame-ancestors * (header only: browsers ignore it in a meta tag) — `?embed=1` exists to be framed anywhere.
 * The dev server (`npm start`) gets none of this: Vite's hot reload needs inline scripts.
 */
import type { Plugin } from 'vite';

const POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** Directives a <meta> policy cannot carry. */
const HEADER_ONLY: Readonly<Record<string, readonly string[]>> = { 'frame-ancestors': ['*'] };

const serialize = (policy: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(policy).map(([directive, sources]) => `${directive} ${sources.join(' ')}`).join('; ');

export const META_CONTENT_SECURITY_POLICY = serialize(POLICY);
export const HEADER_CONTENT_SECURITY_POLICY = serialize({ ...POLICY, ...HEADER_ONLY });

/** Headers for `vite preview` (and the model for any host's configuration: see docs/reliability.md). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const CHARSET = /<meta charset="UTF-8" \/>/i;

/** Puts the policy in the built index.html right after the charset, so it governs every script and style after it. */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET.test(html)) throw new Error('content-security-policy-meta: index.html has no <meta charset="UTF-8" /> to follow');
        const content = META_CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;');
        return html.replace(CHARSET, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`);
      },
    },
  };
}
