import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/analyze.ts';

describe('analyzePosting', () => {
  const text = 'Rate chatbot responses for accuracy.\nRequirements: Excel and a CPA licence.\nWe use the Harbor Method for reviews. Message us on our portal.';
  it('returns every part of the contract, with offsets that index the text', () => {
    const a = analyzePosting({ text, title: 'AI Response Rater' });
    expect(a.aiEvaluator.match).toBe(true);
    for (const k of a.keywords) for (const e of k.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const f of [...a.redFlags, ...a.healthySignals]) for (const e of f.evidence) if (e.start >= 0) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
  it('finds the user\'s own keywords and red-flag phrases', () => {
    const a = analyzePosting({ text }, { customKeywords: [{ term: 'Harbor Method', synonyms: ['HM'] }], customRedFlags: ['message us on'] });
    expect(a.keywords.find((k) => k.id === 'custom-harbor-method')).toMatchObject({ category: 'custom' });
    const flag = a.redFlags.find((f) => f.id.startsWith('custom-red-flag'));
    expect(flag?.evidence[0]?.text.toLowerCase()).toBe('message us on');
  });
  it('makes no claim of absence about a text in another language, and still does about an English one', () => {
    const absence = ['no-pay-information', 'no-company-identity', 'anonymous-vague-offer'];
    const german =
      'Du bringst unsere Marke vor die Kamera. Du wirkst bei der Erarbeitung von Konzepten mit, erstellst Inhalte für Anzeigen und schneidest deine eigenen Videos. ' +
      'Du arbeitest eng mit dem Team zusammen und entwickelst die Strategie für soziale Medien weiter. Du stehst gerne vor der Kamera und hast ein gutes Auge für Gestaltung. ' +
      'Wir bieten flexible Arbeitszeiten, ein kleines Team mit wenig Hierarchie und schnelle Entscheidungen. Bewirb dich jetzt mit ein paar Beispielen deiner Arbeit.';
    const english =
      'You bring our brand in front of the camera. You help work out concepts, make content for ads and cut your own videos. ' +
      'You work closely with the team and develop the strategy for social media further. You like being on camera and have a good eye for design. ' +
      'We offer flexible hours, a small team with little hierarchy and quick decisions. Apply now with a few examples of your work.';
    const flags = (t: string) => analyzePosting({ text: t, title: 'Content Creator' }).redFlags.map((f) => f.id);
    expect(flags(german).filter((id) => absence.includes(id))).toEqual([]);
    expect(flags(english)).toEqual(expect.arrayContaining(['no-pay-information', 'no-company-identity']));
  });
  it('gives the same analysis whatever was analysed before (buffers are reused between postings)', () => {
    const other = 'Earn $500 daily from home! No experience needed. Text us on WhatsApp to start today. '.repeat(20);
    const first = analyzePosting({ text, title: 'AI Response Rater' });
    analyzePosting({ text: other, title: 'Remote Data Entry Clerk, Apply Now' });
    analyzePosting({ text: 'Short one.' });
    expect(analyzePosting({ text, title: 'AI Response Rater' })).toEqual(first);
  });
  it('warns about a task scam written in Spanish or Portuguese, and not about an honest rater posting', () => {
    const scam = analyzePosting({ text: 'Trabajo desde casa: gana entre 300 y 800 dólares al día calificando productos. Sin experiencia. Contáctanos por WhatsApp. Para desbloquear las tareas debes hacer un depósito inicial de 50 USDT.' });
    expect(scam.risk.level).toBe('high');
    expect(scam.redFlags.map((f) => f.id)).toEqual(expect.arrayContaining(['deposit-to-unlock-tasks', 'messaging-app-contact', 'earnings-hype']));
    const pt = analyzePosting({ text: 'Trabalhe de casa. É necessário fazer um depósito para liberar as tarefas. Fale conosco pelo WhatsApp.' });
    expect(pt.risk.level).toBe('high');
    const honest = analyzePosting({ text: 'Evaluador de IA: evaluarás respuestas de modelos de lenguaje en español. Pago: 18 USD por hora. Nunca te cobraremos ninguna tarifa.', title: 'Evaluador de IA (español)' });
    expect(honest.aiEvaluator.match).toBe(true);
    expect(honest.risk.level).toBe('none');
    expect(honest.healthySignals.map((h) => h.id)).toEqual(expect.arrayContaining(['never-charges-fees', 'stated-pay-rate']));
  });
  it('warns about an anonymous offer with no pay that asks for nothing specific, unless the page names the employer', () => {
    const vague =
      'We are looking for motivated people to join a growing team. You will help with various projects and support clients from home. ' +
      'The role suits self-starters who like variety. Training will be provided and you can begin soon, at times that suit you. Every day brings something new, ' +
      'and you will learn a lot along the way with the support of friendly colleagues. Please send your details and we will get back to you shortly with the next ' +
      'steps of the process. We look forward to hearing from you and to welcoming you on board for many years to come. Hours are flexible and the work ' +
      'can be done from anywhere, so long as you are reliable and keen to learn.';
    const anonymous = analyzePosting({ text: vague, title: 'Assistant' });
    expect(anonymous.redFlags.map((f) => f.id)).toContain('anonymous-vague-offer');
    expect(anonymous.risk.level).toBe('medium');
    // A board page names its employer apart from the text: the adapter passes it on.
    expect(analyzePosting({ text: vague, title: 'Assistant', company: 'Harbor Tools' }).redFlags.map((f) => f.id)).not.toContain('anonymous-vague-offer');
    // A freelance marketplace never names the client: no employer named there is no sign.
    const onUpwork = analyzePosting({ text: vague, title: 'Assistant', url: 'https://www.upwork.com/jobs/~021876543210987654321' }).redFlags.map((f) => f.id);
    expect(onUpwork).not.toContain('anonymous-vague-offer');
    expect(onUpwork).not.toContain('no-company-identity');
    expect(analyzePosting({ text: vague, title: 'Assistant', url: 'https://upwork.com.example.net/jobs/1' }).redFlags.map((f) => f.id)).toContain('anonymous-vague-offer');
    // Asking for specific skills is not vague.
    const specific = vague.replace('You will help with various projects', 'Requirements: a degree in accounting, Excel and QuickBooks. You will help with projects');
    expect(analyzePosting({ text: specific, title: 'Assistant' }).redFlags.map((f) => f.id)).not.toContain('anonymous-vague-offer');
  });
  it("does not call an employer's own mailbox on Gmail personal, where the board names that employer", () => {
    const text = 'Garden educator for our community program, 10 hours a week. Please send your resume to harborlanternfarm@gmail.com by Friday.';
    const flags = (company?: string) => analyzePosting({ text, title: 'Garden Educator', company }).redFlags.map((f) => f.id);
    expect(flags('Harbor Lantern Farm')).not.toContain('free-email-domain');
    expect(flags('Northwind Staffing')).toContain('free-email-domain');
    expect(flags()).toContain('free-email-domain');
    // Trade words any made-up name has do not make a mailbox the company's.
    const generic = 'Remote assistant for our team. Send your resume to globaltechjobs@gmail.com today.';
    expect(analyzePosting({ text: generic, company: 'Global Tech Solutions' }).redFlags.map((f) => f.id)).toContain('free-email-domain');
    // A vendor's name on Gmail is the impersonation itself: vendors never recruit from free mail.
    const borrowed = 'AI rater tasks for our clients, paid weekly. Send your resume to outlieraihiring@gmail.com today.';
    expect(analyzePosting({ text: borrowed, company: 'Outlier AI' }).redFlags.map((f) => f.id)).toContain('free-email-domain');
    // So is an oil major's name on a mail.com alias: "europe.com" is a free mailbox too.
    const major = 'Chevron Corporation is recruiting foreign applicants for various positions: send your CV to chevron.uk@europe.com for more details.';
    expect(analyzePosting({ text: major, company: 'Chevron Corporation' }).redFlags.map((f) => f.id)).toContain('free-email-domain');
  });
  it('never throws and stays deterministic on hostile input', () => {
    // Camel case, bold runs and cue words by the thousand: the inline-heading reading of flattened
    // text must stay linear (a quadratic walk here would run for minutes and time the test out).
    const hostile = ['', '\u0000'.repeat(1000), '$'.repeat(100_000), '<script>'.repeat(10_000), 'a'.repeat(1_200_000), 'aB'.repeat(500_000), '**Nice to have** Python must SQL preferred '.repeat(20_000), `Requirements: ${'Python preferred '.repeat(30_000)}`];
    for (const t of hostile) {
      const first = analyzePosting({ text: t });
      expect(analyzePosting({ text: t })).toEqual(first);
    }
    // @ts-expect-error: callers from JavaScript may pass anything
    expect(() => analyzePosting({ text: null })).not.toThrow();
  });
});

describe('AI-training work under an engineering title', () => {
  // A staff scientist's posting, long enough to have named its terms: evaluation is its subject.
  const staffJob = readFileSync('tests/fixtures/postings/staff-scientist-evaluation.txt', 'utf8');
  it('is a staff job when nothing says contract, hourly or platform work', () => {
    expect(staffJob.length).toBeGreaterThanOrEqual(1200);
    const a = analyzePosting({ text: staffJob, title: 'Evaluation Scientist' });
    expect(a.aiEvaluator.reasons.map((r) => r.id)).toContain('salaried-engineering-role');
    expect(a.aiEvaluator.match).toBe(false);
  });
  it('stays AI-training work when the posting is paid by the hour, or the title names no engineer', () => {
    const hourly = analyzePosting({ text: staffJob.replace('Benefits', 'Pay: $60 per hour, paid weekly.\nBenefits'), title: 'Evaluation Scientist' });
    expect(hourly.aiEvaluator.reasons.map((r) => r.id)).not.toContain('salaried-engineering-role');
    expect(hourly.aiEvaluator.match).toBe(true);
    expect(analyzePosting({ text: staffJob, title: 'Evaluation Specialist' }).aiEvaluator.match).toBe(true);
  });
  it('reads hourly pay in the title as contract work, as a board lists it ("Evaluation Scientist | $60/hr | Remote")', () => {
    const a = analyzePosting({ text: staffJob, title: 'Evaluation Scientist | $60/hr | Remote' });
    expect(a.aiEvaluator.reasons.map((r) => r.id)).not.toContain('salaried-engineering-role');
    expect(a.aiEvaluator.match).toBe(true);
  });
  it('reads a stated annual salary as a staff job, though the text says "short-term" or "contract" in passing', () => {
    const salaried = staffJob.replace('Benefits', 'We weigh short-term and long-term risks alike.\nSalary: $180,000 - $220,000 per year.\nBenefits');
    const a = analyzePosting({ text: salaried, title: 'Evaluation Scientist' });
    expect(a.keywords.map((k) => k.id)).toContain('temporary');
    expect(a.aiEvaluator.reasons.map((r) => r.id)).toContain('salaried-engineering-role');
    expect(a.aiEvaluator.match).toBe(false);
  });
  it('does not judge a cut-off text by the terms it may not have reached', () => {
    const cut = analyzePosting({ text: staffJob.slice(0, 700), title: 'Evaluation Scientist' });
    expect(cut.aiEvaluator.reasons.map((r) => r.id)).not.toContain('salaried-engineering-role');
  });
});

describe('AI-output review in a salaried staff job', () => {
  const duties = 'Safety Analyst\nReview AI-generated responses and flag policy violations in our chatbot. Write clear reports for the policy team and track trends week by week.';
  const ids = (text: string) => analyzePosting({ text, title: 'Safety Analyst' }).aiEvaluator.reasons.map((r) => r.id);
  it('counts against rater work when a staff salary is stated and no contract, hourly or platform work', () => {
    expect(ids(`${duties}\nSalary: $170,000 – $200,000 per year. Full-time.`)).toContain('salaried-staff-role');
  });
  it('does not when the salary is an in-house rater\'s, or the work is contract', () => {
    expect(ids(`${duties}\nSalary: $70,000 per year. Full-time.`)).not.toContain('salaried-staff-role');
    expect(ids(`${duties}\nSalary: $170,000 per year. This is a contract role.`)).not.toContain('salaried-staff-role');
  });
});

describe('client gigs on freelance marketplaces', () => {
  const upwork = 'https://www.upwork.com/jobs/Chatbot_~01a2b3c4d5e6f7a8b9';
  it('does not take training a client\'s own chatbot for rater work there', () => {
    const gig = 'We run tour bookings and want an AI expert to train our AI chatbot on our booking data and FAQs, so it answers customers well. You will help train the chatbot and improve its replies over two weeks. Fixed price, please share similar projects.';
    const title = 'AI Chatbot Training Expert Needed for Tour Bookings';
    expect(analyzePosting({ text: gig, title, url: upwork }).aiEvaluator.match).toBe(false);
    // The same words elsewhere still read as training AI: only a marketplace makes them a client's bot.
    expect(analyzePosting({ text: gig, title }).aiEvaluator.match).toBe(true);
  });
  it('takes a gig that sets up the client\'s own chatbot for build work, prompts and tests included', () => {
    const gig = 'We need an expert to set up and configure an AI chatbot for our sales funnel. You will write engaging prompts, test and refine chatbot responses, and improve the chatbot over time. Expertise in conversation design and AI is a must.';
    const title = 'AI Chatbot Setup + Prompt Writing';
    const onUpwork = analyzePosting({ text: gig, title, url: upwork }).aiEvaluator;
    expect(onUpwork.reasons.map((r) => r.id)).toContain('builds-ai-bots');
    expect(onUpwork.match).toBe(false);
    // Off the marketplaces, prompts written and responses tested read as rater work, as for raters.
    expect(analyzePosting({ text: gig, title }).aiEvaluator.match).toBe(true);
  });
  it('still finds rater work there when the gig names a rater task', () => {
    const rater = 'We need native Spanish speakers to rate and rank AI chatbot responses for accuracy and tone against our guidelines, and to write a short justification for each rating. Paid per task, about 10 hours a week.';
    expect(analyzePosting({ text: rater, title: 'Spanish AI Response Rater', url: upwork }).aiEvaluator.match).toBe(true);
  });
});

describe('keywords from the title', () => {
  it('adds what only the title says, as required, with its evidence in the title', () => {
    const a = analyzePosting({ title: 'Internet Analyst - Freelance (Dutch)', text: 'Rate search results for relevance. Python helps.' });
    const freelance = a.keywords.find((k) => k.id === 'freelance');
    expect(freelance?.importance).toBe('required');
    expect(freelance?.evidence).toEqual([{ start: -1, end: -1, text: 'Freelance' }]);
    expect(a.keywords.find((k) => k.id === 'dutch')?.importance).toBe('required');
    // Required ones first, in the order extractKeywords gives.
    const ranks = a.keywords.map((k) => ({ required: 0, preferred: 1, mentioned: 2 })[k.importance]);
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
  });
  it('leaves a keyword the text names as the text has it', () => {
    const a = analyzePosting({ title: 'Freelance Rater', text: 'This is a freelance role.' });
    expect(a.keywords.filter((k) => k.id === 'freelance')).toHaveLength(1);
    expect(a.keywords.find((k) => k.id === 'freelance')!.evidence[0]!.start).toBeGreaterThanOrEqual(0);
  });
});

describe('pay format keywords', () => {
  it('takes hourly or per-task pay from a stated pay figure no alias lists', () => {
    const hourly = analyzePosting({ text: 'Contract, part-time | $70–110/hr | Remote' }).keywords.find((k) => k.id === 'hourly-pay');
    expect(hourly?.evidence[0]?.text).toContain('$70');
    expect(analyzePosting({ text: 'Pay Rate $15/task. Posted 28 days ago.' }).keywords.some((k) => k.id === 'per-task-pay')).toBe(true);
  });
  it('does not call a bare figure hourly pay', () => {
    expect(analyzePosting({ text: 'Thailand: $15.57. For other countries see the list.' }).keywords.some((k) => k.id === 'hourly-pay')).toBe(false);
  });
});
