// Sentry with feedbackAsyncIntegration: the form (modal) is fetched from `cdnBaseUrl` when it opens.
import { feedbackAsyncIntegration, getFeedback, init } from '@sentry/browser';

init({
  dsn: window.__bench.sentryDsn,
  // Where the modal bundle is fetched from: the bench server instead of Sentry's CDN.
  cdnBaseUrl: window.location.origin,
  // Only the feedback job: no error monitoring, sessions or breadcrumbs (favours Sentry's timings).
  defaultIntegrations: false,
  integrations: [feedbackAsyncIntegration({ autoInject: false, enableScreenshot: false })],
});
if (window.__bench.prompt) {
  getFeedback()
    ?.createForm()
    .then((form) => {
      form.appendToDom();
      form.open();
      window.__bench.shown();
    });
}
