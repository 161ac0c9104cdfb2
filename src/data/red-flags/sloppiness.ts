// Careless writing. LinkedIn and Indeed both list spelling and grammar mistakes among job-scam
// signs: a real employer's posting goes through several hands. Weak alone (typos happen), so low.
import type { SignalRuleInput } from '../schema.ts';

// Common English misspellings (our own list of frequent typing and spelling errors), each a whole word.
// None may be a correct word in another language a posting could be written in: "profesional"
// (Spanish, Indonesian) and "responsable" (French, Spanish) were, and flagged honest postings.
const MISSPELLINGS = [
  'recieve', 'recieved', 'recieving', 'seperate', 'seperately', 'untill', 'occured', 'occuring', 'thier', 'alot',
  'definately', 'definatly', 'responsibilty', 'responsibilites', 'oppurtunity', 'oppurtunities', 'oppertunity', 'oportunity',
  'experiance', 'expierence', 'enviroment', 'enviornment', 'managment', 'buisness', 'bussiness', 'sucessful', 'succesful',
  'successfull', 'proffesional', 'adress', 'begining', 'calender', 'commited', 'goverment', 'gaurantee',
  'garantee', 'independant', 'knowlege', 'neccessary', 'necesary', 'noticable', 'occurence', 'prefered', 'reccomend',
  'recomend', 'refered', 'relevent', 'tommorow', 'truely', 'acheive', 'acheived', 'accomodate', 'accomodation', 'aquire',
  'beleive', 'catagory', 'comming', 'completly', 'excercise', 'familar', 'finaly', 'foward', 'futher', 'immediatly',
  'intrest', 'knowledgable', 'maintainance', 'maintenence', 'occassion', 'offically', 'particulary', 'perminent',
  'posess', 'potentialy', 'privelege', 'publically', 'reccommend', 'scedule', 'shedule', 'similiar',
  'sincerly', 'strenght', 'succeded', 'suprise', 'transfered', 'unfortunatly', 'usefull', 'visable', 'writting',
  'orginization', 'oragnization', 'applicaton', 'posistion', 'salery', 'sallary', 'reponsible', 'resposibilities',
  'requirments', 'qualifcations', 'canidate', 'candiates',
  // More of the same kind, common in job ads: recruiting, organisation, commission, benefits, availability.
  'makeing', 'recruitng', 'recruting', 'recuiting', 'organazation', 'organiztion', 'orginisation', 'comission', 'commision',
  'becuase', 'recived', 'beggining', 'experince', 'expirience', 'requirment', 'canditate', 'acknowlege', 'reciept',
  'accross', 'collegue', 'collegues', 'grammer', 'interupt', 'persue', 'posession', 'remeber', 'wierd', 'freind',
  'basicly', 'apparantly', 'arguement', 'existance', 'embarass', 'concious', 'tendancy', 'threshhold', 'pursuade',
  'oppotunity', 'opprtunity', 'benifits', 'benfits', 'insurence', 'employement', 'availible', 'avaliable', 'avalable',
  'responsibilties', 'responsibilies', 'immediatley', 'communciation', 'comunication', 'communcation', 'excellant',
  'sucessfull', 'proffessional', 'managament', 'maintainence', 'techincal',
];

export const sloppinessRules: SignalRuleInput[] = [
  {
    id: 'all-caps-shouting',
    kind: 'check',
    check: 'shouting',
    severity: 'low',
    title: 'Sentences in capitals',
    explanation:
      'Whole sentences in capital letters ("CONTACT US IMMEDIATELY FOR PLACEMENT") are how hurried or copied scam posts shout; employers\' own postings rarely do. Weak alone — read it together with the other signals.',
    params: { minRun: 5 },
    examples: {
      positive: [
        'PLEASE SEND YOUR DETAILS TO OUR MANAGER TODAY for placement.',
        'EARN MONEY FAST FROM HOME TODAY!\nSend your details to our manager.',
      ],
      negative: [
        'Tools: SQL, AWS, HTML, CSS, PHP and GCP.',
        'Please send your details to our manager today.',
        // A section heading in capitals, alone on its line, is ordinary layout.
        'EXPERIENCE AND SKILLS YOU SHOULD HAVE\nThree years of Python and a taste for clean code.',
      ],
    },
  },
  {
    id: 'spelling-mistakes',
    severity: 'low',
    title: 'Spelling mistakes',
    explanation:
      'The posting misspells common words. Employers proofread their postings; scam posts, often written in a hurry or translated, are full of such slips (LinkedIn, Indeed). One typo proves nothing — read it together with the other signals, and check the company through its own website.',
    triggers: MISSPELLINGS,
    patterns: [String.raw`\b(?:${MISSPELLINGS.join('|')})\b`],
    // Proofreading and writing-evaluation postings quote misspellings as examples of the work.
    unless: [String.raw`\b(?:typos?|misspell\w{0,4}|spelling|spelt|proofread\w{0,3}|such\sas\s['"“‘])`],
    // Two different misspelled words: across ~3,400 labelled postings no honest one has them.
    escalate: {
      distinct: 2,
      severity: 'medium',
      title: 'Several spelling mistakes',
      explanation:
        'The posting misspells several different common words. Employers proofread their postings; scam posts, written in a hurry, copied or translated, are full of such slips (LinkedIn, Indeed). Check the company through its own website before you send anything.',
    },
    examples: {
      positive: ['You will recieve your first task after the call.', 'Great oppurtunity for a proffesional reviewer.'],
      negative: [
        'You will receive your first task after the call.',
        'Flag spelling errors in model answers, such as "recieve" for "receive".',
        // Correct words in Spanish, Indonesian and French postings.
        'Buscamos un traductor profesional con experiencia.',
        'Nous recherchons un responsable des ventes pour notre équipe.',
      ],
    },
  },
];
