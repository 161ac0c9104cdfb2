// The same scam signals as they are written in Spanish, Portuguese, French, German and Italian (and,
// for the task-scam script's lines on pay, ease and the side job, Indonesian; for its lines on daily
// pay, being "selected" and the side job, Vietnamese and Arabic).
// Task scams and fee scams reach people in their own language, and a rule written only in English
// says nothing about them. Each entry adds patterns, trigger words and examples to
// the English rule (red flag or healthy signal) of the same id, so the user sees one warning with
// one explanation.
//
// Written for these languages' regexes: \w and \b only know ASCII letters, so gaps between words
// are \S runs and no \b stands next to an accented letter; accented letters are also matched
// without their accent ([oó]), which informal postings often drop.
import { CHAT_APP } from './contact-channels.ts';

export interface OtherLanguageAddition {
  triggers: string[];
  patterns: string[];
  /** Added to the rule's `unless` (same sentence). */
  unless?: string[];
  /** Added to the rule's params.unlessAnywhere (whole posting). */
  unlessAnywhere?: string[];
  examples: { positive: string[]; negative: string[] };
}

/** "no", "never", "without" in the five languages, before a word within a few words. */
const NOT = String.raw`(?:no|nunca|jam[aá]s|sin|ning[uú]n\S*|n[aã]o|sem|nenhum\S*|ne|pas|sans|aucun\S*|jamais|nicht|kein\S*|nie|niemals|ohne|non|mai|senza|nessun\S*)`;

/** NOT without "no", which is also Portuguese for "on the". */
const NOT_BUT_NO = String.raw`(?:nunca|jam[aá]s|sin|ning[uú]n\S*|n[aã]o|sem|nenhum\S*|ne|pas|sans|aucun\S*|jamais|nicht|kein\S*|nie|niemals|ohne|non|mai|senza|nessun\S*)`;

/** A deposit or top-up, in the five languages. */
const DEPOSIT = String.raw`dep[oó]sit\S{0,4}|recarg\S{0,5}|recarreg\S{0,5}|d[ée]p[oô]t\S{0,2}|d[ée]pos\S{0,5}|recharg\S{0,4}|versament\S|versa\S{0,4}|ricaric\S{0,4}`;
/** What a task app unlocks or releases. */
const UNLOCK = String.raw`desbloque\S*|liberar|retirar|sacar|continuar|acceder|acessar|d[ée]bloquer|retirer|continuer|acc[ée]der|sbloccare|prelevare|continuare|accedere`;
/** The things of a task app: tasks, orders, levels, earnings, commissions, balance, account, withdrawal. */
const TASK_THINGS = String.raw`tareas?|tarefas?|t[aâ]ches?|aufgaben|auftr[äa]ge|compiti|attivit[aà]|pedidos|[oó]rdenes|commandes|ordini|niveles?|n[ií]vel|niveau|livello|stufe|ganancias?|ganhos?|gains|guadagni|comisi[oó]n(?:es)?|comiss[oõ](?:es)?|commissions?|provision(?:en)?|commissioni|saldo|solde|guthaben|fondos|fundos|fonds|retiros?|saques?|retraits?|auszahlung|prelievi|prelievo|cuenta|conta|compte|konto|conto`;

/** Not followed by the field the experience is in ("en IA", "mit KI"), one word later at most. */
const ONLY_EXPERIENCE = String.raw`(?!\s(?:\S{1,12}\s)?(?:en|em|in|dans|mit|con|com|nel|nella|nei|de|di|da|do|na|no)\s)`;

/** "Nunca te cobraremos", "não cobramos", "nous ne demandons jamais", "Anmeldung kostenlos": the no-fee promise. */
const NEVER_CHARGE_OTHER_LANGUAGES = [
  String.raw`\b(?:nunca|jam[aá]s)\s(?:te\s|le\s|les\s|os\s|lhe\s|vos\s)?(?:cobra\S*|pedi\S*|solicita\S*)`,
  String.raw`\bn[aã]o\s(?:cobramos|cobra|pedimos)\b`,
  String.raw`\bne\s(?:vous\s)?(?:demandons|demanderons|facturons|factureront)\sjamais\b`,
  String.raw`\b(?:verlangen|erheben|berechnen)\s(?:\S{1,10}\s){0,2}(?:keine|niemals)\b`,
  String.raw`\bnon\s(?:chiediamo|chiederemo|addebitiamo)\b`,
  String.raw`\b(?:inscripci[oó]n|registro|cadastro|inscri[cç][aã]o|inscription|anmeldung|bewerbung|iscrizione)\s(?:\S{1,6}\s)?(?:gratis|gratuit\S*|kostenlos)`,
];

/**
 * "por hora", "pro Stunde", "al mes", "de l'heure", "por tarea". Accented words spelled out, not
 * as [eê]: a class would hide the word from the filter that skips sentences without it.
 */
const PER_PERIOD = String.raw`(?:\/\s?|por\s|par\s|pro\s|per\s|al\s|a\sla\s|de\sl['’]\s?|de\s)(?:hora|heure|stunde|ora|uur|mes|mês|mois|monat|mese|año|ano|jahr|anno|tarea|tarefa|tache|tâche|aufgabe|compito)\b`;

const PER_DAY_OR_WEEK = String.raw`(?:(?:al|por|cada|ao|par|chaque|pro|ogni|a|alla|la)\s(?:d[ií]a|dia|semana|jour|semaine|tag|woche|giorno|settimana)\b|diari[oa]s?\b|t[äa]glich|w[öo]chentlich)`;

/** Being paid or earning, in the five languages: what a paid follow or like is offered for. */
const PAID = String.raw`pag\S{0,5}|gan[ae]\S{0,3}|ganh\S{0,3}|gagn\S{0,3}|verdien\S{0,3}|guadagn\S{0,4}|comisi\S{0,4}|comiss\S{0,4}|commission\S{0,2}|bezahl\S{0,3}`;
/** A phone, and a few minutes of work (the task scam's "minutes a day on your phone"). */
const PHONE = String.raw`tel[ée]fonos?|celular|m[óo]vil|telem[óo]vel|t[ée]l[ée]phone|portable|handy|smartphone|cellulare|telefonino`;
const FEW_MINUTES = String.raw`(?:unos|pocos|algunos|alguns|poucos|quelques|wenigen|wenige|pochi|alcuni)\s(?:minutos|minutes|minuten|minuti)`;
/** The same in Indonesian. */
const PONSEL = String.raw`ponsel|hp|handphone|smartphone`;
const FEW_MENIT = String.raw`(?:beberapa|\d{1,2}(?:\s?(?:-|hingga|sampai)\s?\d{1,2})?)\smenit`;

export const otherLanguageAdditions: Readonly<Record<string, OtherLanguageAddition>> = {
  'messaging-app-contact': {
    triggers: [],
    patterns: [
      // "Contáctanos por WhatsApp", "fale conosco pelo WhatsApp", "écrivez-nous sur Telegram", "schreiben Sie uns über WhatsApp".
      String.raw`\b(?:cont[aá]ct\S{0,8}|escr[ií]b\S{0,8}|env[ií]\S{0,8}|mand\S{0,6}|habl\S{0,6}|fal[ae]\S{0,6}|chame|chama|[ée]cri\S{0,8}|kontaktier\S{0,4}|schreib\S{0,4}|meld\S{0,4}|contatt\S{0,6}|scriv\S{0,6}|aggiung\S{0,6}|agreg\S{0,6}|añad\S{0,6}|adicion\S{0,6}|ajout\S{0,6}|neem\scontact|stuur)\s(?:\S{1,15}\s){0,3}(?:por|v[ií]a|pelo|pela|no|na|en|sur|par|[üu]ber|per|su|tramite|op|met|al|ao)\s(?:\S{1,10}\s)?(?:${CHAT_APP})\b`,
      // "Por favor añada mi WhatsApp", "adicione meu WhatsApp", "ajoutez mon Telegram": the sender's own chat account.
      String.raw`\b(?:añad\S{0,6}|agreg\S{0,6}|adicion\S{0,6}|ajout\S{0,6}|aggiung\S{0,6}|escr[ií]b\S{0,8}|chame|chama)\s(?:mi|mis|meu|nuestro|nosso|mon|notre|il\smio|al\smio)\s(?:n[uú]mero\s(?:de\s)?)?(?:${CHAT_APP})\b`,
      // "grupo de WhatsApp", "número do WhatsApp", "canal de Telegram": the chat account handed over, as "WhatsApp group" and "Telegram number" are in English.
      String.raw`\b(?:grupo|canal|n[uú]mero|contato|contacto)\s(?:de|do|da|del)\s(?:${CHAT_APP})\b`,
      // "solo por WhatsApp", "apenas pelo Telegram", "uniquement via WhatsApp", "nur über Telegram".
      String.raw`\b(?:solo|solamente|[uú]nicamente|apenas|somente|uniquement|seulement|nur|ausschlie\S*|soltanto)\s(?:por|v[ií]a|pelo|pela|no|en|sur|par|[üu]ber|per|su|tramite)\s(?:${CHAT_APP})\b`,
    ],
    unless: [
      // Portuguese "no" is "on the": "mande uma mensagem no WhatsApp" asks for the chat. Only a "no" that
      // starts its clause ("No WhatsApp, no fees") or has words after it ("no usamos WhatsApp") negates.
      // Nor "no nosso grupo do WhatsApp" (in our WhatsApp group): a Portuguese possessive or noun after it.
      String.raw`\b${NOT_BUT_NO}\s(?:\S{1,16}\s){0,4}(?:${CHAT_APP})\b|\bno\s(?!(?:nosso|nossa|meu|minha|seu|sua|grupo|canal|n[uú]mero|link|perfil|contato)\b)(?:\S{1,16}\s){1,4}(?:${CHAT_APP})\b|(?<![\p{L}\d]\s?)\bno\s(?:${CHAT_APP})\b`,
      // Support work done over chat apps: "atenderás a clientes por WhatsApp".
      String.raw`\b(?:clientes?|clients?|kunden|clienti|usuarios|usu[aá]rios|utilisateurs|nutzer|utenti)\s(?:\S{1,12}\s){0,3}(?:por|v[ií]a|pelo|pela|en|sur|par|[üu]ber|per|su|tramite)\s(?:${CHAT_APP})\b`,
    ],
    examples: {
      positive: ['Contáctanos por WhatsApp para recibir tus primeras tareas.', 'Fale conosco pelo WhatsApp para começar hoje.', 'Contact uniquement via Telegram.', 'Schreiben Sie uns über WhatsApp, um zu starten.', 'Scrivici su Telegram per i dettagli.', 'Abbiamo ricevuto il tuo curriculum. Aggiungi questo numero su WhatsApp.', 'Registro fácil. Por favor añada mi WhatsApp.', 'Para se candidatar, envie uma mensagem no WhatsApp.', 'Entre no nosso grupo do WhatsApp para receber as tarefas.'],
      negative: ['Nunca te contactaremos por WhatsApp ni Telegram.', 'No WhatsApp, no Telegram: solo el portal de empleo.', 'No usamos WhatsApp para contratar.', 'Atenderás a clientes por WhatsApp y correo electrónico.', 'Wir kontaktieren Sie niemals über WhatsApp.'],
    },
  },
  'unsolicited-job-offer': {
    triggers: ['historial', 'currículum', 'curriculum', 'currículo', 'curriculo', 'cv', 'perfil', 'profil', 'selezionato', 'selezionata', 'seleccionado', 'seleccionada', 'selecionado', 'selecionada', 'sélectionné', 'sélectionnée', 'ausgewählt', 'selectat', 'selectată', 'selectata', 'ales', 'aleasă', 'aufmerksamkeit', 'atención', 'atencion', 'atenção', 'atencao', 'attention', 'attenzione', 'اختيارك'],
    patterns: [
      // "Sei stato selezionato per un lavoro online", "has sido seleccionada para un trabajo desde casa", "vous avez
      // été sélectionné pour un emploi à temps partiel", "Sie wurden für einen Online-Job ausgewählt": picked for
      // home or online work nobody applied for, the task scam's first line.
      String.raw`\b(?:sei\sstat[oa]|[eè]\sstat[oa]|fuiste|has\ssido|ha\ssido|foi|vous\savez\s[ée]t[ée]|tu\sas\s[ée]t[ée])\s(?:selezionat[oa]|seleccionad[oa]|selecionad[oa]|s[ée]lectionn[ée]e?)\s(?:per|para|pour)\s(?:un|una|um|uma|le|la|el|o|a)\s(?:\S{1,12}\s)?(?:lavoro|impiego|trabajo|empleo|puesto|trabalho|emprego|vaga|emploi|travail|poste|job)\s(?:\S{1,10}\s)?(?:online|on-line|en\sl[ií]nea|da\scasa|desde\scasa|de\scasa|em\scasa|[àa]\sdomicile|[àa]\sdistance|remot[oa]|part[- ]time|a\stiempo\sparcial|[àa]\stemps\spartiel|a\stempo\sparziale|meio\sper[ií]odo)`,
      // "Ihr Werdegang hat die Aufmerksamkeit mehrerer Online-Personalvermittler erregt", "su perfil ha llamado la
      // atención de varios reclutadores en línea": the same script as the resume "recommended by agencies".
      String.raw`\b(?:werdegang|lebenslauf|profil|perfil|curr[ií]cul(?:um|o)|cv|parcours|carriera|trajet[oó]ria|trayectoria)\s(?:\S{1,12}\s){0,2}(?:hat|ha|tem|a|foi|fue|è)\s(?:\S{1,12}\s){0,2}(?:aufmerksamkeit|atenci[oó]n|aten[cç][aã]o|attention|attenzione|interesse|inter[ée]s)\s(?:\S{1,12}\s){0,3}(?:\S*personalvermittl\S*|\S*recruiter\S*|reclutador\S*|recrutador\S*|recruteur\S*|reclutator\S*|selezionator\S*|agenc\S*|agenzi\S*|ag[eê]nci\S*|headhunter\S*)`,
      // Romanian: "Ați fost selectat pentru angajare cu normă parțială" (selected for part-time work).
      String.raw`\b(?:a[țţt]i|ai)\sfost\s(?:selectat[aă]?|ales|aleas[aă])\s(?:pentru|pt\.?)\s(?:angajare|un\sjob|un\sloc\sde\smunc[aă]|o\sslujb[aă]|un\spost)\s(?:\S{1,10}\s){0,2}(?:cu\snorm[aă]\spar[țţt]ial[aă]|online|de\sacas[aă]|part[- ]time|remote|la\sdistan[țţt][aă])`,
      // Arabic: "تم اختيارك للعمل بدوام جزئي عبر الإنترنت" (you have been selected for part-time online work).
      String.raw`تم\sاختيارك\s(?:\S{1,12}\s){0,3}(?:بدوام\sجزئي|عبر\sالإنترنت|من\sالمنزل|أونلاين)`,
      String.raw`\bsie\swurden\s(?:\S{1,12}\s)?f[üu]r\s(?:einen|eine|ein)\s(?:\S{1,12}\s)?(?:online-?job|nebenjob|heimarbeit\S*|home-?office-?job|teilzeitjob|minijob)\s(?:\S{1,12}\s)?ausgew[äa]hlt\b`,
      // "Su historial y currículum aparecen en muchas agencias de búsqueda de empleo en línea", "seu currículo foi recomendado por agências de emprego".
      String.raw`\b(?:historial|curr[ií]cul(?:um|o)|cv|perfil|profil)\s(?:\S{1,12}\s){0,3}(?:aparece\S{0,2}|(?:ha|han|foi|fue|a\s[ée]t[ée])\s(?:sido\s)?recomendad\S{0,2}|recomendad\S{0,2}|recommand\S{0,3})\s(?:\S{1,12}\s){0,3}(?:agencias?|ag[eê]ncias?|agences?|plataformas?|plateformes?|sitios?|sites?|empresas?)\s(?:\S{1,12}\s){0,3}(?:empleo|trabajo|reclutamiento|contrataci[oó]n|emprego|recrutamento|recrutement|emploi)\b`,
    ],
    examples: {
      positive: ['¡Hola! Hemos notado que su historial y currículum aparecen en muchas agencias de búsqueda de empleo en línea.', 'Seu currículo foi recomendado por várias agências de emprego online.', 'Buna! Ati fost selectat pentru angajare cu norma partiala.', 'Ciao! Sei stata selezionata per un lavoro online molto semplice.', 'Has sido seleccionado para un trabajo desde casa.', 'Vous avez été sélectionnée pour un emploi à temps partiel.', 'Você foi selecionado para uma vaga online.', 'Sie wurden für einen Online-Job ausgewählt.', 'Ihr Lebenslauf hat die Aufmerksamkeit mehrerer Online-Personalvermittler erregt.', 'Su perfil ha llamado la atención de varios reclutadores en línea.', 'مبروك، تم اختيارك كموظفة بدوام جزئي في متجرنا.'],
      negative: ['Envía tu currículum a través de nuestra plataforma de empleo.', 'Suba seu currículo no site de recrutamento da empresa.', 'Has sido seleccionado para la entrevista final del puesto de enfermería.', 'Sie wurden für ein Vorstellungsgespräch ausgewählt.', 'Ihr Profil hat unsere Aufmerksamkeit erregt; bitte bewerben Sie sich über unser Karriereportal.', 'تم اختيارك لمقابلة العمل النهائية في مقر الشركة.'],
    },
  },
  'fee-to-apply-or-train': {
    triggers: ['cuota', 'tarifa', 'costo', 'coste', 'cargo', 'pago', 'taxa', 'custo', 'pagamento', 'frais', 'gebühr', 'gebühren', 'anmeldegebühr', 'bearbeitungsgebühr', 'registrierungsgebühr', 'schulungsgebühr', 'aktivierungsgebühr', 'vermittlungsgebühr', 'bewerbungsgebühr', 'quota', 'tassa'],
    patterns: [
      String.raw`\b(?:cuota|tarifa|costo|coste|cargo|pago)\s(?:\S{1,10}\s)?de\s(?:inscripci[oó]n|registro|solicitud|capacitaci[oó]n|formaci[oó]n|activaci[oó]n|entrenamiento|afiliaci[oó]n|membres[ií]a|tr[aá]mite|examen|certificaci[oó]n)`,
      String.raw`\b(?:taxa|custo|pagamento)\s(?:\S{1,10}\s)?de\s(?:inscri[cç][aã]o|cadastro|registro|ativa[cç][aã]o|treinamento|capacita[cç][aã]o|matr[ií]cula|ades[aã]o|certifica[cç][aã]o)`,
      String.raw`\bfrais\s(?:d['’]\s?(?:inscription|adh[ée]sion|activation|examen)|de\s(?:dossier|formation|traitement|certification|candidature))`,
      String.raw`\b(?:anmelde|bearbeitungs|registrierungs|schulungs|aktivierungs|vermittlungs|bewerbungs|aufnahme)geb[üu]hr(?:en)?\b`,
      String.raw`\b(?:quota|tassa|costo)\s(?:\S{1,10}\s)?di\s(?:iscrizione|registrazione|attivazione|formazione|adesione|certificazione)`,
      // A fee with an amount. Not "tarifa" or "taxa": those are also a pay rate ("tarifa de 15 USD por hora").
      String.raw`\b(?:cuota|frais|geb[üu]hr(?:en)?|tassa)\s(?:\S{1,10}\s)?(?:de|d['’]|von|di)\s?(?:\$|€|£|usd|eur|r\$|us\$|mxn|cop|ars|clp|pen|brl)?\s?\d`,
    ],
    unless: [String.raw`\b${NOT}\s(?:\S{1,15}\s){0,3}(?:cuota|tarifa|costo|coste|cargo|pago|taxa|custo|frais|geb[üu]hr|quota|tassa|costi)`],
    unlessAnywhere: NEVER_CHARGE_OTHER_LANGUAGES,
    examples: {
      positive: ['Debes pagar una cuota de inscripción de 30 USD antes de empezar.', 'É cobrada uma taxa de cadastro de R$ 50.', "Des frais d'inscription de 30 € sont à payer avant de commencer.", 'Eine Anmeldegebühr von 25 € ist im Voraus zu zahlen.', 'È richiesta una quota di iscrizione di 40 euro.'],
      negative: ['No hay ninguna cuota de inscripción.', 'La tarifa de 15 USD por hora se paga cada semana.', 'Nunca te cobraremos nada por trabajar con nosotros. Cuota de inscripción: ninguna.', 'Il n’y a pas de frais de dossier.'],
    },
  },
  'deposit-to-unlock-tasks': {
    triggers: ['depósito', 'depositar', 'deposite', 'deposita', 'recarga', 'recargar', 'recargue', 'recarregar', 'recarregue', 'dépôt', 'déposer', 'déposez', 'recharger', 'rechargez', 'einzahlung', 'einzahlen', 'aufladen', 'versamento', 'versare', 'ricarica', 'ricaricare'],
    // As in English, the deposit must unlock something of the task app (tasks, earnings, the
    // account), not just be how pay arrives ("depósito bancario para que puedas retirar tu dinero").
    patterns: [
      // "un depósito inicial de 50 USDT para desbloquear las tareas", "um depósito para liberar as tarefas".
      String.raw`\b(?:${DEPOSIT})\s(?:\S{1,15}\s){0,8}(?:para|pour|per|afin\sde)\s(?:\S{1,10}\s)?(?:${UNLOCK})\s(?:\S{1,12}\s){0,3}(?:${TASK_THINGS})`,
      // The other order: "para desbloquear las tareas de nivel VIP debes hacer un depósito".
      String.raw`\b(?:para|pour|per|afin\sde)\s(?:\S{1,10}\s)?(?:${UNLOCK})\s(?:\S{1,12}\s){0,3}(?:${TASK_THINGS})\S*\s(?:\S{1,15}\s){0,8}(?:${DEPOSIT})`,
      // German puts the object first: "eine Einzahlung, um die Aufgaben freizuschalten".
      String.raw`\b(?:einzahl\S{0,4}|aufladen)\s(?:\S{1,15}\s){0,8}(?:um|zum|zur|damit)\s(?:\S{1,12}\s){0,3}(?:${TASK_THINGS})\S*\s(?:\S{1,10}\s)?(?:freizuschalten|freischalten|auszuzahlen|abzuheben|fortzufahren)`,
      // "recarga tu cuenta", "recarregue sua conta", "rechargez votre compte", "ricarica il tuo conto".
      String.raw`\b(?:recarg\S{0,5}|recarreg\S{0,5}|recharg\S{0,4}|ricaric\S{0,4})\s(?:(?:tu|su|sua|seu|a\ssua|o\sseu|votre|ton|il\stuo|la\stua)\s)?(?:cuenta|saldo|conta|compte|solde|conto)\b`,
      String.raw`\b(?:konto|guthaben)\s(?:\S{1,10}\s)?aufladen\b`,
    ],
    unless: [String.raw`\b${NOT}\s(?:\S{1,16}\s){0,4}(?:dep[oó]sit|recarg|d[ée]p[oô]t|einzahl|versament)`],
    examples: {
      positive: ['Para desbloquear las tareas de nivel VIP debes hacer un depósito inicial de 50 USDT.', 'É necessário fazer um depósito para liberar as tarefas.', 'Rechargez votre compte pour continuer.', 'Eine Einzahlung ist nötig, um die Aufgaben freizuschalten.', 'Recarga tu cuenta con 100 USDT.', 'Faites un dépôt pour débloquer vos commissions.'],
      negative: ['Nunca tendrás que hacer un depósito para trabajar.', 'Los pagos se hacen por depósito bancario para que puedas retirar tu dinero cada semana.', 'Pagamos por depósito para liberar o seu salário no dia 5.'],
    },
  },
  'paid-engagement-tasks': {
    triggers: ['instagram', 'tiktok', 'youtube', 'facebook', 'bewertungen', 'recensioni', 'valutazioni', 'avis', 'reseñas', 'valoraciones', 'calificaciones', 'avaliações', 'avaliacoes'],
    patterns: [
      // "helfen, Buchungen und Bewertungen zu optimieren", "ottimizzare le recensioni", "optimizar reseñas": the
      // "optimisation" of ratings that task scams pay for. Not products or orders: e-commerce jobs optimise those.
      String.raw`\b(?:optimi[sz]\S{0,6}|ottimizz\S{0,6}|otimiz\S{0,6}|optimier\S{0,6})\s(?:\S{1,12}\s){0,3}(?:rese[ñn]as|valoraciones|calificaciones|avalia[cç][oõ]es|avis|bewertungen|recensioni|valutazioni)\b`,
      String.raw`\b(?:bewertungen|rezensionen|recensioni|valutazioni|avis|rese[ñn]as|valoraciones|avalia[cç][oõ]es)\s(?:\S{1,12}\s){0,2}(?:zu\s)?(?:optimieren|ottimizzare|optimiser|optimizar|otimizar)\b`,
      // Paid to follow accounts or like videos: "pagare per aumentare la loro popolarità seguendo i loro account
      // Instagram", "gana dinero dando me gusta a videos de TikTok".
      String.raw`\b(?:${PAID})\s.{0,120}?\b(?:seguendo|seguire|seguir|seguindo|suivre|suivant|folgen|curtir|curtindo|liker|liken|me\sgusta|te\sgusten|mettere\smi\spiace|iscriver\S{0,2}|inscrever\S{0,2}|suscribir\S{0,2}|abonner)\s(?:\S{1,12}\s){0,4}(?:instagram|tiktok|youtube|facebook)\b`,
      String.raw`\b(?:seguendo|seguire|seguir|seguindo|suivre|folgen|curtir|liker|liken|dar\sme\sgusta|mettere\smi\spiace)\s(?:\S{1,12}\s){0,4}(?:instagram|tiktok|youtube|facebook)\b.{0,120}?\b(?:${PAID})`,
    ],
    examples: {
      positive: ['Wir suchen Leute, die einer Buchungsplattform helfen, Bewertungen zu optimieren.', 'Il tuo compito è ottimizzare le recensioni dei nostri clienti.', 'Marchi che vogliono pagare per aumentare la loro popolarità seguendo i loro account Instagram.', 'Gana dinero extra al dar me gusta a videos de TikTok desde casa.', 'Un trabajo sencillo que paga hasta 200€ al día para que te gusten los vídeos de YouTube.'],
      negative: ['Optimizar pedidos y productos de la tienda en línea.', 'Gestionarás las cuentas de Instagram y TikTok de la marca; salario competitivo.', 'Sie werten Kundenbewertungen aus und berichten der Geschäftsführung.'],
    },
  },
  'vague-simple-tasks': {
    triggers: ['minutos', 'minutes', 'minuten', 'minuti', 'menit'],
    patterns: [
      // "Cada trabajo se puede completar en unos minutos usando su teléfono móvil": minutes of work on a phone.
      String.raw`\b${FEW_MINUTES}\s.{0,60}?\b(?:${PHONE})\b`,
      String.raw`\b(?:${PHONE})\b.{0,60}?\b${FEW_MINUTES}\b`,
      // Indonesian: "yang Anda butuhkan hanyalah ponsel. 10 hingga 20 menit kerja paruh waktu".
      String.raw`\b(?:${PONSEL})\b.{0,60}?\b${FEW_MENIT}\b`,
      String.raw`\b${FEW_MENIT}\b.{0,60}?\b(?:${PONSEL})\b`,
    ],
    examples: {
      positive: ['Cada trabajo se puede completar en unos minutos usando su teléfono móvil.', 'Avec votre téléphone, chaque mission prend quelques minutes.', 'Jede Aufgabe dauert nur wenige Minuten auf dem Handy.', 'Cukup dengan ponsel, 10 hingga 20 menit kerja sehari.'],
      negative: ['La entrevista dura unos minutos por videollamada.', 'Bitte halten Sie Ihr Handy bereit; der Test dauert etwa 30 Minuten.'],
    },
  },
  'wont-affect-your-job': {
    triggers: ['afectar', 'afectará', 'interferirá', 'interferir', 'atrapalhar', 'atrapalha', 'afetar', 'afetará', 'interferire', 'interferirà', 'affecter', 'affectera', 'gêner', 'gêne', 'beeinträchtigen', 'beeinträchtigt', 'mengganggu', 'ganggu', 'يتعارض', 'يؤثر'],
    patterns: [
      // "sin afectar su trabajo normal", "no interferirá con su otro trabajo", "sem atrapalhar o seu trabalho",
      // "senza interferire con il tuo lavoro", "sans affecter votre travail actuel", "ohne Ihren Hauptjob zu
      // beeinträchtigen", and the Indonesian "tidak akan mengganggu pekerjaan utama Anda".
      // Arabic: "لن يتعارض هذا العمل مع وظيفتك الحالية" (this work will not conflict with your current job).
      String.raw`لن\s(?:يتعارض|يؤثر)\s(?:\S{1,12}\s){0,3}(?:مع|على)\s(?:\S{1,12}\s)?(?:عملك|وظيفتك|دوامك)`,
      String.raw`\b(?:sin|no|sem|n[aã]o|senza|non|sans|ne|ohne|nicht|tidak|tanpa)\s(?:\S{1,12}\s){0,2}(?:afecta\S{0,3}|interfer\S{0,4}|atrapalh\S{0,3}|afet\S{0,4}|affect\S{0,4}|g[êe]n\S{0,3}|beeintr[äa]chtig\S{0,3}|mengganggu|ganggu)\s(?:\S{1,10}\s){0,3}(?:trabajo|empleo|trabalho|emprego|lavoro|travail|emploi|hauptjob|hauptberuf|beruf|job|pekerjaan)\b`,
    ],
    examples: {
      positive: ['Puede obtener ingresos adicionales sin afectar su trabajo normal.', 'Es un trabajo de medio tiempo que no interferirá con su otro trabajo.', 'Pekerjaan ini sangat fleksibel dan tidak akan mengganggu pekerjaan utama Anda.', 'Un lavoro part-time che non interferirà con il tuo lavoro.', 'هذا العمل الإضافي لن يتعارض أبدا مع وظيفتك الحالية.'],
      negative: ['El horario no afecta las vacaciones del personal.', 'لن يؤثر التدريب على مواعيد الإجازات السنوية.', 'Die Tätigkeit ist mit dem Studium vereinbar.'],
    },
  },
  'guaranteed-income': {
    triggers: ['garantizado', 'garantizada', 'garantizados', 'garantizadas', 'garantizamos', 'garantido', 'garantida', 'garantidos', 'garantidas', 'garantimos', 'garanti', 'garantie', 'garantis', 'garanties', 'garantissons', 'garantiert', 'garantierte', 'garantiertes', 'garantierten', 'garantito', 'garantita', 'garantiti', 'garantite', 'garantiamo'],
    patterns: [
      // Not salary words: "sueldo base garantizado" is an ordinary sales term, as "guaranteed base salary" is in English.
      String.raw`\b(?:ingresos?|ganancias?|empleo|trabajo|renda|rendimentos?|ganhos?|lucros?|emprego|revenus?|gains?|emploi|einkommen|verdienst|job|stelle|guadagn[oi]|reddit[oi]|lavoro|posto)\s(?:\S{1,12}\s){0,2}(?:garantizad[oa]s?|garantid[oa]s?|garanti[es]{0,2}|garantit[oiae])\b`,
      String.raw`\bgarantiert\S{0,2}\s(?:\S{1,12}\s)?(?:einkommen|verdienst|job|stelle|auszahlung)`,
      String.raw`\b(?:garantizamos|garantimos|garantissons|garantiamo)\s(?:\S{1,12}\s){0,2}(?:ingresos?|ganancias?|empleo|trabajo|renda|ganhos?|emprego|revenus?|gains?|emploi|guadagn\S*|lavoro)`,
    ],
    unless: [String.raw`\b(?:no|n[aã]o|ne|pas|nicht|kein\S*|non|sin|sem|sans|ohne|senza)\s(?:\S{1,12}\s){0,3}(?:garantiz|garantid|garanti)`],
    examples: {
      positive: ['Ingresos garantizados desde el primer día.', 'Renda garantida trabalhando de casa.', 'Des revenus garantis chaque semaine.', 'Garantiertes Einkommen ohne Vorkenntnisse.', 'Guadagno garantito ogni settimana.'],
      negative: ['Los ingresos no están garantizados y dependen del volumen de tareas.', 'Sueldo base garantizado más comisiones.', 'Les revenus ne sont pas garantis.'],
    },
  },
  'earnings-hype': {
    triggers: ['gana', 'ganar', 'gane', 'ganhe', 'ganhar', 'gagnez', 'gagner', 'gagne', 'verdienen', 'verdiene', 'verdienst', 'guadagna', 'guadagnare', 'guadagni', 'guadagno', 'salário', 'salario', 'salaire', 'salaires', 'revenu', 'revenus', 'gain', 'gains', 'stipendio', 'stipendi', 'paga', 'ingresos', 'ganancias', 'renda', 'ganhos', 'tagesgehalt', 'tagesverdienst', 'gehalt', 'grundgehalt', 'retribuzione', 'rémunération', 'harian', 'ngày', 'kiếm', 'kumita', 'kazanabilirsiniz', 'kazanın', 'kazanabilir', 'kazanırsınız', 'ganando', 'ganhando', 'gagnant', 'اليومي', 'يومي', 'salariu', 'salariul', 'kroner', 'kronor', 'kr', '日', '兼'],
    patterns: [
      // "Salário diário: 500-1500 reais", the task scam's pay line in Portuguese (not Spanish "salario diario", a payroll term in Mexico).
      String.raw`\b(?:salário\sdi[aá]rio|salario\sdiário)\s?:?\s?(?:de\s)?(?:r\$\s?)?\d`,
      // A salary or income counted by the day, the task scam's pay line: "les salaires journaliers varient de
      // 300 à 1 000 euros", "stipendio giornaliero di 200 euro", "ingresos diarios de 300 dólares", "renda
      // diária de R$ 400". Not the Spanish "salario diario" (payroll, above) nor a contractor's day rate.
      String.raw`\b(?:salaires?\sjournaliers?|revenus?\sjournaliers?|gains?\sjournaliers?|stipendi?o?\sgiornalier[oi]|paga\sgiornaliera|guadagn[oi]\sgiornalier[oi]|ingresos\sdiarios|ganancias\sdiarias|renda\sdi[aá]ria|ganhos\sdi[aá]rios|tagesgehalt|tagesverdienst)\s(?:\S{1,12}\s){0,3}\S{0,4}\d`,
      // Indonesian: "gaji harian: Rp 200.000 - 2.000.000", "penghasilan harian Rp 500.000".
      String.raw`\b(?:gaji|penghasilan|pendapatan|upah)\sharian\s?:?\s?(?:\S{1,10}\s){0,2}(?:rp\.?\s?)?\d`,
      // Italian and French salaries are monthly too: "uno stipendio che varia da 100 a 300 euro al giorno",
      // "un salaire de 150 € par jour" is the task scam's day pay. (Not Spanish or Portuguese, where
      // day wages for day work are common and honest.)
      String.raw`\b(?:stipendi?o|retribuzione|salaire|rémunération)\s(?:\S{1,12}\s){0,4}\S{0,4}\d[\d.,]*(?:\s?(?:-|a|e|et|à)\s?\S{0,4}\d[\d.,]*)?\s?(?:\S{1,10}\s){0,2}(?:(?:al|ogni|alla|par|chaque)\s(?:giorno|jour)\b|giornalier[oi]|journaliers?)`,
      // German salaries are monthly: "ein Grundgehalt von 300 bis 800 Euro täglich" is a day's pay dressed as one.
      String.raw`\b(?:grund)?gehalt\s(?:\S{1,12}\s){0,3}\S{0,4}\d[\d.,]*(?:\s?(?:-|–|bis)\s?\S{0,4}\d[\d.,]*)?\s(?:\S{1,8}\s){0,2}(?:t[äa]glich|pro\stag|am\stag)\b`,
      // An amount a day or a week: "gana entre 300 y 800 dólares al día", "ganhe R$ 500 por dia", "verdienen Sie 300 € pro Tag". Not per hour.
      String.raw`\b(?:gan[ae]|ganar|ganando|ganhe|ganhar|ganhando|gagne[zr]?|gagnant|verdien\S{0,3}|guadagn\S{0,4})\s(?:\S{1,15}\s){0,3}\S{0,4}\d[\d.,]*(?:\s?(?:-|a|y|e|et|bis|à)\s?\S{0,4}\d[\d.,]*)?\s?(?:\S{1,10}\s){0,3}${PER_DAY_OR_WEEK}`,
      // Vietnamese: "từ 500.000 đồng đến 2 triệu đồng mỗi ngày" (a sum in dong each day).
      String.raw`\d[\d.,]*\s(?:triệu\s|nghìn\s|ngàn\s)?(?:đồng|vnđ|vnd)\s(?:mỗi|một|\/)\s?ngày`,
      // "Mỗi ngày kiếm ít nhất 800 k" (each day earn at least 800k), "kiếm 500k mỗi ngày".
      String.raw`\bmỗi\sngày\s(?:\S{1,8}\s)?kiếm\s(?:\S{1,8}\s){0,3}\d|\bkiếm\s(?:\S{1,8}\s){0,3}\d[\d.,]*\s?(?:k|triệu|nghìn|ngàn|đồng|vnđ)?\s(?:mỗi|một|\/)\s?ngày`,
      // Tagalog: "kumita ng 5K o higit pa sa isang linggo" (earn 5K or more in a week), "kumita ng ₱500 kada araw".
      String.raw`\bkumita\s(?:ng\s)?(?:hanggang\s)?\S{0,4}\d[\d,.]*\s?k?\s(?:\S{1,8}\s){0,4}(?:sa\s|kada\s|bawat\s)(?:isang\s)?(?:araw|linggo)\b`,
      // Turkish: "Boş zamanlarınızda kolayca 600-800 lira kazanabilirsiniz" (easily earn 600-800 lira in your free time).
      String.raw`\b(?:kolayca|boş\szaman\S*|evden|günde|günlük)\s(?:\S{1,15}\s){0,3}\d[\d.,]*(?:\s?-\s?\d[\d.,]*)?\s?(?:lira|tl|₺)\s(?:\S{1,10}\s)?kazan\S*`,
      // Romanian: "Salariu zilnic 50 euro - 200 euro" (daily salary).
      String.raw`\bsalariu(?:l)?\szilnic\s?:?\s?(?:\S{1,10}\s){0,2}\S{0,4}\d`,
      // Norwegian, Swedish, Danish: "flere tusen kroner i lønn hver dag", "500 kr om dagen" (kroner a day).
      String.raw`\b(?:kroner|kronor|kr)\s(?:i\s(?:lønn|lön|løn)\s)?(?:hver|varje|per|om|pr\.?)\s(?:dag|dagen)\b`,
      // Chinese: "网络兼职工资日结" (online part-time, wages paid daily), "日赚300" (earn 300 a day).
      String.raw`(?:网络|線上|线上|在家|手机|手機)兼[职職][^。！!？?]{0,30}(?:日结|日結|日赚|日賺|当天结算|當天結算)|(?:日结|日結|日赚|日賺)[^。！!？?]{0,30}(?:网络|線上|线上|在家|手机|手機)兼[职職]|(?:日赚|日賺)\s?\d`,
      // Arabic: "راتبك اليومي من 800 إلى 3000" (your daily salary from … to …), in the second person of a message.
      String.raw`(?:راتبك|دخلك|ربحك|أجرك)\s(?:ال)?يومي\s(?:\S{1,12}\s){0,3}\S{0,4}\d`,
    ],
    examples: {
      positive: ['Gana entre 300 y 800 dólares al día desde casa.', '¡Disfruta de un trabajo a tiempo parcial ganando entre 100 y 300 dólares al día!', 'Mỗi ngày kiếm ít nhất 800 k.', 'Boş zamanlarınızda kolayca 600-800 lira kazanabilirsiniz.', 'Gusto mo bang kumita ng 5K o higit pa sa isang linggo lang?', 'Ganhe R$ 500 por dia avaliando aplicativos.', 'Salário diário: 500-1500 reais.', 'Gagnez 200 € par jour.', 'Verdienen Sie 300 € pro Tag.', 'Guadagna 150 euro al giorno.', 'Les salaires journaliers varient de 250 à 900 euros, payés le jour même.', 'Wir bieten ein Grundgehalt von 200 bis 700 Euro täglich.', 'Uno stipendio giornaliero di 180 euro.', 'Con uno stipendio che varia da 100 a 300 euro al giorno.', 'Un salaire de 150 € par jour, payé chaque soir.', 'Ingresos diarios de 300 dólares desde tu celular.', 'Gaji harian: Rp 200.000 - 2.000.000.', 'Podrás ganar de 40 a 900 dólares o más al día.', 'Thu nhập từ 300.000 đồng đến 2 triệu đồng mỗi ngày.', 'راتبك اليومي من 800 إلى 3000 جنيه.', 'Salariu zilnic 50 euro - 200 euro.', 'Flere tusen kroner i lønn hver dag for en times innsats.', '诚聘网络兼职，工资日结。'],
      negative: ['Gana 15 USD por hora evaluando respuestas.', 'Lương 12 triệu đồng mỗi tháng, làm việc 8 giờ mỗi ngày.', 'الراتب الشهري 9000 ريال ويعمل الموظف 8 ساعات يوميا.', 'Sie verdienen 3.000 € pro Monat.', 'Salario diario integrado: 450 pesos, más prestaciones de ley.', 'Das Gehalt von 3.200 Euro wird monatlich überwiesen; die Arbeitszeit beträgt 8 Stunden täglich.', 'Le salaire journalier est fixé par la convention collective.', 'Lønn etter avtale, 37,5 timer per uke.', '餐厅招聘兼职服务员，工资日结，需到店工作。', 'Lo stipendio di 1.800 euro al mese, orario di 8 ore al giorno.', 'Salario de 300 pesos al día más prestaciones.'],
    },
  },
  'no-experience-easy-work': {
    triggers: ['experiencia', 'experiência', 'expérience', 'erfahrung', 'vorkenntnisse', 'esperienza', 'pengalaman', 'butuhkan', 'membutuhkan', 'usia', 'età', 'edad', 'idade', 'âge', 'alter'],
    // As in English, experience of a field is not the claim: "aucune expérience préalable en IA
    // n'est requise" says only that AI is new to the applicant (ONLY_EXPERIENCE).
    patterns: [
      String.raw`\b(?:sin|no\sse\s(?:requiere|necesita)|no\s(?:requiere|necesitas?|hace\sfalta))\s(?:\S{1,10}\s)?experiencia\b${ONLY_EXPERIENCE}`,
      String.raw`\b(?:sem|n[aã]o\s(?:precisa|[ée]\snecess[aá]ri[oa]|exige|requer))\s(?:\S{1,10}\s){0,2}experi[eê]ncia\b${ONLY_EXPERIENCE}`,
      String.raw`\b(?:sans|aucune)\s(?:\S{1,10}\s)?exp[ée]rience\b${ONLY_EXPERIENCE}`,
      String.raw`\b(?:keine|ohne)\s(?:\S{1,10}\s)?(?:erfahrung|vorkenntnisse)\b${ONLY_EXPERIENCE}`,
      String.raw`\b(?:senza|nessuna)\s(?:\S{1,10}\s)?esperienza\b${ONLY_EXPERIENCE}`,
      // Indonesian: "tanpa pengalaman", "tidak perlu pengalaman", "yang Anda butuhkan hanyalah ponsel".
      String.raw`\b(?:tanpa|tidak\sperlu|tidak\sbutuh|tidak\sdibutuhkan)\s(?:\S{1,10}\s)?pengalaman\b`,
      String.raw`\b(?:butuhkan|membutuhkan|perlukan)\s(?:hanyalah|hanya)\s(?:\S{1,10}\s)?(?:${PONSEL})\b`,
      // The age window as in English: "Usia: 22-60", "la fascia di età va dai 23 ai 55 anni", "edad de 20 a 60 años".
      String.raw`\b(?:usia|et[àa]|edad|idade|[âa]ge|alter)\s?:?\s(?:\S{1,12}\s){0,3}?(?:1[89]|2\d)\s?(?:-|–|a|ai|à|bis|hingga|sampai|y|e)\s?(?:[5-8]\d)\b`,
    ],
    examples: {
      positive: ['Sin experiencia previa, solo necesitas un celular.', 'Não precisa de experiência.', 'Aucune expérience requise.', 'Keine Erfahrung nötig.', 'Nessuna esperienza richiesta.', 'Tidak perlu pengalaman.', 'Yang Anda butuhkan hanyalah ponsel.', 'Usia: 22-60.', 'La fascia di età lavorativa va dai 23 ai 55 anni.'],
      negative: ['Se requieren tres años de experiencia clínica.', 'Experiência comprovada em revisão jurídica.', "Aucune expérience préalable en IA n'est requise.", 'Keine Erfahrung mit KI nötig.'],
    },
  },
  'crypto-transfer': {
    triggers: [],
    patterns: [
      String.raw`\b(?:pag\S{0,4}|env[ií]\S{0,4}|envi\S{0,4}|dep[oó]sit\S{0,4}|transfer\S{0,4}|recarg\S{0,4}|compr\S{0,4}|payez|payer|envoy\S{0,4}|achet\S{0,4}|zahl\S{0,4}|[üu]berweis\S{0,4}|kauf\S{0,4}|invi\S{0,4}|acquist\S{0,4})\s(?:\S{1,15}\s){0,5}(?:en\s|em\s|in\s|con\s|com\s|mit\s)?(?:bitcoin|btc|usdt|tether|cripto\S*|crypto\S*|krypto\S*|ethereum|trc20|erc20)\b`,
    ],
    unless: [
      String.raw`\b${NOT}\s(?:\S{1,16}\s){0,4}(?:pag|env|deposit|transfer|pay|envoy|zahl|invi)`,
      // The employer paying the worker is the salary (paid-in-crypto), not a transfer asked of the reader:
      // "te pagamos en USDT", "pagaremos em bitcoin", "nous vous payons en crypto", "wir zahlen in Bitcoin".
      String.raw`\b(?:pagamos|pagaremos|pagar[aá]n|pagamo|paghiamo|pagheremo|payons|paierons|zahlen\swir|wir\s(?:\S{1,10}\s)?zahlen|(?:te|le|les|lhe|lhes|ti|vi|vous|ihnen|dir)\s(?:\S{1,10}\s)?(?:pag\S*|pay\S*|zahl\S*))\b`,
    ],
    examples: {
      positive: ['Deposita 50 USDT para activar tu cuenta.', 'Envie o pagamento em bitcoin.', 'Payez les frais en crypto-monnaie.'],
      negative: ['Nunca te pediremos que envíes bitcoin.', 'We can pay in crypto or by bank transfer.', 'Te pagamos en USDT cada semana.', 'Nous vous payons en bitcoin chaque mois.'],
    },
  },
  // Healthy signals.
  'never-charges-fees': {
    triggers: ['nunca', 'jamás', 'jamas', 'não', 'jamais', 'ne', 'verlangen', 'erheben', 'berechnen', 'non', 'gratis', 'gratuita', 'gratuito', 'gratuite', 'gratuit', 'kostenlos'],
    patterns: NEVER_CHARGE_OTHER_LANGUAGES,
    examples: {
      positive: ['Nunca te cobraremos por trabajar con nosotros.', 'Não cobramos nenhuma taxa.', 'Nous ne demandons jamais de paiement.', 'Die Anmeldung ist kostenlos.'],
      negative: ['Se cobra una cuota de inscripción.'],
    },
  },
  'stated-pay-rate': {
    triggers: ['hora', 'horas', 'heure', 'stunde', 'ora', 'uur', 'mes', 'mês', 'mois', 'monat', 'mese', 'año', 'ano', 'jahr', 'anno', 'tarea', 'tarefa', 'tâche', 'aufgabe', 'compito'],
    patterns: [
      String.raw`(?:\$|€|£|₹|r\$)\s?\d[\d,.]{0,9}k?\s?(?:(?:-|–|a|à|bis)\s?(?:\$|€|£|₹|r\$)?\s?\d[\d,.]{0,9}k?\s?)?(?:(?:usd|eur|euros?|d[oó]lares|reais)\s)?${PER_PERIOD}`,
      String.raw`\b\d[\d,.]{0,9}\s?(?:usd|eur|euros?|d[oó]lares|reais|brl|mxn|€)\s${PER_PERIOD}`,
    ],
    examples: {
      positive: ['Pago: 18 USD por hora.', 'Remuneração de R$ 40 por hora.', 'Vergütung: 25 € pro Stunde.', 'Rémunération : 20 € de l’heure.'],
      negative: ['El pago se acuerda en la entrevista.'],
    },
  },
};
