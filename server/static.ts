import { createReadStream, statSync } from 'fs';
import { dirname, join } from 'path';
import type { Request, Response, Server } from 'restify';
import { fromRoot } from '../core/paths';
import { errorBody } from './apiError';

/**
 * The Web Chat page and its scripts, served by the bot itself (no CDN). Only the files
 * listed here are served: no directory is exposed, so no path can escape it.
 */
export interface StaticFile {
  route: string;
  file: string;
  type: string;
}

// Web Chat styles itself with inline <style> elements: styles need 'unsafe-inline'
const PAGE_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:", "connect-src 'self'", "font-src 'self' data:",
  "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'", "object-src 'none'",
].join('; ');

export function webChatBundle(): string {
  return join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

export function chatPageFiles(webRoot = fromRoot('web')): StaticFile[] {
  const js = 'application/javascript; charset=utf-8';
  return [
    { route: '/', file: join(webRoot, 'index.html'), type: 'text/html; charset=utf-8' },
    { route: '/chat.js', file: join(webRoot, 'chat.js'), type: js },
    { route: '/chatFormat.js', file: join(webRoot, 'chatFormat.js'), type: js },
    { route: '/sendLimit.js', file: join(webRoot, 'sendLimit.js'), type: js },
    { route: '/resume.js', file: join(webRoot, 'resume.js'), type: js },
    { route: '/chat.css', file: join(webRoot, 'chat.css'), type: 'text/css; charset=utf-8' },
    { route: '/quick-exit.js', file: join(webRoot, 'quick-exit.js'), type: js },
    { route: '/neutre', file: join(webRoot, 'neutre.html'), type: 'text/html; charset=utf-8' },
    { route: '/webchat.js', file: webChatBundle(), type: js },
  ];
}

function serve(file: StaticFile) {
  return async (_req: Request, res: Response): Promise<void> => {
    let size: number;
    try {
      size = statSync(file.file).size;
    } catch {
      res.send(404, errorBody('NotFound', 'no such file'));
      return;
    }
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': size,
      'Content-Security-Policy': PAGE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    await new Promise<void>((resolve) => {
      const stream = createReadStream(file.file);
      stream.on('error', () => res.destroy());
      res.on('close', resolve);
      stream.pipe(res);
    });
  };
}

export function registerStaticFiles(server: Server, files: StaticFile[]): void {
  for (const file of files) {
    server.get(file.route, serve(file));
  }
}
