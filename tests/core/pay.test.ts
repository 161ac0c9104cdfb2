import { describe, expect, it } from 'vitest';
import { parsePay, parsePayLine, payBand } from '../../src/core/pay.ts';
import { analyzePosting } from '../../src/core/analyze.ts';
import { tokenize } from '../../src/core/tokenize.ts';

describe('parsePay', () => {
  const cases: [string, Partial<ReturnType<typeof parsePay> & object>][] = [
    ['Pay: $20-$25 / hour', { min: 20, max: 25, currency: 'USD', period: 'hour', hourlyMin: 20, hourlyMax: 25 }],
    ['Salary $120,000 - $150,000 a year', { min: 120000, max: 150000, period: 'year', hourlyMin: 57.69, hourlyMax: 72.12 }],
    ['Earn up to $40/hr', { min: null, max: 40, period: 'hour', hourlyMax: 40 }],
    ['€30 per hour', { min: 30, currency: 'EUR', period: 'hour' }],
    ['£25-30 an hour', { min: 25, max: 30, currency: 'GBP' }],
    ['₹500 per task', { min: 500, currency: 'INR', period: 'task', hourlyMin: null }],
    ['$0.04 per label', { min: 0.04, period: 'task' }],
    ['USD 80K', { min: 80000, period: 'year' }],
    ['20-30 USD per hour', { min: 20, max: 30, currency: 'USD', period: 'hour' }],
    ['$2,500 monthly', { min: 2500, period: 'month', hourlyMin: 14.42 }],
    ['$1/min of audio', { min: 60, period: 'hour' }],
    ['Salary: $150-$175,000/yr', { min: 150000, max: 175000, period: 'year' }],
    // Decimal commas, symbols after the figure and other languages' units (language-rater postings).
    ['Tarif : 27,93 $/heure', { min: 27.93, currency: 'USD', period: 'hour' }],
    ['Vergütung: 26,67 USD/Stunde', { min: 26.67, currency: 'USD', period: 'hour' }],
    ['Sueldo: 20 € por hora', { min: 20, currency: 'EUR', period: 'hour' }],
    ['EUR 40.000 - 60.000 Vollzeit', { min: 40000, max: 60000, currency: 'EUR', period: 'year' }],
    ['Salario 1.200,50 € al mes', { min: 1200.5, currency: 'EUR', period: 'month' }],
    ['時給1,500円', { min: 1500, currency: 'JPY', period: 'hour' }],
    // An English dot is a decimal point whatever follows it.
    ['$12.500 per task', { min: 12.5, period: 'task' }],
    ['$0.125 per label', { min: 0.125, period: 'task' }],
    // Range separators as scraped: a tilde, a markdown-escaped dash.
    ['USD $194,000~$283,000', { min: 194000, max: 283000, period: 'year' }],
    ['$140,000 \\- $172,000 per year', { min: 140000, max: 172000, period: 'year' }],
    // Dashes around "to", a word processor's hyphen, a minus sign, and the period after each figure.
    ['We offer a pay range of $40-to- $80 per hour', { min: 40, max: 80, period: 'hour' }],
    ['We offer a pay range of $8-to\u2010$65 per hour', { min: 8, max: 65, period: 'hour' }],
    ['Earn $15\u2212$20 per hour', { min: 15, max: 20, period: 'hour' }],
    ['$174,000/yr - $235,000/yr', { min: 174000, max: 235000, period: 'year' }],
    // A period after a lone figure stays its period when a dash follows that starts no range.
    ['Pay: $20/hr - flexible hours', { min: 20, max: null, period: 'hour' }],
    ['$60 / hour - 5-10 hours a week: $240 per task', { min: 60, max: null, period: 'hour' }],
    // A unit that is not a period is a piece rate, whatever the figure's size.
    ['$2,400 per undergraduate section taught', { min: 2400, period: 'task', hourlyMin: null }],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(parsePay(text)).toMatchObject(expected);
    });
  }
  it('gives offsets into the text', () => {
    const text = 'Compensation: $40-$60/hr depending on expertise';
    const pay = parsePay(text)!;
    expect(text.slice(pay.evidence!.start, pay.evidence!.end)).toBe('$40-$60/hr');
  });
  it('prefers a figure with a period over a bare number', () => {
    expect(parsePay('Founded with $5 million. We pay $35/hour.')).toMatchObject({ min: 35, period: 'hour' });
  });
  it('does not take company sizes and market figures for pay', () => {
    for (const text of ['We raised $40M in funding.', 'A $1.5B unicorn.', 'Daily volume of $10 billion.', 'Revenue of $300 million', 'an $8bn market', 'The company has an average annual revenue of € 12.000.000 and 130 staff.', 'Funding of $4,000,000 from our investors.']) {
      expect(parsePay(text), text).toBeNull();
    }
    expect(parsePay('We raised $40M. Pay: $25/hour.')).toMatchObject({ min: 25, period: 'hour' });
  });
  it('finds a figure wherever its digits sit: text start and end, far out, after long digit runs', () => {
    const prose = 'We label data for research teams. '.repeat(200);
    for (const [text, figure] of [
      ['$25/hr. ' + prose, '$25/hr'],
      [prose + 'Pay: $25/hr', '$25/hr'],
      ['Ref 1234567890123456789012345678901234567890 ' + prose + ' 20-30 USD per hour ' + prose, '20-30 USD per hour'],
      ['ID 12 34 56 78 90 ' + 'x'.repeat(300) + ' Rs 500 per task', 'Rs 500 per task'],
      // Matches that start as far before their currency's digit, or their code's figure, as they can.
      ['Ref 2019, 2020, 2021. Earn UP TO   US$ 25 per hour', 'UP TO   US$ 25 per hour'],
      ['Ref 1 2 3 UP TO   時給： 100,000,000,000,000.1234k – 200,000,000,000,000.1234k EUR per year', 'UP TO   時給： 100,000,000,000,000.1234k – 200,000,000,000,000.1234k EUR per year'],
      ['Ref 1 2 3 up to 時給:100,000,000,000,000.1234 bis 200,000,000,000,000.1234 k  円', 'up to 時給:100,000,000,000,000.1234 bis 200,000,000,000,000.1234 k  円'],
      ['Rates 2024: Rs. 500 per day', 'Rs. 500 per day'],
    ] as const) {
      const pay = parsePay(text)!;
      expect(text.slice(pay.evidence!.start, pay.evidence!.end), figure).toBe(figure);
    }
  });
  it('does not read money the worker pays, or a bonus, as the rate', () => {
    for (const text of [
      'You must pay a $50 fee to start working.',
      'Send $50 to activate your account.',
      'Pay $60 for your background check before we can onboard you.',
      'The training costs $99, refundable after your first week.',
      'A $500 sign-on bonus after 30 days.',
      'The successful candidate will receive a $15,000 bonus paid over three years!',
      'Employees receive double bonuses ($2,000) per referred candidate.',
      'Earn $300 for each referral.',
      'Please submit your examination fee USD 249 $ =  INR 19,728 today.',
      'We will reward you with a $100 gift card for your time.',
      'È richiesta una quota di iscrizione di 40 euro.',
      'Eine Anmeldegebühr von 25 € ist fällig.',
      'Fee: 40euro',
    ]) {
      expect(parsePay(text), text).toBeNull();
    }
    // The rate still wins where both are said.
    expect(parsePay('A $500 sign-on bonus; base rate $22/hr.')).toMatchObject({ min: 22, period: 'hour' });
    expect(parsePay('We send $25 per approved task to your PayPal.')).toMatchObject({ min: 25, period: 'task' });
  });
  it('reads "for every" as a piece rate, or as the period it names', () => {
    expect(parsePay('We pay $20 for every completed task.')).toMatchObject({ min: 20, period: 'task' });
    expect(parsePay('Get $15 for every hour you work.')).toMatchObject({ min: 15, period: 'hour' });
  });
  it('gives a piece rate for a live session of stated length its hourly equivalent', () => {
    expect(parsePay('Earn $7.50 - $10.00 per 25 minute class.')).toMatchObject({ min: 7.5, max: 10, period: 'task', hourlyMin: 18, hourlyMax: 24 });
    expect(parsePay('We pay $12 per 30-minute session.')).toMatchObject({ period: 'task', hourlyMin: 24 });
    expect(parsePay('Tutors earn $45 per 1-hour lesson.')).toMatchObject({ period: 'task', hourlyMin: 45 });
    // A clip's or a recording's length is not the time its work takes.
    expect(parsePay('We pay $0.50 per 1-minute audio clip.')).toMatchObject({ period: 'task', hourlyMin: null });
    expect(parsePay('$15 per 15 minutes of audio transcribed.')).toMatchObject({ period: 'task', hourlyMin: null });
  });
  it('reads regional dollar prefixes, currency words, "between … and …", gross pay and local period words', () => {
    const read = (t: string) => {
      const p = parsePay(t);
      return p && [p.min, p.max, p.currency, p.period];
    };
    expect(read('CA$28/hour')).toEqual([28, null, 'CAD', 'hour']);
    expect(read('S$30 per hour')).toEqual([30, null, 'SGD', 'hour']);
    expect(read('NZ$32/hr')).toEqual([32, null, 'NZD', 'hour']);
    expect(read('Pays 40-50 dollars per hour.')).toEqual([40, 50, 'USD', 'hour']);
    expect(read('30 dollars an hour')).toEqual([30, null, 'USD', 'hour']);
    expect(read('Verdienstmöglichkeiten: 10 – 80 Euro pro Standort')).toEqual([10, 80, 'EUR', 'task']);
    expect(read('between $30 and $45 per hour')).toEqual([30, 45, 'USD', 'hour']);
    expect(read('€20–25 brutto pro Stunde')).toEqual([20, 25, 'EUR', 'hour']);
    expect(read('3.500 € brutto monatlich')).toEqual([3500, null, 'EUR', 'month']);
    expect(read('€45.000 jährlich')).toEqual([45000, null, 'EUR', 'year']);
    expect(read('Sueldo: 1.200 € mensuales')).toEqual([1200, null, 'EUR', 'month']);
    expect(read('¥1,500/時')).toEqual([1500, null, 'JPY', 'hour']);
    // "and" joins a range only after "between"; pounds of weight are no currency.
    expect(read('$20/hour and a $500 bonus')).toEqual([20, null, 'USD', 'hour']);
    expect(parsePay('Must be able to lift 50 pounds.')).toBeNull();
    expect(parsePay('Between 2019 and 2021 we grew fast.')).toBeNull();
  });
  it('takes the period named before the figure ("Daily rate of $300", "Weekly pay: $600")', () => {
    const read = (t: string) => {
      const p = parsePay(t);
      return p && [p.min, p.max, p.period];
    };
    expect(read('Daily rate of $300')).toEqual([300, null, 'day']);
    expect(read('Weekly pay: $600')).toEqual([600, null, 'week']);
    expect(read('Monthly stipend: $900')).toEqual([900, null, 'month']);
    expect(read('hourly wage between $18 and $22')).toEqual([18, 22, 'hour']);
    // Named before, it outranks a bare figure elsewhere.
    expect(read('Starter loans of £30,000.00 GBP. Monthly Salary: £3,950.00 GBP')).toEqual([3950, null, 'month']);
  });
  it('reads a small figure with no period as one payment or a piece rate when the words around it say so', () => {
    const period = (t: string) => parsePay(t)?.period;
    expect(period('Budget: $300')).toBe('project');
    expect(period('You will receive $150 upon completion')).toBe('project');
    expect(period('Earn $250 for completing the project')).toBe('project');
    expect(period('Each batch pays $12')).toBe('task');
    expect(period('Every approved review earns $3')).toBe('task');
    // Otherwise a small figure is still read as hourly; above $150 a bare figure is one payment.
    expect(period('Compensation: $25')).toBe('hour');
    expect(period("We'll wire you $200 to buy your own pair of boots.")).toBe('project');
  });
  it('takes a currency code only as a word of its own', () => {
    expect(parsePay('Good hands-on experience with AutoCAD 2000 and SolidWorks 2000.')).toBeNull();
    expect(parsePay('Apply at #URL_4CAD5F67# for the interview.')).toBeNull();
    expect(parsePay('Jobs in Asia$1,500+ USD monthly')).toMatchObject({ min: 1500, currency: 'USD', period: 'month' });
    expect(parsePay('Pay: CAD 25 per hour')).toMatchObject({ min: 25, currency: 'CAD', period: 'hour' });
  });
  it('does not read the next item of a flattened list as the period ("$32,000-$42,000Weekly Pay")', () => {
    const glued = parsePay('Annual income estimated at $32,000-$42,000Weekly PayMedical, Dental');
    expect(glued?.period).toBe('year');
    expect(glued?.evidence?.text).toBe('$32,000-$42,000');
    expect(parsePay('Pay: $800 weekly')?.period).toBe('week');
    expect(parsePay('Pay: $800 Weekly')?.period).toBe('week');
  });

  it('reads reais, pesos and the periods of Spanish, Portuguese, French, German, Italian and Dutch postings', () => {
    const read = (t: string) => {
      const p = parsePay(t);
      return p && [p.min, p.currency, p.period];
    };
    expect(read('Remuneração de R$ 40 por hora.')).toEqual([40, 'BRL', 'hour']);
    expect(read('Salário de R$ 5.000 por mês.')).toEqual([5000, 'BRL', 'month']);
    expect(read('Sueldo: MX$ 15,000 al mes.')).toEqual([15000, 'MXN', 'month']);
    expect(read('Pago por tarea: 0,50 USD por tarea.')).toEqual([0.5, 'USD', 'task']);
    expect(read('Compenso: 22 € all’ora.')).toEqual([22, 'EUR', 'hour']);
    expect(read('Salario: 1.800 € al mes.')).toEqual([1800, 'EUR', 'month']);
    expect(read('Vergütung: 120 € pro Tag.')).toEqual([120, 'EUR', 'day']);
    expect(read('Retribuzione: 400 € a settimana.')).toEqual([400, 'EUR', 'week']);
  });
  it('finds nothing where no currency is stated', () => {
    expect(parsePay('Version 3.5, founded 2019, 40 hours a week')).toBeNull();
    expect(parsePay('$ ' + 'no figure here. '.repeat(20) + 'Team of 40.')).toBeNull();
  });
  it('places pay against the market band', () => {
    expect(payBand(parsePay('$10/hr')!, false)).toBe('below');
    expect(payBand(parsePay('$20-$30/hr')!, false)).toBe('within');
    expect(payBand(parsePay('$90/hr')!, false)).toBe('above');
    expect(payBand(parsePay('$90/hr')!, true)).toBe('within');
    expect(payBand(parsePay('€90/hr')!, false)).toBe('unknown');
  });
  it('is bounded on hostile input', () => {
    expect(() => parsePay('$'.repeat(200_000) + '1'.repeat(200_000) + ' - '.repeat(50_000))).not.toThrow();
  });
});

describe('parsePay: codes inside ranges, annual salaries, benefits', () => {
  it('reads a range whose code stands after its first figure', () => {
    const pay = parsePay('The base salary range is between $147,000 USD - 211,000 + bonus + equity.');
    expect(pay).toMatchObject({ min: 147000, max: 211000, currency: 'USD', period: 'year' });
  });
  it('reads "annual" before a salary word as a year', () => {
    expect(parsePay('Offer: $60,000 annual salary plus benefits.')).toMatchObject({ min: 60000, period: 'year' });
  });
  it('does not read a benefit allowance or budget as pay, period or not', () => {
    expect(parsePay('Perks: $2,000 CAD annual learning and development allowance.')).toBeNull();
    expect(parsePay('A $500 home office budget for new hires.')).toBeNull();
    expect(parsePay('We pay $25/hour and a $50 monthly internet allowance.')).toMatchObject({ min: 25, period: 'hour' });
  });
});

describe('parsePayLine (a pay line shown apart from the description)', () => {
  it('reads what parsePay reads', () => {
    expect(parsePayLine('$45 - $60 per hour')).toEqual(parsePay('$45 - $60 per hour'));
  });
  it('takes bare figures as pay with no currency', () => {
    expect(parsePayLine('30000-45000')).toMatchObject({ min: 30000, max: 45000, currency: '', period: 'year', hourlyMin: 14.42 });
    expect(parsePayLine(' 45 - 60 per hour ')).toMatchObject({ min: 45, max: 60, currency: '', period: 'hour' });
    expect(parsePayLine('65k-75k')).toMatchObject({ min: 65000, max: 75000, currency: '' });
  });
  it('leaves out lines that are not figures', () => {
    expect(parsePayLine('Competitive')).toBeNull();
    expect(parsePayLine('0-0')).toBeNull();
    expect(parsePayLine('45000-30000')).toBeNull();
    expect(parsePayLine('Call 555 1234 today')).toBeNull();
  });
  it('puts a currency-less figure outside the market band comparison', () => {
    expect(payBand(parsePayLine('20-30 per hour')!, false)).toBe('unknown');
  });
});

describe('parsePay: Indian lakhs and crores', () => {
  it('multiplies by a lakh (100,000) or a crore (10,000,000) and keeps the stated period', () => {
    expect(parsePay('Salary: ₹5 lakh per annum')).toMatchObject({ min: 500000, max: null, currency: 'INR', period: 'year' });
    expect(parsePay('5 lakh rupees per annum')).toMatchObject({ min: 500000, currency: 'INR', period: 'year' });
    expect(parsePay('₹2.5 crore')).toMatchObject({ min: 25000000, currency: 'INR' });
  });
  it('lets the multiplier after a range’s second figure count for the first ("INR 3.5 - 5 Lakhs PA", "$40-60k")', () => {
    expect(parsePay('INR 3.5 - 5 Lakhs PA')).toMatchObject({ min: 350000, max: 500000, currency: 'INR', period: 'year' });
    expect(parsePay('$40-60k per year')).toMatchObject({ min: 40000, max: 60000, currency: 'USD', period: 'year' });
  });
  it('reads "LPA" (lakhs per annum) as rupees a year', () => {
    const pay = parsePay('CTC: 6-8 LPA, hybrid');
    expect(pay).toMatchObject({ min: 600000, max: 800000, currency: 'INR', period: 'year' });
    expect(pay!.evidence!.text).toBe('6-8 LPA');
  });
  it('leaves a figure with no currency and no LPA alone', () => {
    expect(parsePay('salary 4.5 lakhs per annum')).toBeNull();
  });
});

describe('parsePay: one payment below a salary\'s size', () => {
  it('reads a budget or a bounty as one payment, not a month', () => {
    expect(parsePay('Budget: $3,000 for the whole project')).toMatchObject({ min: 3000, period: 'project' });
    expect(parsePay('We are giving away $100-$5,000 bounties from our pool.')).toMatchObject({ min: 100, max: 5000, period: 'project' });
  });
  it('still reads a salary-sized figure as a year when a total follows', () => {
    expect(parsePay('Base Salary: $110,000 - $150,000\nTotal Compensation: up to $300k')).toMatchObject({ min: 110000, max: 150000, period: 'year' });
  });
});

describe('parsePay: PHP the language', () => {
  it('does not read a PHP version as Philippine pesos', () => {
    expect(parsePay('Experience with PHP 7 and Laravel. Salary $80,000')).toMatchObject({ min: 80000, currency: 'USD', period: 'year' });
    expect(parsePay('We use PHP 8.1 and MySQL.')).toBeNull();
    expect(parsePay('PHP 25,000 per month')).toMatchObject({ min: 25000, currency: 'PHP', period: 'month' });
    expect(parsePay('Rate: ₱ 35,000 monthly')).toMatchObject({ min: 35000, currency: 'PHP', period: 'month' });
  });
});

describe('parsePay: local currencies where raters are hired', () => {
  it('reads codes and signs before or after the figure, with local period words', () => {
    expect(parsePay('IDR 100.000.000 - 200.000.000')).toMatchObject({ min: 100000000, max: 200000000, currency: 'IDR', period: 'year' });
    expect(parsePay('Gaji Rp 5.000.000 - Rp 7.000.000 / bulan')).toMatchObject({ min: 5000000, max: 7000000, currency: 'IDR', period: 'month' });
    expect(parsePay('Rp 500.000 per hari')).toMatchObject({ min: 500000, currency: 'IDR', period: 'day' });
    expect(parsePay('Lương 15.000.000 VND/tháng')).toMatchObject({ min: 15000000, currency: 'VND', period: 'month' });
    expect(parsePay('月薪 8000-12000 元')).toMatchObject({ min: 8000, max: 12000, currency: 'CNY', period: 'month' });
    expect(parsePay('RM 3,000 per month')).toMatchObject({ min: 3000, currency: 'MYR', period: 'month' });
    expect(parsePay('60 zł/godz.')).toMatchObject({ min: 60, currency: 'PLN', period: 'hour' });
    expect(parsePay('₩3,000,000 per month')).toMatchObject({ min: 3000000, currency: 'KRW', period: 'month' });
    expect(parsePay('NGN 250,000 – NGN 1,500,000 / month')).toMatchObject({ min: 250000, max: 1500000, currency: 'NGN', period: 'month' });
    expect(parsePay('3,000 AED per month')).toMatchObject({ min: 3000, currency: 'AED', period: 'month' });
  });
  it('finds them through the text’s own tokens too', () => {
    const text = 'Kompensasi: 8.000.000 IDR per bulan, kerja jarak jauh.';
    expect(parsePay(text, tokenize(text))).toMatchObject({ min: 8000000, currency: 'IDR', period: 'month' });
  });
  it('keeps them out of the US market band', () => {
    expect(payBand(parsePay('RM 3,000 per month')!, false)).toBe('unknown');
  });
  it('reads a Chinese or Japanese per-item unit after "/" as a piece rate', () => {
    expect(parsePay('按量计费（2 -3 元/ 1条录入）')).toMatchObject({ min: 2, max: 3, currency: 'CNY', period: 'task' });
  });
  it('does not take English words for codes', () => {
    expect(parsePay('Try 500 tasks a week and see.')).toBeNull();
  });
});

describe('pay in a text in another language', () => {
  it('reads a dot between digit groups as a thousands separator, whatever the currency', () => {
    expect(parsePay('A vaga paga até US$ 5.500 por mês.', undefined, true)).toMatchObject({ min: null, max: 5500, currency: 'USD', period: 'month' });
    // In English the dot stays a decimal point; and a figure that starts with 0 is never thousands.
    expect(parsePay('A vaga paga US$ 5.500 por tarefa.')).toMatchObject({ min: 5.5 });
    expect(parsePay('Se paga $0.500 por tarea completada.', undefined, true)).toMatchObject({ min: 0.5 });
  });
  it('leaves a bare "$" unstated there: as often the local peso as the US dollar', () => {
    const pay = parsePay('Renta líquida de $480.000 mensuales.', undefined, true);
    expect(pay).toMatchObject({ min: 480000, currency: '' });
    expect(payBand(pay!, false)).toBe('unknown');
    expect(parsePay('Remuneración de USD 2.000 al mes.', undefined, true)).toMatchObject({ min: 2000, currency: 'USD', period: 'month' });
  });
  it('reads "up to" in Portuguese, Spanish, French, German and Italian', () => {
    for (const text of ['até €3.000 por mês', 'hasta €3.000 por mes', "jusqu'à 3.000 € par mois", 'bis zu 3.000 € pro Monat', 'fino a 3.000 € al mese'])
      expect(parsePay(text, undefined, true), text).toMatchObject({ min: null, max: 3000, currency: 'EUR', period: 'month' });
  });
});

describe('analyzePosting pay by the text\'s language', () => {
  it('reads thousands the continental way only in a text written in another language', () => {
    const portuguese = 'Estamos procurando um analista de testes para trabalhar com o nosso time de qualidade. A vaga paga até US$ 5.500 por mês, com contrato PJ e trabalho remoto.';
    expect(analyzePosting({ text: portuguese }).pay).toMatchObject({ max: 5500, currency: 'USD' });
    // A short English card has few function words of any language: its dollars stay dollars.
    expect(analyzePosting({ text: 'AI Tutor · Remote · $30/hour' }).pay).toMatchObject({ min: 30, currency: 'USD', period: 'hour' });
  });
});
