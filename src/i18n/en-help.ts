/**
 * The English texts of the help after a low answer and of the contact question: in the help's
 * own file, fetched only when a low answer needs it (other languages: their `help` part).
 */
export const enHelp = {
  /** The thank-you of a low answer on a step that offers help, above its one action. */
  helpThanks: 'Thank you for telling us. We’re sorry this didn’t go better — help is right here.',
  /** The action's default text: a link, a phone number, or the site's own chat (`event`). */
  helpLink: 'Get help',
  helpPhone: 'Call us: {phone}',
  helpEvent: 'Chat with us',
  /** The consent box offered after a low answer (`contact`), unticked. */
  helpContact: 'May we contact you about this?',
  helpEmail: 'Your email address',
  /** Under the address once consent is ticked; replaces the comment's "leave out personal details". */
  helpEmailHint: 'We’ll use your email only to reply about this. Please leave out other personal details.',
  helpEmailInvalid: 'Please enter an email address such as name@example.com.',
};

export type HelpStrings = typeof enHelp;
