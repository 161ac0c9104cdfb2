// Keyword extraction on postings written for these tests: importance from headings and cue words,
// language levels, the user's own keywords, offsets.
import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../src/core/keywords.ts';

const posting = [
  'Legal AI Reviewer (Contract)',
  '',
  'About the role',
  'You will review answers that large language models give to questions about contract law.',
  '',
  'Requirements',
  '- JD from an accredited law school',
  '- Native Spanish speaker',
  '',
  'Nice to have',
  '- Experience with Westlaw',
  '',
  'Python is a plus. Excel is required.',
].join('\n');

function byId(text: string) {
  return new Map(extractKeywords(text).map((k) => [k.id, k]));
}

describe('extractKeywords', () => {
  const found = byId(posting);
  it('reads importance from section headings', () => {
    expect(found.get('jd')?.importance).toBe('required');
    expect(found.get('westlaw')?.importance).toBe('preferred');
  });
  it('lets a sentence cue beat the section', () => {
    expect(found.get('python')?.importance).toBe('preferred');
    expect(found.get('excel')?.importance).toBe('required');
  });
  it('records the language level the posting asks for', () => {
    expect(found.get('spanish')).toMatchObject({ importance: 'required', level: 'native' });
  });
  it('gives evidence offsets that index the text', () => {
    for (const k of found.values()) for (const e of k.evidence) expect(posting.slice(e.start, e.end)).toBe(e.text);
  });
  it('reads an inline "Requirements:" line', () => {
    expect(byId('Requirements: SQL and Tableau.\nWe offer lunch.').get('sql')?.importance).toBe('required');
  });
  it('does not take list items for headings, and skips what a benefits section offers', () => {
    const text = 'Nice to have\n* Experience with Westlaw\n\nPerks & Benefits\n* Medical, dental and basic life insurance\n* Remote, flexible hours';
    const found = byId(text);
    expect(found.get('westlaw')?.importance).toBe('preferred');
    expect(found.has('dentistry')).toBe(false);
    expect(found.has('insurance')).toBe(false);
    expect(found.has('remote')).toBe(true);
  });
  it('ends a requirement section at a long paragraph of prose', () => {
    const eeo = 'We are an equal opportunity employer and value diversity at our company. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, disability, or any status protected by federal, state or local law, and we welcome applicants from sales, government and every other background.';
    const found = byId(`Requirements\n- SQL\n\n${eeo}`);
    expect(found.get('sql')?.importance).toBe('required');
    expect(found.get('sales')?.importance).toBe('mentioned');
  });
  it('reads requirement headings in other languages and in other words', () => {
    expect(byId('Qualifikationen\n- SQL\n\nWünschenswert\n- Tableau').get('sql')?.importance).toBe('required');
    expect(byId('Qualifikationen\n- SQL\n\nWünschenswert\n- Tableau').get('tableau')?.importance).toBe('preferred');
    expect(byId('Exigences\n- SQL\n\nAtouts\n- Tableau').get('tableau')?.importance).toBe('preferred');
    expect(byId('Your Profile\n* Fluent Japanese').get('japanese')?.importance).toBe('required');
    expect(byId('Who this role is for\n- People who know SQL').get('sql')?.importance).toBe('required');
    expect(byId('Do you tick the boxes?\n* Java').get('java')?.importance).toBe('required');
    expect(byId('Overview\n- Prerequisite: fluent in English.').get('english')?.importance).toBe('required');
  });
  it('takes an emphasised list item for a heading, but not a tagline for a requirements heading', () => {
    expect(byId('• Flag odd cases\n• *Required Expertise\n• Banking experience').get('banking')?.importance).toBe('required');
    expect(byId('Harbor Builds Workforce Skills For The Digital Economy\n\nClients in banking work with us.').get('banking')?.importance).toBe('mentioned');
    expect(byId('Skills\n- Banking').get('banking')?.importance).toBe('required');
  });
  it('keeps a long first paragraph under its heading, and reads list-item and CJK headings', () => {
    const longParagraph = `Required:\nYou hold a law degree and ${'you read contracts closely every day and '.repeat(6)}you know Westlaw well.`;
    expect(byId(longParagraph).get('westlaw')?.importance).toBe('required');
    expect(byId('- Tasks:\n- Review answers\n- Requirements:\n- Banking experience').get('banking')?.importance).toBe('required');
    expect(byId('任職要求\n- SQL').get('sql')?.importance).toBe('required');
    expect(byId('You might be a fit if:\n- You know SQL').get('sql')?.importance).toBe('required');
    expect(byId('Proficiency in cloud platforms, preferably Google Cloud Platform.').get('gcp')?.importance).toBe('preferred');
  });
  it('rates the items of an "at least one of the following" list as preferred', () => {
    const found = byId('Requirements\n- SQL\nExperience with at least one of the following:\n- Tableau\n- Looker\nA strong command of Excel for the weekly client reports you write.');
    expect(found.get('sql')?.importance).toBe('required');
    expect(found.get('tableau')?.importance).toBe('preferred');
    // The requirements section resumes after the list of options.
    expect(found.get('excel')?.importance).toBe('required');
  });
  it("does not take the employer's own name for a tool or field", () => {
    const text = 'At Labelbox, we build data tools. Requirements\n- Salesforce admin experience';
    const ids = extractKeywords(text, { company: 'Labelbox' }).map((k) => k.id);
    expect(ids).not.toContain('labelbox');
    expect(ids).toContain('salesforce');
    // Without the company, a name is not known to be the employer's ...
    expect(extractKeywords('Labelbox builds data tools.').map((k) => k.id)).toContain('labelbox');
    // ... but "we" says whose sentence it is.
    expect(extractKeywords(text).map((k) => k.id)).not.toContain('labelbox');
  });
  it('leaves out the fields of sentences in which the employer describes itself', () => {
    const text = 'Akur8 builds the OS for insurance pricing.\nAkur8 is hiring underwriters.\nRequirements\n- Python';
    const ids = extractKeywords(text, { company: 'Akur8' }).map((k) => k.id);
    // The hiring sentence still asks for underwriters.
    expect(ids).toContain('insurance');
    expect(ids).toContain('python');
    const blurbOnly = extractKeywords('Akur8 builds the OS for insurance pricing.', { company: 'Akur8' }).map((k) => k.id);
    expect(blurbOnly).not.toContain('insurance');
    expect(extractKeywords('Akur8 builds the OS for insurance pricing.').map((k) => k.id)).toContain('insurance');
    // With an apposition between the name and what it does.
    const apposition = extractKeywords('Volga Partners , a U.S.-based company, specializes in machine learning for banks.', { company: 'Volga Partners' });
    expect(apposition.map((k) => k.id)).not.toContain('machine-learning');
  });
  it('leaves out languages the employer names for its own business, and keeps a language in its name', () => {
    const blurb = extractKeywords('Welocalize delivers multilingual content services.\nRequirements\n- Fluent German', { company: 'Welocalize' }).map((k) => k.id);
    expect(blurb).not.toContain('bilingual');
    expect(blurb).toContain('german');
    const named = extractKeywords('EF English Live is hiring.\nRequirements\n- Native English speaker', { company: 'EF English Live' }).map((k) => k.id);
    expect(named).toContain('english');
  });
  it('leaves out what a posting says the job is not', () => {
    expect(byId('This is not a full-time position.').has('full-time')).toBe(false);
    expect(byId('You will not be writing prompts.').has('prompt-writing')).toBe(false);
    expect(byId('No journalism background is needed.').has('journalism')).toBe(false);
    expect(byId('Stay focused without losing attention to detail.').has('attention-to-detail')).toBe(true);
    expect(byId('Not only SQL but also Python.').has('sql')).toBe(true);
    expect(byId('A non-exempt hourly position.').has('hourly-pay')).toBe(true);
  });
  it('does not take the colleagues a posting names for what it asks', () => {
    const found = byId('Requirements\n- SQL\n- Collaborate closely with data scientists and pharmacists to improve labels.\nOur team consists of nurses and therapists.');
    expect(found.has('sql')).toBe(true);
    expect(found.has('data-science')).toBe(false);
    expect(found.has('pharmacy')).toBe(false);
    expect(found.has('nursing')).toBe(false);
    expect(byId('Requirements\n- Pharmacists with five years of hospital work.').has('pharmacy')).toBe(true);
  });
  it('reads the work format and native-speaker requirement of postings in other languages', () => {
    const spanish = byId('Trabajo remoto, a tiempo parcial, pago por hora. Se requiere español nativo.');
    expect([...spanish.keys()].sort()).toEqual(['hourly-pay', 'native-speaker', 'part-time', 'remote', 'spanish']);
    const french = byId("Poste en télétravail, à temps partiel, rémunération à l'heure. Français langue maternelle.");
    expect(french.has('temporary')).toBe(false);
    expect(french.has('part-time') && french.has('remote') && french.has('native-speaker')).toBe(true);
    expect(byId('Homeoffice, Vollzeit. Deutsch als Muttersprache.').has('full-time')).toBe(true);
    expect(byId('This is a temporary, remote role.').has('temporary')).toBe(true);
  });
  it('reads phrases whose hyphen a markdown export escaped ("Full\\-time")', () => {
    const found = byId('Full\\-time role. Must be detail\\-oriented.');
    expect(found.has('full-time')).toBe(true);
    expect(found.has('attention-to-detail')).toBe(true);
  });
  it('reads degrees, fluency and requirement cues written in other languages', () => {
    const es = byId('Requisitos: Licenciatura en Matemáticas; se valora Maestría o Doctorado. Inglés avanzado imprescindible.');
    expect(es.get('bachelors-degree')?.importance).toBe('required');
    expect(es.get('masters-degree')?.importance).toBe('preferred');
    expect(es.get('phd')?.importance).toBe('preferred');
    expect(es.get('fluency')?.importance).toBe('required');
    expect(byId('Python von Vorteil.').get('python')?.importance).toBe('preferred');
    const de = byId('Aufgaben\nBerichte schreiben.\nDas bringst du mit:\nSehr gute Deutsch- und Englischkenntnisse, SQL.');
    expect(de.get('sql')?.importance).toBe('required');
    const nl = byId('Wat ga je doen?\nDashboards bouwen.\nWat hebben we van je nodig?\nErvaring met Tableau en SQL.');
    expect(nl.get('tableau')?.importance).toBe('required');
    // English words that look alike stay English.
    const en = byId('Promotion to senior analyst. Master data management. The platform is an indispensable tool for pharmaceutical companies.');
    expect(en.has('phd') || en.has('masters-degree')).toBe(false);
    expect(en.get('pharmacy')?.importance).toBe('mentioned');
  });
  it('reads "an asset" and "highly regarded" as preferred, in a sentence or as a heading', () => {
    expect(byId('Requirements\n- SQL\n- VBA programming skills (an asset)').get('vba')?.importance).toBe('preferred');
    expect(byId('Requirements\n- SQL\n- Experience in real estate is highly regarded.').get('real-estate')?.importance).toBe('preferred');
    const valued = byId('Requirements\n- SQL\nWe also value applicants who have:\n- A background in consulting');
    expect(valued.get('sql')?.importance).toBe('required');
    expect(valued.get('consulting')?.importance).toBe('preferred');
    // Not the field of managing assets.
    expect(byId('Requirements\n- Experience in asset management').get('investment-management')?.importance).toBe('required');
  });
  it('takes a heading that ends a line of prose for the list below it', () => {
    const found = byId('As a team player you will enjoy learning from others.\u00a0 Key skills and experience:\u00a0\n- Experience in customer service\n- Microsoft Excel');
    expect(found.get('excel')?.importance).toBe('required');
    expect(found.get('customer-support')?.importance).toBe('required');
    expect(byId('We pay per approved survey. You will receive a bonus of:\n- $5 for Excel tasks').get('excel')?.importance).toBe('mentioned');
  });
  it('reads a heading before a colon on a short line, and "set yourself apart" / "what will make you stand out" as preferred', () => {
    const found = byId('About the role\nYou will label data.\nEducation: Bachelor degree in Computer Science\nSet yourself apart:\n- HTML\nWhat will make you stand out\n- Python');
    expect(found.get('bachelors-degree')?.importance).toBe('required');
    expect(found.get('html-css')?.importance).toBe('preferred');
    expect(found.get('python')?.importance).toBe('preferred');
    // A job board's upsell, not a section of the posting.
    expect(byId('Stand Out From the Crowd\nUpload your resume.\nJob Type\nFull-time').get('full-time')?.importance).toBe('mentioned');
  });
  it('reads "is ideal", "strong preference" and "would be an advantage:" as preferred, but not "is ideal for"', () => {
    expect(byId('Requirements\n- SQL\n- A PhD in physics is ideal.').get('phd')?.importance).toBe('preferred');
    expect(byId('Requirements\n- SQL\n- Strong preference for candidates with peer-reviewed publications.').get('academic-writing')?.importance).toBe('preferred');
    expect(byId('Requirements\n- SQL\nIn addition, the following would be an advantage:\n- Experience with full-stack development').get('full-stack')?.importance).toBe('preferred');
    expect(byId('Requirements\n- This opportunity is ideal for board-certified physicians with a PhD.').get('phd')?.importance).toBe('required');
  });
  it('reads "applicants must be:" and "the successful applicant will:" as requirement headings, "highly desired" as preferred', () => {
    expect(byId('About the job\nYou will rate answers.\nApplicants must be:\n- Fluent in Spanish').get('fluency')?.importance).toBe('required');
    expect(byId('About the job\nAlso, the successful applicant will:\nbe comfortable working part-time hours').get('part-time')?.importance).toBe('required');
    expect(byId('Experience working as a math teacher is highly desired.').get('teaching')?.importance).toBe('preferred');
    expect(byId('必备资格：\n目标语言（中文）母语熟练').get('mandarin')?.importance).toBe('required');
  });
  it('leaves out fields named after "in partnership with" and "in collaboration with": they are partners', () => {
    expect(byId('Training is conducted in partnership with Human Resources (HR).\nRequirements: SQL.').has('human-resources')).toBe(false);
    expect(byId('You will work in collaboration with finance and procurement.\nRequirements: SQL.').has('finance')).toBe(false);
    expect(byId('Requirements: experience in finance.').get('finance')?.importance).toBe('required');
  });
  it('reads "ENGLISH BELOW" and "English version" as labels of a bilingual posting, not a language asked for', () => {
    expect(byId('Vi søger en konsulent. ENGLISH BELOW\nWe are looking for a consultant.').has('english')).toBe(false);
    expect(byId('See the English version of this ad.').has('english')).toBe(false);
    expect(byId('Requirements: fluent English.').get('english')?.importance).toBe('required');
  });
  it('leaves out fields and tools the employer names describing itself in the first person', () => {
    expect(byId('We are a global leader in construction and civil engineering. Requirements: SQL.').has('construction')).toBe(false);
    expect(byId('We help banks and insurers price risk.').has('banking')).toBe(false);
    expect(byId('We are a small team looking for a banking analyst.').has('banking')).toBe(true);
    expect(byId('Our stack is Ruby on Rails and PostgreSQL.').has('postgresql')).toBe(true);
    expect(byId('We are cross-platform, so an understanding of Linux is useful.').has('linux')).toBe(true);
  });
  it('leaves out names in the employer\'s list of investors and customers', () => {
    expect(byId('Our investors include Benchmark and Sequoia. You will benchmark models.').get('benchmark-creation')?.evidence.map((e) => e.text)).toEqual(['benchmark']);
    expect(byId('Backed by Databricks Ventures. Our customers include banks and insurers.').has('databricks')).toBe(false);
    expect(byId('Customers include Fortune 500 leaders in banking and insurance.').has('banking')).toBe(false);
    expect(byId('Your work is backed by data from Databricks.').has('databricks')).toBe(true);
    expect(byId('We raised $63M from leading investors What we value Full-stack people').has('full-stack')).toBe(true);
    expect(byId('Our clients include Greek sites. The stack is NodeJS.').has('nodejs')).toBe(true);
  });
  it('takes tasks named for colleagues ("collaborate with domain experts") for people, but not the work after "to"', () => {
    expect(byId('You will collaborate with domain experts and engineers.').has('domain-expert-review')).toBe(false);
    expect(byId('Partner with leading AI labs to advance agent evaluations.').has('agent-evaluation')).toBe(true);
    expect(byId('You collaborate with agents that handle repetitive tasks, while you provide quality control.').has('quality-review')).toBe(true);
  });
  it('takes functions named before "teams" after a preposition for colleagues, but not the job\'s own team', () => {
    expect(byId('You will work across engineering, product, and operations teams.').has('operations')).toBe(false);
    expect(byId('Share feedback with the marketing and legal teams weekly.').has('marketing')).toBe(false);
    expect(byId('Join our operations team in Austin.').has('operations')).toBe(true);
    expect(byId('Learns to work across teams (e.g., Design, Supply Chain, Finance) to ship.').has('supply-chain')).toBe(false);
    expect(byId('Join our teams (Finance) in Austin.').has('finance')).toBe(true);
    expect(byId('You will lead marketing teams in three regions.').has('marketing')).toBe(true);
  });
  it('reads markdown-escaped bullets ("\\- item") as list items, not headings', () => {
    const found = byId('**Benefits & Perks**\n\n\\- A great office, with an excellent location\n\n\\- Additional health insurance, including dental\n\n\\- Referral bonus');
    expect(found.has('dentistry')).toBe(false);
  });
  it('ends a requirements section at an "About <company>" heading, and skips what the company says of itself there, but not at "About you"', () => {
    const found = byId('Eligibility\n- SQL\nAbout Harbor Labs\nHarbor Labs builds tools for banking, from a remote-first team.');
    expect(found.get('sql')?.importance).toBe('required');
    expect(found.has('banking')).toBe(false);
    expect(found.get('remote')?.importance).toBe('mentioned');
    expect(byId('About you\n- Banking experience').get('banking')?.importance).toBe('required');
  });
  it('skips plurals of people named as someone else: colleagues, customers, peers', () => {
    const found = byId('You will work side-by-side with researchers, data scientists and product managers.\nElevenAPI gives developers access to voices.\nAdvise other clinicians.');
    for (const id of ['academic-research', 'data-science', 'product-management', 'software-engineering', 'clinical-practice']) expect(found.has(id)).toBe(false);
    expect(byId('We are looking for developers and data scientists.').has('data-science')).toBe(true);
    expect(byId('Experience with data science tooling.').has('data-science')).toBe(true);
  });
  it('skips the sectors of the employer\'s clients', () => {
    expect(byId('We advise clients who span government, finance, retail and energy.').has('finance')).toBe(false);
    expect(byId('Our customers across banking and insurance trust us.').has('banking')).toBe(false);
    expect(byId('Experience in finance is required.').has('finance')).toBe(true);
  });
  it('leaves out what the posting negates', () => {
    expect(byId('No work experience or college degree is required.').has('bachelors-degree')).toBe(false);
    expect(byId('This isn\u2019t a freelance gig.').has('freelance')).toBe(false);
    expect(byId('We hire regardless of their education.').has('education')).toBe(false);
    expect(byId('Not only SQL but also Python.').has('sql')).toBe(true);
  });
  it('keeps what a refusal\'s condition negates: "Do not apply if you do not have a PhD" asks for one', () => {
    expect(byId('Do not apply if you do not have a PhD.').has('phd')).toBe(true);
    expect(byId('We cannot consider you if you do not hold a CPA.').has('cpa')).toBe(true);
    expect(byId('If you didn\u2019t get a Ph.D., you probably wanted one.').has('phd')).toBe(false);
  });
  it('keeps a cue inside a parenthesis to the words beside it there', () => {
    const found = byId('Qualifications\n* Active RN license (BSN preferred)\n* SQL (preferred)');
    expect(found.get('rn')?.importance).toBe('required');
    expect(found.get('bsn')?.importance).toBe('preferred');
    expect(found.get('sql')?.importance).toBe('preferred');
  });
  it('does not take "helpful" in a posting about helpful answers for a cue', () => {
    const text = 'Requirements\n- Rate which chatbot answer is more helpful using Excel.\n- SQL knowledge is helpful.';
    expect(byId(text).get('excel')?.importance).toBe('required');
    expect(byId(text).get('sql')?.importance).toBe('preferred');
  });
  it('ignores words inside web addresses', () => {
    const found = byId('Apply at https://jobs.example.com/apply/python-thai-reviewer today.\nRequirements\n- SQL');
    expect(found.has('python')).toBe(false);
    expect(found.has('thai')).toBe(false);
    expect(found.get('sql')?.importance).toBe('required');
  });
  it('ignores words inside e-mail addresses, but not a word after a bare "@"', () => {
    const found = byId('Send your CV to data-operations@agreena.com or python.jobs@acme.co.uk.\nRequirements\n- SQL\n- Ping @sales with questions');
    expect(found.has('operations')).toBe(false);
    expect(found.has('python')).toBe(false);
    expect(found.get('sql')?.importance).toBe('required');
    expect(found.has('sales')).toBe(true);
  });
  it('ignores fields named in an equal-opportunity list of protected classes, and only there', () => {
    const text =
      'Requirements\n- A degree in genetics or molecular biology.\n' +
      'We hire without regard to race, religion, national origin, genetics, disability, age, marital status, parental status, education or veteran status.';
    const found = byId(text);
    expect(found.get('biology')?.evidence.map((e) => e.text)).toEqual(['genetics', 'molecular biology']);
    expect(found.has('education')).toBe(false);
    // Job facts in the same run-together "sentence", away from the list, stay.
    const runTogether = byId('Supervise one of five nursing units at the Hillside Veterans Center, a long-term care home, and we do not discriminate on the basis of race, color, national origin, disability, or age.');
    expect(runTogether.has('nursing')).toBe(true);
    // A class word or two is no list: "age" and "gender" alone say nothing of the kind.
    expect(byId('Research on gender and age differences in genetics.').has('biology')).toBe(true);
  });
  it('says "mentioned" outside any requirement section', () => {
    expect(byId('Our team uses Python every day.').get('python')?.importance).toBe('mentioned');
  });
  it('finds the user\'s own keywords through their synonyms', () => {
    const custom = extractKeywords('We use the Harbor review method (HRM).', { custom: [{ term: 'Harbor Method', synonyms: ['HRM'] }] });
    expect(custom.map((k) => k.id)).toContain('custom-harbor-method');
  });
  it('returns nothing for text with no terms, and never throws on odd input', () => {
    expect(extractKeywords('')).toEqual([]);
    expect(() => extractKeywords('\u0000\uFFFF'.repeat(1000))).not.toThrow();
  });
});
