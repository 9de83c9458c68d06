import { readFileSync } from 'fs';
import type { Server } from 'restify';
import { fromRoot } from '../../core/paths';
import { applySecurityHeaders } from './http';

/** The console's files, by URL: a fixed list, so no path from a request reaches the disk. */
const FILES: ReadonlyArray<[string, string, string]> = [
  ['/agent/', 'index.html', 'text/html; charset=utf-8'],
  ['/agent/view.js', 'view.js', 'text/javascript; charset=utf-8'],
  ['/agent/errorTexts.js', 'errorTexts.js', 'text/javascript; charset=utf-8'],
  ['/agent/api.js', 'api.js', 'text/javascript; charset=utf-8'],
  ['/agent/inbox.js', 'inbox.js', 'text/javascript; charset=utf-8'],
  ['/agent/conversation.js', 'conversation.js', 'text/javascript; charset=utf-8'],
  ['/agent/drafts.js', 'drafts.js', 'text/javascript; charset=utf-8'],
  ['/agent/recordLabels.js', 'recordLabels.js', 'text/javascript; charset=utf-8'],
  ['/agent/recordFields.js', 'recordFields.js', 'text/javascript; charset=utf-8'],
  ['/agent/recordsList.js', 'recordsList.js', 'text/javascript; charset=utf-8'],
  ['/agent/recordDetail.js', 'recordDetail.js', 'text/javascript; charset=utf-8'],
  ['/agent/records.js', 'records.js', 'text/javascript; charset=utf-8'],
  ['/agent/console.js', 'console.js', 'text/javascript; charset=utf-8'],
  ['/agent/console.css', 'console.css', 'text/css; charset=utf-8'],
];

export function registerStaticRoutes(server: Server, root = fromRoot('web', 'agent')): void {
  for (const [url, file, type] of FILES) {
    const body = readFileSync(`${root}/${file}`);
    server.get(url, async (_req, res) => {
      applySecurityHeaders(res);
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
      res.end(body);
    });
  }

  server.get('/agent', async (_req, res) => {
    res.writeHead(301, { Location: '/agent/' });
    res.end();
  });
}
