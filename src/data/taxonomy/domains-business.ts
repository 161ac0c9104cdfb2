// Professional domains, part 1: business, finance, accounting, law, and the other commercial
// fields. Many of these words stem into everyday verbs ("marketing"→"market", "consulting"→
// "consult", "banking"→"bank"), so those entries list their forms and turn stemming off.
import type { TaxonomyEntryInput } from '../schema.ts';

export const businessDomains: TaxonomyEntryInput[] = [
  // ── Business ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'business', label: 'Business', category: 'domain', stem: false,
    aliases: ['business background', 'business professional', 'business professionals', 'business administration', 'business management', 'business degree', 'business expertise'],
    // "based on business needs" in hiring boilerplate is not a background. Alone, the word is
    // nearly always the employer's or the product's ("drive business outcomes", "growing Cohere's
    // business", "real business challenges"): it names a field only beside another field or a
    // degree ("business, finance or law", "a degree in Business", "business studies").
    guards: {
      notFollowedBy: ['days', 'day', 'hours', 'email', 'address', 'trip', 'casual', 'needs', 'need', 'necessity', 'purposes', 'reasons', 'intelligence', 'names', 'listings', 'matching', 'unit', 'units'],
      notPrecededBy: ['small'],
      requireNear: ['finance', 'financial', 'accounting', 'economics', 'law', 'legal', 'marketing', 'healthcare', 'medicine', 'medical', 'commerce', 'consulting', 'management', 'administration', 'degree', 'major', 'bachelor', 'bachelors', 'mba', 'background', 'studies', 'corporate', 'acumen', 'strategy', 'strategies'],
      window: 3,
      appliesTo: ['Business'],
    },
    examples: {
      positive: ['We want business professionals to review answers about pricing.', 'A background in business administration is a plus.', 'Experts in business, finance or law rate answers.', 'A degree in Business is a plus.'],
      negative: ['We reply within five business days.', 'Offers depend on merit and business needs.', 'You will drive business outcomes with Excel.', 'Base problems on real business challenges.'],
    },
  },
  {
    id: 'consulting', label: 'Consulting', category: 'domain', stem: false,
    aliases: ['consultant', 'consultants', 'management consulting', 'management consultant', 'strategy consultant', 'strategy consulting', 'consulting firm', 'Big Four consulting'],
    // In UK health postings a consultant is a senior doctor.
    // A "project consultant" or "independent consultant" on a labour marketplace is a contractor title.
    guards: { forbidNear: ['nhs', 'patients', 'patient', 'ward', 'wards', 'clinical', 'surgeons', 'doctors', 'registrars', 'nurses', 'hospital', 'medical'], window: 12, notPrecededBy: ['project', 'independent', 'freelance', 'expert'], appliesTo: ['consultant', 'consultants'] },
    implies: ['business'],
    examples: {
      positive: ['Former management consultants are encouraged to apply.', 'Experience in consulting, ideally at a strategy firm.'],
      negative: ['You will support NHS consultants and ward nurses with patient lists.', 'Please consult the project guidelines before you start.'],
    },
  },
  {
    id: 'business-strategy', label: 'Business strategy', category: 'domain',
    aliases: ['corporate strategy', 'strategic planning', 'strategy and operations', 'competitive strategy', 'growth strategy', 'product strategy'],
    implies: ['business'],
    examples: {
      positive: ['Review answers on corporate strategy and strategic planning.', 'Product strategy experience is valued.'],
      negative: ['Use a clear strategy when you compare responses.'],
    },
  },
  {
    id: 'operations', label: 'Operations', category: 'domain', stem: false,
    aliases: ['business operations', 'operations management', 'operations manager', 'startup operator', 'bizops', 'biz ops', 'strategy & operations', 'revenue operations', 'RevOps'],
    // "a 24-hour operations team", "Trust & Safety operations": a shift desk, not business operations.
    // "advanced Excel operations", "scraping operations", "satellite operations", "all our operations":
    // a spreadsheet's or a system's workings, or someone else's, not the field ("join our operations team" is).
    guards: { notPrecededBy: ['arithmetic', 'math', 'mathematical', 'basic', 'crud', 'database', 'bitwise', 'military', 'special', 'hour', 'safety', 'security', 'it', 'network', 'ml', 'cloud', 'platform', 'dev', 'excel', 'spreadsheet', 'scraping', 'satellite', 'energy', 'outsourced', 'learning', 'development', 'their', 'its'], appliesTo: ['Operations'] },
    implies: ['business'],
    examples: {
      positive: ['Startup operators and business operations leads are a great fit.', 'Five years in operations at a retail company.'],
      negative: ['Check the arithmetic operations in each answer.', 'Our operating system of choice is Linux.', 'Join a 24-hour operations desk covering all zones.', 'Perform advanced Excel operations such as VLOOKUP.', 'It reviews their operations each year.'],
    },
  },
  {
    id: 'product-management', label: 'Product management', category: 'domain',
    aliases: ['product manager', 'product owner', 'product lead', 'product thinking', 'product development', 'product sense'],
    implies: ['business'],
    examples: {
      positive: ['Product managers who can judge roadmap trade-offs.', 'Background in product management at a SaaS company.'],
      negative: ['Annotate product photos for an online store.'],
    },
  },
  {
    id: 'project-management', label: 'Project management', category: 'domain',
    aliases: ['project manager', 'program management', 'program manager', 'project coordination', 'project coordinator', 'PMO', 'agile project management', 'scrum master'],
    implies: ['business'],
    examples: {
      positive: ['Project managers with PMP certification preferred.', 'Experience in program management and delivery.'],
      negative: ['This is a project-based contract with flexible hours.'],
    },
  },
  {
    id: 'market-research', label: 'Market research', category: 'domain',
    aliases: ['market researcher', 'market analysis', 'consumer research', 'consumer insights', 'market sizing', 'competitive intelligence'],
    implies: ['business'],
    examples: {
      positive: ['We need people with market research experience.', 'Strong market sizing and consumer insights skills.'],
      negative: ['Pay is competitive and in line with the market.'],
    },
  },
  {
    id: 'business-analysis', label: 'Business analysis', category: 'domain',
    aliases: ['business analyst', 'business analysts', 'business systems analyst', 'requirements gathering', 'business requirements'],
    implies: ['business'],
    examples: {
      positive: ['Business analysts who write clear requirements.', 'Three years as a business analyst.'],
      negative: ['Data analysts familiar with SQL are welcome.'],
    },
  },
  {
    id: 'entrepreneurship', label: 'Entrepreneurship', category: 'domain',
    aliases: ['entrepreneur', 'founder', 'co-founder', 'startup founder', 'small business owner', 'startups'],
    // "our founder" is company history, not the candidate.
    guards: { notPrecededBy: ['our', 'the', 'its', 'their', 'his', 'her', 'company'], appliesTo: ['founder', 'co-founder'] },
    implies: ['business'],
    examples: {
      positive: ['Founders and small business owners welcome.', 'Entrepreneurs who have built a company.', 'Former founder of a small studio.'],
      negative: ['We are a large established enterprise.', 'Back in 1990 our founder opened the first school.'],
    },
  },
  {
    id: 'supply-chain', label: 'Supply chain & logistics', category: 'domain',
    aliases: ['supply chain', 'logistics', 'procurement', 'purchasing manager', 'inventory management', 'sourcing manager', 'demand planning'],
    // "we handle the logistics" means admin work is taken care of.
    guards: { forbidNear: ['handle', 'handles', 'handled', 'take', 'takes', 'worry'], window: 4, appliesTo: ['logistics'] },
    implies: ['business'],
    examples: {
      positive: ['Supply chain professionals who know procurement.', 'Background in logistics or inventory management.'],
      negative: ['Please supply a resume and a short bio.', 'We take care of the logistics so you can focus on teaching.'],
    },
  },
  {
    id: 'human-resources', label: 'Human resources', category: 'domain',
    aliases: ['HR professional', 'HR generalist', 'HR business partner', 'HRBP', 'people operations', 'people ops', 'compensation and benefits', 'HRIS'],
    caseSensitive: ['HR'],
    // The offer's pay line: "plus equity, variable/incentive compensation and benefits".
    guards: { notPrecededBy: ['incentive', 'competitive', 'total', 'variable', 'attractive', 'generous', 'excellent', 'great', 'full'], appliesTo: ['compensation and benefits'] },
    examples: {
      positive: ['HR professionals who know employment practice.', 'Experience in human resources or people operations.'],
      negative: ['The task takes about two hours per session and pays $25/hr.', 'Base pay $120k, plus equity, variable/incentive compensation and benefits.'],
    },
  },
  {
    id: 'recruiting', label: 'Recruiting', category: 'domain',
    // No stemming ("recruitment" in equal-opportunity text); and "is recruiting for", "your
    // recruiter", "an AI recruiter", "the recruiting process" describe the hiring, not a background.
    stem: false,
    aliases: ['recruiter', 'recruiters', 'talent acquisition', 'technical recruiter', 'technical recruiters', 'sourcer', 'sourcers', 'headhunter', 'headhunters', 'executive search', 'recruitment experience', 'recruiting experience'],
    guards: {
      notPrecededBy: ['is', 'are', 'now', 'currently', 'actively', 'ai', 'your', 'their', 'our', 'at', 'party'],
      notFollowedBy: ['for', 'process', 'team', 'will', 'may', 'can'],
      appliesTo: ['Recruiting', 'recruiter', 'recruiters'],
    },
    implies: ['human-resources'],
    examples: {
      positive: ['Recruiters who have screened thousands of resumes.', 'Talent acquisition background preferred.', 'Five years in recruiting at an agency.'],
      negative: ['Our team will review your application.', 'Acme is recruiting for a remote rater.', 'Ask your recruiter about the range.', 'Candidates are screened by an AI recruiter.', 'All aspects of recruitment and hiring are fair.'],
    },
  },
  {
    id: 'marketing', label: 'Marketing', category: 'domain', stem: false,
    aliases: ['marketer', 'marketers', 'marketing manager', 'brand marketing', 'product marketing', 'growth marketing', 'marketing communications', 'go-to-market', 'GTM strategy', 'demand generation', 'marketing strategy'],
    implies: ['business'],
    examples: {
      positive: ['Marketing professionals who can judge ad copy.', 'Go-to-market and product marketing experience.'],
      negative: ['Rates are set by the job market.'],
    },
  },
  {
    id: 'digital-marketing', label: 'Digital marketing', category: 'domain', stem: false,
    aliases: ['performance marketing', 'paid media', 'paid search', 'social media marketing', 'email marketing', 'PPC', 'growth hacking', 'affiliate marketing'],
    implies: ['marketing'],
    examples: {
      positive: ['Digital marketing specialists with paid search experience.', 'Two years in social media marketing.'],
      negative: ['We post updates on our social media pages.'],
    },
  },
  {
    id: 'public-relations', label: 'Public relations & communications', category: 'domain',
    aliases: ['public relations', 'PR specialist', 'corporate communications', 'communications specialist', 'media relations', 'crisis communications'],
    examples: {
      positive: ['Public relations experience is a plus.', 'Corporate communications specialists welcome.'],
      negative: ['Good relations with the client are important.'],
    },
  },
  {
    id: 'sales', label: 'Sales', category: 'domain', stem: false,
    aliases: ['sales representative', 'account executive', 'business development', 'inside sales', 'B2B sales', 'sales manager', 'sales professional', 'sales professionals', 'SDR', 'BDR', 'sales engineering'],
    // "Salesforce Sales Cloud" is a product.
    guards: { notFollowedBy: ['calls', 'call', 'pitch', 'pitches', 'tax', 'cloud'], notPrecededBy: ['no', 'not'], appliesTo: ['Sales'] },
    implies: ['business'],
    examples: {
      positive: ['Account executives and other sales professionals can apply.', 'Background in B2B sales or business development.'],
      negative: ['This is not a job with sales calls or cold outreach.'],
    },
  },
  {
    id: 'customer-support', label: 'Customer support', category: 'domain',
    aliases: ['customer service', 'customer care', 'customer experience', 'support agent', 'call center', 'contact center', 'help desk', 'helpdesk', 'technical support', '客服', 'atención al cliente', 'atendimento ao cliente', 'service client', 'Kundenservice', 'klantenservice'],
    // "enhance customer experiences", "deliver exceptional customer experiences": what a product or
    // a strategy aims at, not support work.
    guards: { notPrecededBy: ['enhance', 'enhancing', 'improve', 'improving', 'deliver', 'delivering', 'better', 'great', 'exceptional', 'seamless', 'personalized', 'personalised', 'digital', 'and'], appliesTo: ['customer experience'] },
    examples: {
      positive: ['Three years of customer service experience.', 'Former call center agents welcome.'],
      negative: ['Our support team answers payment questions.', 'Guide strategy and enhance customer experiences.'],
    },
  },
  {
    id: 'customer-success', label: 'Customer success', category: 'domain',
    aliases: ['customer success manager', 'CSM', 'account management', 'account manager', 'client success'],
    implies: ['business'],
    examples: {
      positive: ['Customer success managers who know SaaS.', 'Account management experience preferred.'],
      negative: ['Success on this project depends on quality.'],
    },
  },
  {
    id: 'ecommerce-retail', label: 'E-commerce & retail', category: 'domain', stem: false,
    aliases: ['e-commerce', 'ecommerce', 'retail', 'retailer', 'retailers', 'merchandising', 'online retail', 'category management', 'Shopify store'],
    examples: {
      positive: ['Experience in e-commerce or retail merchandising.', 'Ecommerce operators are welcome.'],
      negative: ['We sell nothing; this is a research project.'],
    },
  },
  {
    id: 'real-estate', label: 'Real estate', category: 'domain',
    guards: { notPrecededBy: ['screen'], appliesTo: ['Real estate'] },
    aliases: ['realtor', 'real estate agent', 'property management', 'property manager', 'commercial real estate', 'CRE', 'real estate appraisal', 'mortgage broker'],
    examples: {
      positive: ['Realtors and property managers are a good fit.', 'Background in commercial real estate.'],
      negative: ['Screen real estate is limited on mobile.'],
    },
  },
  {
    // Unstemmed: Porter makes "insurance" an "insur", which "insure the success" is too.
    id: 'insurance', label: 'Insurance', category: 'domain', stem: false,
    aliases: ['insurer', 'insurers', 'underwriting', 'underwriter', 'underwriters', 'insurance claims', 'claims adjuster', 'claims adjusters', 'claims adjusting', 'insurance agent', 'insurance agents', 'reinsurance', 'reinsurer', 'loss adjuster', 'loss adjusters'],
    // "life insurance and a pension plan", "private health insurance": a benefit or a cover the
    // worker holds, not the insurance field.
    guards: { notPrecededBy: ['life', 'health', 'medical', 'dental', 'vision', 'disability', 'travel', 'accident', 'liability', 'pet', 'private', 'supplemental', 'unemployment', 'national', 'social', 'indemnity'], appliesTo: ['Insurance'] },
    examples: {
      positive: ['Underwriters and claims adjusters with five years of experience.', 'Insurance industry background required.'],
      negative: ['Ensure that every answer is accurate.', 'We offer life insurance and a pension plan.', 'Design methods that insure the success of each project.'],
    },
  },
  {
    id: 'actuarial-science', label: 'Actuarial science', category: 'domain',
    aliases: ['actuary', 'actuaries', 'actuarial', 'actuarial analyst', 'actuarial exams', 'FCAS'],
    implies: ['insurance'],
    examples: {
      positive: ['Actuaries who can check reserve calculations.', 'Actuarial analysts with exam progress.'],
      negative: ['Accurate answers are rewarded.'],
    },
  },
  {
    id: 'government-policy', label: 'Government & public policy', category: 'domain',
    // No stemming: Porter merges "governance" with "government". Bare "government" counts only
    // with a word about the candidate's own work there, not in a client list.
    stem: false,
    aliases: ['public policy', 'policy analyst', 'policy analysts', 'policy analysis', 'government', 'public sector', 'public administration', 'policy memo', 'policy memos', 'legislative affairs', 'civil service', 'government experience'],
    guards: {
      requireNear: ['experience', 'experienced', 'background', 'worked', 'working', 'former', 'career', 'official', 'officials', 'professional', 'professionals', 'employee', 'employees', 'policy', 'policies', 'affairs', 'relations', 'service', 'roles', 'role'],
      notFollowedBy: ['id', 'ids', 'issued', 'identification', 'agencies', 'agency', 'entities', 'clients', 'customers', 'organizations', 'backed', 'funded', 'funding', 'digital'],
      window: 4,
      appliesTo: ['government'],
    },
    examples: {
      positive: ['Policy analysts who write clear policy memos.', 'Public sector or government experience.', 'Former government officials welcome.'],
      negative: ['Upload a valid government-issued ID.', 'Universities, firms, and government agencies use our exams.', 'Escalate tricky items to the governance team.'],
    },
  },
  {
    id: 'nonprofit', label: 'Nonprofit', category: 'domain',
    aliases: ['non-profit', 'not-for-profit', 'NGO', 'charity sector', 'philanthropy', 'fundraising', 'development officer'],
    examples: {
      positive: ['Nonprofit leaders and fundraising professionals.', 'Experience at an NGO is welcome.'],
      negative: ['The profit margin was wrong in answer B.'],
    },
  },
  {
    id: 'hospitality', label: 'Hospitality & travel', category: 'domain',
    // Unstemmed: Porter folds "hospitality" and "hospital" into one stem.
    stem: false,
    aliases: ['hospitality', 'hotel management', 'hotel manager', 'travel industry', 'tourism', 'food and beverage', 'restaurant management', 'restaurant manager', 'event planning', 'event planner', 'event planners'],
    examples: {
      positive: ['Hospitality professionals who know hotel management.', 'Background in tourism or event planning.'],
      negative: ['No travel is required.', 'Five years as a nurse at Lakeside General Hospital.'],
    },
  },
  // ── Finance ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'finance', label: 'Finance', category: 'domain',
    aliases: ['financial services', 'finance professional', 'finance professionals', 'financial analyst', 'financial analysts', 'financial analysis', 'financial reasoning', 'financial writing',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'finanzas', 'finanças', 'Finanzwesen', 'finanza', 'financiën'
    ],
    examples: {
      positive: ['Finance professionals wanted for expert review.', 'Former financial analysts can apply.'],
      negative: ['Lawyers and paralegals are encouraged to apply.'],
    },
  },
  {
    id: 'fp-and-a', label: 'FP&A', category: 'domain',
    aliases: ['financial planning and analysis', 'financial planning & analysis', 'FPA analyst', 'budgeting and forecasting'],
    implies: ['finance'],
    examples: {
      positive: ['Five years in FP&A at a public company.', 'Financial planning and analysis background.'],
      negative: ['Plan your week and track your hours.'],
    },
  },
  {
    id: 'corporate-finance', label: 'Corporate finance', category: 'domain',
    caseSensitive: ['M&A'],
    aliases: ['treasury', 'corporate treasury', 'capital budgeting', 'mergers and acquisitions', 'corporate development'],
    implies: ['finance'],
    examples: {
      positive: ['M&A and corporate development experience.', 'Corporate finance background preferred.'],
      negative: ['The corporate website lists our address.'],
    },
  },
  {
    id: 'investment-management', label: 'Investment management', category: 'domain', stem: false,
    aliases: ['investment', 'investments', 'investing', 'asset management', 'portfolio management', 'portfolio manager', 'equity research', 'investment analyst', 'hedge fund', 'buy-side'],
    // "Investing in our people", "long-term technical investments", "a significant investment of time": spending, not the field.
    guards: { notFollowedBy: ['in', 'of'], notPrecededBy: ['technical', 'term', 'strategic', 'significant', 'major', 'heavy', 'heavily', 'ongoing', 'continued', 'our', 'time', 'an', 'worthwhile', 'high', 'low'], appliesTo: ['investment', 'investments', 'investing'] },
    implies: ['finance'],
    examples: {
      positive: ['Portfolio managers and equity research analysts.', 'Knowledge of investing and asset management.'],
      negative: ['Invest a few hours each week in the work.', 'Own long-term technical investments in the platform.', 'We are investing in our people.'],
    },
  },
  {
    id: 'investment-banking', label: 'Investment banking', category: 'domain',
    aliases: ['investment banker', 'investment bankers', 'IB analyst', 'sell-side', 'capital markets', 'leveraged finance'],
    implies: ['finance', 'banking'],
    examples: {
      positive: ['Former investment bankers who built pitch books.', 'Capital markets experience is a plus.'],
      negative: ['Payments go to your bank account every week.'],
    },
  },
  {
    id: 'banking', label: 'Banking', category: 'domain', stem: false,
    aliases: ['banker', 'bankers', 'commercial banking', 'retail banking', 'lending', 'credit analysis', 'credit analyst', 'loan officer', 'underwriting loans'],
    implies: ['finance'],
    examples: {
      positive: ['Commercial banking or credit analyst background.', 'Experience in banking, lending or loan review.'],
      negative: ['Never share your bank login with anyone.'],
    },
  },
  {
    id: 'private-equity', label: 'Private equity & venture capital', category: 'domain',
    aliases: ['private equity', 'venture capital', 'PE fund', 'growth equity', 'LBO', 'leveraged buyout'],
    caseSensitive: ['VC'],
    implies: ['finance', 'investment-management'],
    examples: {
      positive: ['Private equity associates who model LBOs.', 'Venture capital analysts welcome.'],
      negative: ['Equity and inclusion matter to us.'],
    },
  },
  {
    id: 'wealth-management', label: 'Wealth management & financial planning', category: 'domain',
    aliases: ['wealth management', 'financial planning', 'financial planner', 'financial advisor', 'financial adviser', 'personal finance', 'retirement planning'],
    // "Financial planning and analysis" (FP&A) is a company's budgeting, not advice to households.
    // "Wellness and personal finance offerings": a benefit.
    guards: { notFollowedBy: ['and analysis', '& analysis', 'analyst', 'analysts', 'offerings', 'benefits', 'perks', 'programs', 'program', 'resources', 'tools', 'apps', 'coaching', 'workshops'], appliesTo: ['financial planning', 'personal finance'] },
    implies: ['finance'],
    examples: {
      positive: ['Financial advisors who explain retirement planning.', 'Personal finance expertise.'],
      negative: ['Plan your answers before writing.', 'Five years in financial planning and analysis (FP&A).', 'Benefits, wellness and personal finance offerings.'],
    },
  },
  {
    id: 'trading', label: 'Trading & markets', category: 'domain',
    aliases: ['trader', 'traders', 'trading desk', 'equities trading', 'equity trader', 'fixed income', 'derivatives trading', 'financial derivatives', 'options trading', 'quantitative trading', 'quant', 'quants', 'quantitative finance'],
    implies: ['finance'],
    examples: {
      positive: ['Fixed income traders and financial derivatives experts.', 'Background in quantitative finance.'],
      negative: ['Trade-offs between answers must be explained.'],
    },
  },
  {
    id: 'risk-management', label: 'Risk management', category: 'domain',
    aliases: ['risk analyst', 'risk analysis', 'credit risk', 'market risk', 'operational risk', 'enterprise risk', 'model risk', 'risk modeling', 'risk assessment'],
    implies: ['finance'],
    examples: {
      positive: ['Credit risk and market risk specialists.', 'Experience in risk management at a bank.'],
      negative: ['Test whether the model handles risky topics.'],
    },
  },
  {
    id: 'fintech', label: 'Fintech', category: 'domain',
    aliases: ['financial technology', 'payments industry', 'payment processing', 'neobank'],
    implies: ['finance'],
    examples: {
      positive: ['Fintech product experience preferred.', 'Background in payment processing.'],
      negative: ['Payments are sent weekly via PayPal.'],
    },
  },
  {
    id: 'crypto-blockchain', label: 'Crypto & blockchain', category: 'domain',
    aliases: ['blockchain', 'cryptocurrency', 'cryptocurrencies', 'web3', 'DeFi', 'smart contracts', 'Solidity'],
    examples: {
      positive: ['Blockchain engineers who know smart contracts.', 'Experience with DeFi protocols.'],
      negative: ['Encrypt your files before upload.'],
    },
  },
  // ── Accounting ───────────────────────────────────────────────────────────────────────────
  {
    id: 'accounting', label: 'Accounting', category: 'domain', stem: false,
    aliases: ['accountant', 'accountants', 'accounting principles', 'accounting professional', 'accounting professionals', 'general ledger', 'accounts payable', 'accounts receivable', 'month-end close', 'financial accounting', 'managerial accounting', 'cost accounting',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'contabilidad', 'contador', 'contadora', 'contabilidade', 'comptabilité', 'comptable', 'expert-comptable', 'Buchhaltung', 'Buchhalter', 'Buchhalterin', 'Rechnungswesen', 'contabilità', 'contabile', 'boekhouding', 'boekhouder', 'contadores', 'contables', 'comptables', 'contabili', 'boekhouders'
    ],
    examples: {
      positive: ['Accountants who know the general ledger.', 'Accounting background required; CPA a plus.'],
      negative: ['Create an account on our platform to start.'],
    },
  },
  {
    id: 'audit', label: 'Auditing', category: 'domain',
    aliases: ['audit', 'auditor', 'auditors', 'internal audit', 'external audit', 'financial audit', 'SOX', 'Sarbanes-Oxley', 'assurance services'],
    // The domain is financial auditing: "audit AI outputs", "research auditor" or "resource
    // audits" are reviewing, so bare forms need a finance word close by and no AI word.
    guards: {
      notPrecededBy: ['quality', 'random', 'spot', 'accessibility', 'security', 'seo', 'research', 'resources', 'content', 'data'],
      requireNear: ['financial', 'finance', 'internal', 'external', 'accounting', 'accountant', 'accountants', 'cpa', 'cpas', 'sox', 'four', 'assurance', 'controls', 'statements', 'firm', 'firms', 'gaap', 'ifrs', 'tax', 'ledger', 'books'],
      forbidNear: ['ai', 'model', 'models', 'outputs', 'output', 'responses', 'tasks', 'task', 'instructions', 'prompts', 'llm', 'generated'],
      window: 5,
      appliesTo: ['audit', 'Auditing', 'auditor', 'auditors'],
    },
    implies: ['accounting'],
    examples: {
      positive: ['External auditors from Big Four firms.', 'Experience in internal audit or SOX testing.', 'Former auditor of financial statements.'],
      negative: ['Your work is subject to a random quality audit.', 'Review and audit AI-generated answers for errors.', 'Chemistry Research Auditor, part-time.'],
    },
  },
  {
    id: 'tax', label: 'Tax', category: 'domain',
    aliases: ['taxation', 'tax preparation', 'tax preparer', 'tax accountant', 'tax advisor', 'Steuerberater', 'Steuerberaterin', 'tax law', 'tax compliance', 'tax return', 'tax returns', 'international tax', 'corporate tax'],
    guards: {
      // "Contact your tax and/or immigration advisor": contractor boilerplate.
      // "Korean tax on USD income": the worker's own tax on the pay.
      forbidNear: ['responsible', 'own', 'withhold', 'withholding', 'withheld', 'deduct', 'deducted', 'invoice', 'invoices', 'pay', 'paid', 'payment', 'payments', 'form', 'forms', 'w', 'w2', '1099', 'immigration', 'income', 'earnings', 'wages'],
      // "a tax-exempt nonprofit" describes the employer.
      notFollowedBy: ['exempt', 'deductible', 'id', 'relief', 'free', 'credit', 'credits'],
      window: 6,
      appliesTo: ['Tax'],
    },
    implies: ['accounting'],
    examples: {
      positive: ['Tax accountants who prepare corporate tax returns.', 'Strong knowledge of tax and regulation.'],
      negative: ['You are responsible for your own taxes as a contractor.', 'We are a tax-exempt charity.', 'Korean tax on USD income is assessed case by case.'],
    },
  },
  {
    id: 'bookkeeping', label: 'Bookkeeping', category: 'domain',
    aliases: ['bookkeeper', 'bookkeepers', 'book keeping', 'payroll', 'payroll processing'],
    implies: ['accounting'],
    examples: {
      positive: ['Bookkeepers who use QuickBooks daily.', 'Payroll processing experience.'],
      negative: ['Keep notes for every task you book.'],
    },
  },
  {
    id: 'financial-reporting', label: 'Financial reporting (GAAP/IFRS)', category: 'domain',
    aliases: ['financial reporting', 'GAAP', 'US GAAP', 'IFRS', 'SEC reporting', 'financial statements', '10-K', 'revenue recognition', 'ASC 606'],
    implies: ['accounting'],
    examples: {
      positive: ['Deep knowledge of US GAAP and IFRS.', 'Experience preparing financial statements.'],
      negative: ['Report issues with the task interface.'],
    },
  },
  {
    id: 'forensic-accounting', label: 'Forensic accounting', category: 'domain',
    aliases: ['forensic accountant', 'fraud examination', 'fraud examiner', 'fraud investigation', 'anti-money laundering', 'KYC'],
    // "AML" is also acute myeloid leukemia or a team's own acronym: capitalised and near a
    // compliance word only.
    caseSensitive: ['AML'],
    guards: { requireNear: ['kyc', 'compliance', 'laundering', 'fraud', 'sanctions', 'bsa', 'financial', 'banking', 'bank', 'risk', 'analyst', 'analysts', 'investigations', 'investigator', 'transaction', 'transactions', 'monitoring', 'cft'], window: 6, appliesTo: ['AML'] },
    implies: ['accounting'],
    examples: {
      positive: ['Fraud examiners and forensic accountants.', 'AML and KYC analysts welcome.'],
      negative: ['Report any fraud attempts you see on job boards.', 'Oncology cases such as AML and lymphoma.'],
    },
  },
  // ── Law ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'legal', label: 'Law', category: 'domain', stem: false,
    aliases: ['legal', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'legal professional', 'legal professionals', 'law firm', 'legal field', 'legal industry', 'legal expertise', 'legal background', 'practicing law', 'practice of law', 'legal counsel', 'in-house counsel', 'solicitor', 'barrister',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'abogado', 'abogada', 'abogados', 'grado en derecho', 'licenciatura en derecho', 'advogado', 'advogada', 'bacharel em direito', 'avocat', 'avocate', 'juriste', 'Rechtsanwalt', 'Rechtsanwältin', 'Jurist', 'Juristin', 'Rechtswissenschaft', 'avvocato', 'laurea in giurisprudenza', 'giurisprudenza', 'advocaat', 'advogados', 'avocats', 'juristes', 'Rechtsanwälte', 'Juristen', 'avvocati', 'advocaten'
    ],
    guards: {
      notFollowedBy: ['name', 'names', 'entity', 'requirements', 'requirement', 'right', 'rights', 'age', 'resident', 'residents', 'status', 'guardian', 'holiday', 'holidays', 'disclaimer', 'notice', 'tender'],
      // "protected by law", "federal, state, or local law": equal-opportunity boilerplate.
      // "the New York Correction Law" (fair-chance hiring notices).
      notPrecededBy: ['your', 'their', 'his', 'her', 'full', 'local', 'applicable', 'by', 'under', 'federal', 'state', 'correction'],
      forbidNear: ['authorized', 'authorised', 'authorization', 'eligible', 'eligibility', 'employer', 'disclaimer', 'notice', 'protected', 'discriminate', 'discrimination', 'prohibited', 'permitted', 'accordance'],
      window: 6,
      appliesTo: ['legal', 'Law'],
    },
    examples: {
      positive: ['Lawyers and attorneys are invited to apply.', 'Legal professionals with litigation experience.', 'Experience in the legal field.', 'A degree in law or policy.'],
      negative: ['Use your full legal name on the form.', 'You must be of legal age in your country.', 'Legal: you must be authorized to work in the US.', 'Any other status protected by applicable law.', 'Applicants with criminal histories are considered under the New York Correction Law.'],
    },
  },
  {
    id: 'litigation', label: 'Litigation', category: 'domain',
    aliases: ['litigator', 'litigators', 'litigation support', 'civil litigation', 'trial lawyer', 'trial practice', 'motion practice', 'discovery requests'],
    implies: ['legal'],
    examples: {
      positive: ['Litigation support professionals welcome.', 'Five years as a civil litigator.'],
      negative: ['Describe the model answer in your own words.'],
    },
  },
  {
    id: 'contract-law', label: 'Contract law & review', category: 'domain',
    // No stemming: a "contract attorney" is a lawyer hired on contract, while a "contracts
    // attorney" practises contract law.
    stem: false,
    aliases: ['contract review', 'contract reviews', 'reviewing contracts', 'contract drafting', 'drafting contracts', 'contract negotiation', 'contract negotiations', 'negotiating contracts', 'contract law', 'contracts attorney', 'contracts attorneys', 'commercial contracts', 'commercial contract', 'transactional law', 'contract management'],
    implies: ['legal'],
    examples: {
      positive: ['Experience in contract review and drafting.', 'Commercial contracts attorneys preferred.'],
      negative: ['This is a six-month contract role.', 'Contract Attorney for a document review project.'],
    },
  },
  {
    id: 'corporate-law', label: 'Corporate law', category: 'domain',
    aliases: ['corporate lawyer', 'corporate attorney', 'securities law', 'corporate governance', 'general counsel', 'banking law'],
    implies: ['legal'],
    examples: {
      positive: ['Corporate lawyers with securities law experience.', 'Former general counsel welcome.'],
      negative: ['Corporate jargon makes answers worse.'],
    },
  },
  {
    id: 'compliance', label: 'Compliance', category: 'domain',
    aliases: ['regulatory compliance', 'compliance officer', 'compliance analyst', 'compliance program', 'compliance professional', 'compliance professionals', 'ethics and compliance'],
    guards: { notFollowedBy: ['with'], notPrecededBy: ['guideline', 'guidelines', 'policy', 'rubric', 'instruction', 'format'], appliesTo: ['Compliance'] },
    examples: {
      positive: ['Compliance officers in financial services.', 'Experience in compliance at a bank.'],
      negative: ['Compliance with the rubric is checked on every task.'],
    },
  },
  {
    id: 'regulatory-affairs', label: 'Regulatory affairs', category: 'domain',
    aliases: ['regulatory', 'regulatory research', 'regulatory analyst', 'regulatory specialist', 'regulatory submissions', 'FDA regulatory', 'regulatory law'],
    examples: {
      positive: ['Regulatory research for financial rules.', 'Regulatory affairs professionals in pharma.'],
      negative: ['Regular check-ins with the team.'],
    },
  },
  {
    id: 'intellectual-property', label: 'Intellectual property', category: 'domain',
    aliases: ['IP law', 'patent law', 'patent attorney', 'patent agent', 'patent prosecution', 'trademark law', 'copyright law', 'patents'],
    implies: ['legal'],
    examples: {
      positive: ['Patent attorneys and patent agents.', 'Intellectual property lawyers welcome.'],
      negative: ['Your IP address is not stored.'],
    },
  },
  {
    id: 'employment-law', label: 'Employment law', category: 'domain',
    aliases: ['labor law', 'labour law', 'employment lawyer', 'employment attorney', 'workplace investigations'],
    implies: ['legal'],
    examples: {
      positive: ['Employment lawyers who know wage rules.', 'Background in labor law.'],
      negative: ['Full-time employment is not offered.'],
    },
  },
  {
    id: 'immigration-law', label: 'Immigration law', category: 'domain',
    aliases: ['immigration lawyer', 'immigration attorney', 'immigration paralegal', 'visa petitions'],
    implies: ['legal'],
    examples: {
      positive: ['Immigration attorneys and paralegals.', 'Experience in immigration law.'],
      negative: ['We cannot sponsor a visa for this role.'],
    },
  },
  {
    id: 'criminal-law', label: 'Criminal law', category: 'domain',
    aliases: ['criminal defense', 'prosecutor', 'public defender', 'criminal justice', 'district attorney'],
    implies: ['legal'],
    examples: {
      positive: ['Former prosecutors and public defenders.', 'Criminal defense experience.'],
      negative: ['Scammers may pose as recruiters.'],
    },
  },
  {
    // Unstemmed: Porter makes "probation" (a probation officer, a probation period) "probate".
    id: 'family-law', label: 'Family law', category: 'domain', stem: false,
    aliases: ['family lawyer', 'family lawyers', 'divorce law', 'estate planning', 'trusts and estates', 'probate', 'elder law'],
    implies: ['legal'],
    examples: {
      positive: ['Estate planning and probate attorneys.', 'Family law practitioners.'],
      negative: ['A family-friendly flexible schedule.', 'Experience as a probation officer.'],
    },
  },
  {
    id: 'privacy-law', label: 'Privacy & data protection', category: 'domain',
    aliases: ['data privacy', 'privacy law', 'data protection', 'GDPR', 'CCPA', 'HIPAA', 'privacy counsel', 'CIPP'],
    // "Ensure compliance with data privacy standards", "a HIPAA environment": rules the job follows,
    // not privacy law as a field; the field comes with legal words around it.
    guards: {
      requireNear: ['law', 'laws', 'legal', 'counsel', 'attorney', 'attorneys', 'lawyer', 'lawyers', 'regulation', 'regulations', 'regulatory', 'statute', 'statutes', 'litigation', 'jurisdiction', 'jurisdictions', 'certified', 'certification'],
      window: 8,
      appliesTo: ['data privacy', 'data protection', 'HIPAA'],
    },
    implies: ['legal'],
    examples: {
      positive: ['Knowledge of GDPR and CCPA.', 'Data privacy counsel welcome.'],
      negative: ['Adhere to data privacy standards at all times.', 'Read the privacy policy below.'],
    },
  },
  {
    id: 'paralegal', label: 'Paralegal work', category: 'domain',
    aliases: ['paralegals', 'legal assistant', 'legal assistants', 'legal secretary', 'law clerk', 'judicial clerk', 'judicial clerkship'],
    implies: ['legal'],
    examples: {
      positive: ['Paralegals with five years of experience.', 'Former law clerks are a good fit.'],
      negative: ['A virtual assistant role with email handling.'],
    },
  },
  {
    id: 'ediscovery', label: 'eDiscovery & document review', category: 'domain', stem: false,
    aliases: ['eDiscovery', 'e-discovery', 'electronic discovery', 'document review attorney', 'document review attorneys', 'doc review', 'privilege review', 'legal document review', 'document review'],
    // Bare "document review" is this legal work only in a legal setting.
    guards: { requireNear: ['legal', 'attorney', 'attorneys', 'litigation', 'law', 'privilege', 'discovery', 'paralegal', 'paralegals', 'lawyer', 'lawyers', 'counsel'], window: 6, appliesTo: ['document review'] },
    implies: ['legal'],
    examples: {
      positive: ['Document review attorneys with eDiscovery experience.', 'Privilege review and doc review projects.', 'Paralegals with document review and legal research skills.'],
      negative: ['Discover new projects on the dashboard.', 'Light document review of invoices for the finance team.'],
    },
  },
  // ── Other fields ─────────────────────────────────────────────────────────────────────────
  {
    id: 'architecture', label: 'Architecture', category: 'domain', stem: false,
    aliases: ['architect', 'architects', 'architectural design', 'licensed architect', 'urban planning', 'urban planner', 'landscape architecture'],
    // Software postings use the word for code design, and "Architect systems" as a verb.
    guards: {
      notPrecededBy: ['software', 'solutions', 'solution', 'cloud', 'system', 'systems', 'data', 'enterprise', 'model', 'lakehouse', 'warehouse', 'lake', 'serverless', 'mesh', 'reference', 'information', 'network', 'security', 'technical', 'transformer', 'microservices', 'microservice', 'application', 'lasting', 'scalable', 'code', 'backend', 'frontend', 'platform', 'service', 'api', 'robust', 'clean', 'modular', 'distributed', 'neural', 'computer', 'hardware', 'cpu', 'gpu', 'web', 'mobile', 'app', 'integration', 'component', 'behavior', 'behaviour', 'satellite', 'driven', 'information', 'prompt', 'agent', 'product', 'react'],
      notFollowedBy: ['systems', 'solutions', 'scalable', 'the', 'our', 'new', 'software', 'services', 'pipelines', 'infrastructure', 'apis', 'backend', 'frontend'],
      appliesTo: ['Architecture', 'architect', 'architects'],
    },
    examples: {
      positive: ['Licensed architects who read building codes.', 'Background in architecture or urban planning.'],
      negative: ['Solid grasp of software architecture and cloud architects.', 'Architect systems that scale, and build robust architecture.', 'MLflow, Lakehouse architecture and Unity Catalog.'],
    },
  },
  {
    id: 'construction', label: 'Construction', category: 'domain', stem: false,
    aliases: ['construction industry', 'construction management', 'construction manager', 'construction managers', 'general contractor', 'general contractors', 'building codes', 'estimator', 'estimators', 'skilled trades', 'electrician', 'electricians', 'plumber', 'plumbers'],
    // "Proof construction", "the construction of the dataset": building an argument or a thing, not the trade.
    guards: { notPrecededBy: ['proof', 'proofs', 'sentence', 'query', 'prompt', 'prompts', 'dataset', 'data', 'model', 'test', 'question', 'argument', 'theory', 'the'], appliesTo: ['Construction'] },
    examples: {
      positive: ['Construction managers and estimators.', 'Knowledge of building codes.', 'Ten years in construction.'],
      negative: ['Construct a prompt that tests the model.', 'Tasks need judgment (e.g., proof construction, multi-step reasoning).'],
    },
  },
  {
    // Unstemmed: Porter makes "production planning" a "product plan", which product managers write.
    id: 'manufacturing', label: 'Manufacturing', category: 'domain', stem: false,
    aliases: ['manufacture', 'manufacturer', 'manufacturers', 'manufactured', 'manufacturing engineer', 'manufacturing engineers', 'production planning', 'production planner', 'lean manufacturing', 'Six Sigma', 'plant operations', 'plant operator', 'plant operators'],
    examples: {
      positive: ['Lean manufacturing and Six Sigma experience.', 'Manufacturing engineers welcome.'],
      negative: ['Produce written feedback for each task.', 'Own product planning and the roadmap.'],
    },
  },
  {
    id: 'energy', label: 'Energy & utilities', category: 'domain',
    aliases: ['oil and gas', 'renewable energy', 'utilities sector', 'power systems', 'energy sector', 'solar energy'],
    examples: {
      positive: ['Experience in oil and gas or renewable energy.', 'Energy sector analysts.'],
      negative: ['We value energetic team players.'],
    },
  },
  {
    id: 'agriculture', label: 'Agriculture', category: 'domain', stem: false,
    aliases: ['agronomy', 'agronomist', 'agronomists', 'farming', 'farmer', 'farmers', 'agricultural', 'agricultural science', 'food science', 'agribusiness'],
    examples: {
      positive: ['Agronomists and agricultural science graduates.', 'Background in farming or food science.'],
      negative: ['The farm of servers handles requests.'],
    },
  },
  {
    id: 'media-entertainment', label: 'Media & entertainment', category: 'domain',
    aliases: ['film production', 'television production', 'broadcasting', 'video production', 'music industry', 'podcast production', 'entertainment industry'],
    examples: {
      positive: ['Background in film production or broadcasting.', 'Podcast production experience.'],
      negative: ['Watch a short video about the task.'],
    },
  },
  {
    id: 'arts', label: 'Arts & music', category: 'domain',
    // Unstemmed: "composer" would find "remain composed", "photography" clinical "photographs".
    stem: false,
    aliases: ['fine arts', 'art history', 'musician', 'musicians', 'music theory', 'composer', 'composers', 'visual artist', 'visual artists', 'illustrator', 'illustrators', 'painter', 'painters', 'photographer', 'photographers', 'photography'],
    // "Institute of Photography" is a school's name in a company blurb.
    guards: { notPrecededBy: ['adobe', 'of'], appliesTo: ['illustrator', 'photography'] },
    examples: {
      positive: ['Music theory experts and composers.', 'Art history graduates and visual artists.', 'Experience in portrait photography.'],
      negative: ['Remain composed with anxious patients while you take photographs of the eye.', 'The state of the art in language models.', 'The Boston School of Photography runs our courses.'],
    },
  },
  {
    id: 'sports-fitness', label: 'Sports & fitness', category: 'domain',
    aliases: ['personal trainer', 'fitness coach', 'strength and conditioning', 'kinesiology', 'exercise science', 'sports science', 'athletic trainer'],
    examples: {
      positive: ['Personal trainers and kinesiology graduates.', 'Exercise science background.'],
      negative: ['An AI trainer reviews model output.'],
    },
  },
  {
    id: 'aviation', label: 'Aviation', category: 'domain',
    aliases: ['pilot', 'pilots', 'airline pilot', 'air traffic control', 'aircraft maintenance', 'flight operations'],
    // "Pilot" alone is mostly a trial ("pilot materials", "pilot project"): only with flying nearby.
    guards: {
      notPrecededBy: ['co'],
      requireNear: ['airline', 'aircraft', 'aviation', 'flight', 'flying', 'cockpit', 'faa', 'atp', 'commercial', 'licensed', 'helicopter', 'airport', 'hours'],
      appliesTo: ['pilot', 'pilots'],
    },
    examples: {
      positive: ['Commercial airline pilots with ATP ratings.', 'Aircraft maintenance technicians.'],
      negative: ['This is a pilot project for new raters.', 'Works with a co-pilot style assistant.', 'Lead instruction of pilot materials in first-teach sessions.'],
    },
  },
  {
    id: 'military-defense', label: 'Military & defense', category: 'domain',
    aliases: ['military', 'veteran', 'veterans', 'defense industry', 'armed forces', 'intelligence analyst', 'national security'],
    // Equal-opportunity lines list "protected veteran status": not a background the job asks for.
    // So do "past or present military service" and "military leave"; "industry veterans" are
    // experienced people of any field.
    guards: {
      notPrecededBy: ['protected', 'industry', 'tech', 'seasoned'],
      notFollowedBy: ['status', 'leave', 'affairs'],
      // "We welcome applications from the Armed Forces" is inclusion boilerplate too.
      forbidNear: ['discriminate', 'discrimination', 'race', 'religion', 'gender', 'sex', 'orientation', 'disability', 'protected', 'equal', 'opportunity', 'color', 'ancestry', 'genetic', 'citizenship', 'marital', 'harassment', 'welcome', 'applications'],
      window: 10,
      appliesTo: ['veteran', 'veterans', 'military', 'armed forces'],
    },
    examples: {
      positive: ['Veterans and former military officers.', 'Intelligence analysts with clearances.'],
      negative: ['We welcome applications from the Armed Forces community.', 'Defend your rating in one sentence.', 'We do not discriminate on the basis of disability or protected veteran status.', 'Decisions ignore race, religion, age, or past or present military service.'],
    },
  },
  {
    id: 'culinary', label: 'Culinary arts', category: 'domain',
    aliases: ['chef', 'chefs', 'culinary', 'cook', 'pastry chef', 'nutrition and cooking'],
    // German "Chef" is a boss: "Sei dein eigener Chef".
    guards: { notPrecededBy: ['eigener', 'eigene', 'dein', 'deine', 'ihr', 'ihre', 'neuer', 'neue'], appliesTo: ['chef'] },
    examples: {
      positive: ['Professional chefs to judge recipes.', 'Culinary school graduates welcome.'],
      negative: ['A kitchen sink of tasks.', 'Sei dein eigener Chef und arbeite von zu Hause.'],
    },
  },
];
