// Pages that stand between the user and a posting: sign-in walls and bot challenges. Strong signals
// (URL or challenge title) win outright; weak ones (a sign-in form, a captcha widget) only count
// when no posting root was found, since guest pages show sign-in nags next to a readable posting.
import { queryAll } from './query.ts';

const WALL_PATHS = /^\/(?:authwall|checkpoint|login|uas\/login|signup|signin|sign-in|account\/login|ab\/account-security\/login)(?:\/|$)/i;
const CHALLENGE_TITLE = /^(?:just a moment|attention required|un instant|einen moment|access denied)/i;
const CHALLENGE = ['.cf-turnstile', '[data-testid="cf-turnstile-container"]', '#challenge-form', '#cf-challenge-running', 'iframe[src*="captcha-delivery.com"]', 'iframe[src*="challenges.cloudflare.com"]'];
const SIGN_IN = ['[data-test-id="sign-in-form"]', 'form.login__form', 'input#username[name="session_key"]', '.authwall-join-form', 'form[action*="login-submit"]'];

export function strongInterstitial(doc: Document, url: URL): string | null {
  if (WALL_PATHS.test(url.pathname)) return `sign-in wall (${url.pathname})`;
  if (CHALLENGE_TITLE.test(doc.title.trim())) return 'bot challenge page';
  return null;
}

export function weakInterstitial(doc: Document): string | null {
  if (CHALLENGE.some((s) => queryAll(doc, s).length > 0)) return 'bot challenge widget';
  if (SIGN_IN.some((s) => queryAll(doc, s).length > 0)) return 'sign-in form instead of a posting';
  return null;
}
