import type { Strings } from '../en.js';

/**
 * Portuguese for Portugal and Brazil alike: wording both read naturally, without "você"/"tu"
 * (the verb alone carries the address) and without gendered adjectives.
 */
const pt: Strings = {
  region: 'A sua opinião',
  question: 'Como se sentiu?',
  ratings: ['Muito mal', 'Mal', 'Nem bem nem mal', 'Bem', 'Muito bem'],
  emotionsLegend: 'Alguma destas palavras se aplica? (opcional)',
  emotions: {
    frustrated: 'Frustração',
    confused: 'Confusão',
    worried: 'Preocupação',
    disappointed: 'Decepção',
    annoyed: 'Irritação',
    unsure: 'Incerteza',
    indifferent: 'Indiferença',
    patient: 'Paciência',
    curious: 'Curiosidade',
    fine: 'Tudo bem',
    happy: 'Alegria',
    relieved: 'Alívio',
    reassured: 'Tranquilidade',
    delighted: 'Entusiasmo',
    surprised: 'Surpresa agradável',
  },
  commentLabel: 'Quer acrescentar algo? (opcional)',
  commentHint: 'Não inclua dados pessoais, como nome, e-mail ou número do pedido.',
  send: 'Enviar',
  close: 'Fechar',
  promptAvailable: 'Questionário no final da página: {question}',
  thanks: 'Obrigado! Com a sua resposta, podemos melhorar.',
  savedOffline: 'Obrigado! A sua resposta foi guardada e será enviada quando voltar a estar online.',
  minimized: 'Questionário minimizado. Pode ser reaberto a qualquer momento.',
  dontAsk: 'Não perguntar novamente',
  privacyLink: 'Como usamos a sua resposta',
  charactersLeft: { one: 'Resta {count} caractere', other: 'Restam {count} caracteres' },
  effortQuestion: 'Foi fácil fazer o que vim fazer aqui.',
  effortLabels: [
    'Discordo totalmente',
    'Discordo',
    'Discordo em parte',
    'Não concordo nem discordo',
    'Concordo em parte',
    'Concordo',
    'Concordo totalmente',
  ],
  satisfactionQuestion: 'Como avalia esta etapa?',
  satisfactionLabels: [
    'Muito insatisfatória',
    'Insatisfatória',
    'Nem satisfatória nem insatisfatória',
    'Satisfatória',
    'Muito satisfatória',
  ],
};

export default pt;
