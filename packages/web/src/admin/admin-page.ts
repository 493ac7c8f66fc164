import '../app/styles/app.css';
import './admin.css';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { dashboard } from './dashboard.ts';
import { loginForm } from './login-form.ts';
import { ownerSession } from './owner-session.ts';

const main = mountSiteChrome(null);
const session = ownerSession(sessionStorage);

function show() {
  main.replaceChildren(session.token() ? dashboard(session, show) : loginForm(session, show));
}

show();
