import type { LocaleStrings } from '../en.js';

/**
 * French, addressing the shopper as "vous". Nouns and gender-neutral turns instead of
 * "satisfait·e"-style agreement; a narrow no-break space before ? ! ; as French typography wants.
 */
const fr: LocaleStrings = {
  region: 'Votre avis',
  question: 'Comment l’avez-vous vécu\u202f?',
  ratings: ['Très mal', 'Plutôt mal', 'Ni bien ni mal', 'Plutôt bien', 'Très bien'],
  emotionsLegend: 'Des mots qui vous parlent\u202f? (facultatif)',
  emotions: {
    frustrated: 'Frustration',
    confused: 'Incompréhension',
    worried: 'Inquiétude',
    disappointed: 'Déception',
    annoyed: 'Agacement',
    unsure: 'Hésitation',
    indifferent: 'Indifférence',
    patient: 'Patience',
    curious: 'Curiosité',
    fine: 'Ça va',
    happy: 'Joie',
    relieved: 'Soulagement',
    reassured: 'Sérénité',
    delighted: 'Enthousiasme',
    surprised: 'Bonne surprise',
  },
  commentLabel: 'Autre chose à ajouter\u202f? (facultatif)',
  commentHint: 'Merci de ne pas indiquer de données personnelles (nom, e-mail, numéro de commande…).',
  send: 'Envoyer',
  close: 'Fermer',
  promptAvailable: 'Questionnaire en bas de la page\u00a0: {question}',
  thanks: 'Merci\u202f! Votre réponse nous aide à nous améliorer.',
  savedOffline: 'Merci\u202f! Votre réponse est enregistrée\u202f; nous l’enverrons dès votre retour en ligne.',
  minimized: 'Questionnaire réduit. Vous pouvez le rouvrir à tout moment.',
  dontAsk: 'Ne plus me demander',
  privacyLink: 'Comment nous utilisons votre réponse',
  charactersLeft: { one: '{count} caractère restant', other: '{count} caractères restants' },
  effortQuestion: 'Il a été facile de faire ici ce que je voulais.',
  effortLabels: [
    'Pas du tout d’accord',
    'Pas d’accord',
    'Plutôt pas d’accord',
    'Ni d’accord ni pas d’accord',
    'Plutôt d’accord',
    'D’accord',
    'Tout à fait d’accord',
  ],
  satisfactionQuestion: 'Comment évaluez-vous cette étape\u202f?',
  satisfactionLabels: [
    'Très insatisfaisante',
    'Insatisfaisante',
    'Ni satisfaisante ni insatisfaisante',
    'Satisfaisante',
    'Très satisfaisante',
  ],
  recommendQuestion: 'Quelle est la probabilité que vous nous recommandiez à un proche ou à un collègue\u202f?',
  recommendLabels: ['Pas du tout probable', 'Extrêmement probable'],
  helpThanks:
    'Merci de nous l’avoir signalé. Nous sommes désolés que cela ne se soit pas mieux passé\u00a0: nous sommes là pour vous aider.',
  helpLink: 'Obtenir de l’aide',
  helpPhone: 'Appelez-nous\u00a0: {phone}',
  helpEvent: 'Discuter avec nous',
  helpContact: 'Pouvons-nous vous contacter à ce sujet\u202f?',
  helpEmail: 'Votre adresse e-mail',
  helpEmailHint:
    'Nous n’utiliserons votre e-mail que pour vous répondre à ce sujet. Merci de ne pas indiquer d’autres données personnelles.',
  helpEmailInvalid: 'Veuillez saisir une adresse e-mail, par exemple nom@example.com.',
};

export default fr;
