// Tools, part 2: office suites, business software, professional databases (law, medicine,
// finance), annotation platforms and AI assistants. Product names that are also plain words
// ("Word", "Slack", "Notion", "Epic", "Claude") match only capitalised and near a context word.
import type { TaxonomyEntryInput } from '../schema.ts';

const OFFICE_WORK = ['business', 'consulting', 'finance', 'accounting', 'legal', 'education', 'writing', 'healthcare', 'operations', 'project-management'];
// Crowd-work vendors are also employers and staffing firms ("Join the Appen team", "a subsidiary
// of SuperAnnotate"): their names count as a tool only next to a word about having used them.
const VENDOR_NEAR = ['experience', 'experienced', 'familiarity', 'familiar', 'worked', 'previous', 'previously', 'prior', 'past', 'platforms', 'such', 'like', 'eg', 'tools', 'background', 'using', 'used', 'including'];
const AI_NEAR = ['ai', 'chatgpt', 'gpt', 'gemini', 'claude', 'copilot', 'grok', 'llama', 'mistral', 'anthropic', 'openai', 'model', 'models', 'llm', 'llms', 'assistant', 'assistants', 'chatbot', 'chatbots', 'tools', 'perplexity'];

export const businessTools: TaxonomyEntryInput[] = [
  // ── Office suites ────────────────────────────────────────────────────────────────────────
  {
    id: 'excel', label: 'Microsoft Excel', category: 'tool', stem: false,
    aliases: ['Excel', 'MS Excel', 'MS-Excel', 'Excel spreadsheets', 'Excel modeling', 'Excel models', 'advanced Excel'],
    guards: {
      notFollowedBy: ['at', 'in', 'within', 'under', 'when', 'as'],
      notPrecededBy: ['will', 'who', 'you', 'we', 'they', 'can', 'should', 'would', 'could', 'must', 'may', 'might', 'helps', 'help', 'to'],
      appliesTo: ['Excel'],
    },
    typicalFor: ['finance', 'accounting', 'fp-and-a', 'business', 'consulting', 'data-analytics', 'operations', 'banking', 'investment-banking'],
    examples: {
      positive: ['Advanced Excel skills required.', 'Financial modeling in Microsoft Excel.', 'Comfort with Excel, Google Sheets and SQL.'],
      negative: ['Excellent communication skills.', 'You will excel at this role if you love details.', 'Candidates who excel in writing.'],
    },
  },
  {
    id: 'google-sheets', label: 'Google Sheets', category: 'tool', stem: false,
    aliases: ['Sheets', 'GSheets', 'Google Spreadsheets', 'Apps Script', 'Google Apps Script'],
    guards: { requireNear: ['google', 'excel', 'docs', 'slides', 'spreadsheet', 'spreadsheets', 'workspace', 'formulas', 'drive', 'forms'], window: 6, appliesTo: ['Sheets'] },
    typicalFor: ['finance', 'accounting', 'business', 'operations', 'data-analytics', 'education'],
    examples: { positive: ['Track your work in Google Sheets.', 'Excel or Sheets for analysis.'], negative: ['Bed sheets and linens.'] },
  },
  {
    id: 'microsoft-word', label: 'Microsoft Word', category: 'tool', stem: false,
    aliases: ['MS Word', 'MS-Word', 'Word documents'],
    caseSensitive: ['Word'],
    guards: {
      requireNear: ['excel', 'powerpoint', 'office', 'outlook', 'microsoft', 'ms', 'docs', 'sheets', 'proficient', 'proficiency', 'tracked', 'changes', 'template', 'templates', 'pdf', 'acrobat'],
      notFollowedBy: ['count', 'counts', 'choice', 'choices', 'limit', 'limits', 'of', 'for', 'problems', 'problem', 'order', 'level', 'embeddings', 'list', 'lists', 'error', 'errors'],
      window: 6,
      appliesTo: ['Word'],
    },
    typicalFor: OFFICE_WORK,
    examples: {
      positive: ['Proficient in Word, Excel and PowerPoint.', 'Edit drafts in Microsoft Word with tracked changes.'],
      negative: ['Word count must not exceed 200 for the Excel summary.', 'Choose the right word in each answer.'],
    },
  },
  {
    id: 'powerpoint', label: 'Microsoft PowerPoint', category: 'tool', stem: false,
    aliases: ['PowerPoint', 'MS PowerPoint', 'PPT', 'Google Slides'],
    typicalFor: ['consulting', 'business', 'marketing', 'education', 'finance'],
    examples: { positive: ['Build decks in PowerPoint.', 'Google Slides or PPT.'], negative: ['Power through tasks and make your point.'] },
  },
  {
    id: 'microsoft-office', label: 'Microsoft Office', category: 'tool', stem: false,
    aliases: ['MS Office', 'Microsoft 365', 'Office 365', 'O365', 'M365', 'Office suite', 'Microsoft Office Suite'],
    typicalFor: OFFICE_WORK,
    examples: { positive: ['Proficient with MS Office.', 'Microsoft 365 account required.'], negative: ['Our office is in Denver.'] },
  },
  {
    id: 'outlook', label: 'Microsoft Outlook', category: 'tool', stem: false,
    aliases: ['MS Outlook', 'Outlook calendar'],
    caseSensitive: ['Outlook'],
    guards: { requireNear: ['email', 'calendar', 'excel', 'word', 'office', 'microsoft', 'teams', 'powerpoint', 'gmail'], window: 6, appliesTo: ['Outlook'] },
    typicalFor: ['business', 'operations'],
    examples: { positive: ['Manage email in Outlook and Teams.'], negative: ['Outlook for the market is positive.'] },
  },
  {
    id: 'google-docs', label: 'Google Docs', category: 'tool', stem: false,
    aliases: ['GDocs', 'Google Drive', 'Google Workspace', 'G Suite', 'GSuite'],
    typicalFor: ['writing', 'education', 'business', 'editing-publishing'],
    examples: { positive: ['Draft answers in Google Docs.', 'Google Workspace experience.'], negative: ['Docker experience.'] },
  },
  {
    id: 'microsoft-teams', label: 'Microsoft Teams', category: 'tool', stem: false,
    aliases: ['MS Teams'],
    // Capital T only: "the Microsoft teams responsible for machine learning" are its staff.
    caseSensitive: ['Microsoft Teams', 'MICROSOFT TEAMS'],
    typicalFor: ['business'],
    examples: { positive: ['Meetings on Microsoft Teams.'], negative: ['Teams of annotators work together.', 'You will lead the Microsoft teams responsible for search.'] },
  },
  {
    id: 'zoom', label: 'Zoom (video calls)', category: 'tool', stem: false,
    aliases: ['Zoom meetings', 'Google Meet', 'Webex'],
    caseSensitive: ['Zoom'],
    guards: { notFollowedBy: ['in', 'out', 'into'], notPrecededBy: ['to', 'and', 'can'], appliesTo: ['Zoom'] },
    typicalFor: ['education', 'business'],
    examples: { positive: ['Onboarding happens over Zoom.', 'Calls on Google Meet.'], negative: ['Zoom in on the image to check the label.'] },
  },
  {
    id: 'slack', label: 'Slack (messaging)', category: 'tool', stem: false,
    aliases: ['Slack workspace', 'Slack channel', 'Slack channels', 'Discord'],
    caseSensitive: ['Slack'],
    guards: {
      requireNear: ['channel', 'channels', 'zoom', 'teams', 'notion', 'jira', 'email', 'chat', 'workspace', 'communicate', 'communication', 'message', 'messages', 'messaging', 'via', 'google', 'tools', 'discord', 'asana', 'join', 'community', 'through', 'on'],
      notFollowedBy: ['time', 'off', 'in', 'period'],
      window: 6,
      appliesTo: ['Slack'],
    },
    typicalFor: ['software-engineering', 'business', 'operations'],
    examples: { positive: ['Communicate with the team on Slack.', 'Join our Slack community.'], negative: ['Cut yourself some slack on hard tasks.', 'Slack time between sessions is fine.'] },
  },
  {
    id: 'notion', label: 'Notion (workspace app)', category: 'tool', stem: false,
    aliases: ['Notion workspace', 'Notion docs', 'Coda', 'Obsidian'],
    caseSensitive: ['Notion'],
    guards: {
      requireNear: ['slack', 'jira', 'confluence', 'asana', 'trello', 'airtable', 'docs', 'workspace', 'tools', 'wiki', 'google', 'clickup', 'linear', 'miro', 'figma', 'pages', 'page', 'databases', 'template', 'templates'],
      notFollowedBy: ['of', 'that'],
      window: 6,
      appliesTo: ['Notion', 'Coda', 'Obsidian'],
    },
    typicalFor: ['product-management', 'operations', 'software-engineering', 'writing'],
    examples: { positive: ['Guidelines live in Notion and Slack.', 'We document everything in Notion pages.'], negative: ['The notion of quality differs by task.', 'Notion of fairness in Google docs.'] },
  },
  {
    id: 'project-tools', label: 'Asana & Trello', category: 'tool', stem: false,
    aliases: ['Asana', 'Trello', 'Monday.com', 'ClickUp', 'Smartsheet', 'Basecamp', 'Linear app', 'Wrike'],
    typicalFor: ['project-management', 'operations', 'marketing'],
    examples: { positive: ['Tasks are tracked in Asana or Trello.'], negative: ['A yoga pose class.'] },
  },
  {
    id: 'jira', label: 'Jira', category: 'tool', stem: false,
    aliases: ['JIRA', 'Atlassian Jira', 'Jira Software'],
    typicalFor: ['software-engineering', 'project-management', 'product-management', 'qa-testing'],
    examples: { positive: ['Track tickets in Jira.'], negative: ['Jiu-jitsu coaches welcome.'] },
  },
  {
    id: 'confluence', label: 'Confluence (Atlassian)', category: 'tool', stem: false,
    aliases: ['Atlassian Confluence'],
    caseSensitive: ['Confluence'],
    guards: { notFollowedBy: ['of'], appliesTo: ['Confluence'] },
    typicalFor: ['software-engineering', 'project-management', 'technical-writing'],
    examples: { positive: ['Docs in Confluence and Jira.'], negative: ['A confluence of factors drove the change.', 'Confluence of two rivers.'] },
  },
  {
    id: 'airtable', label: 'Airtable', category: 'tool', stem: false,
    aliases: ['Airtable base'],
    typicalFor: ['operations', 'project-management'],
    examples: { positive: ['Workflows in Airtable and Zapier.'], negative: ['A table on the terrace.', 'Automations in Zapier.'] },
  },
  {
    // Its own tool: someone who builds Zapier automations has not necessarily used Airtable.
    id: 'zapier', label: 'Zapier / Make automations', category: 'tool', stem: false,
    aliases: ['Zapier', 'Make.com', 'n8n'],
    typicalFor: ['operations', 'project-management'],
    examples: { positive: ['Automations in Zapier or Make.com.'], negative: ['Make a plan for the week.'] },
  },
  {
    id: 'miro', label: 'Miro', category: 'tool', stem: false,
    aliases: ['Mural', 'FigJam', 'Lucidchart', 'Visio', 'draw.io'],
    caseSensitive: [],
    guards: { requireNear: ['miro', 'figjam', 'whiteboard', 'diagrams', 'diagram', 'figma', 'workshop', 'board', 'boards'], window: 6, appliesTo: ['Mural'] },
    typicalFor: ['ux-design', 'product-management', 'consulting'],
    examples: { positive: ['Workshops on Miro boards.'], negative: ['A mural painted downtown.'] },
  },
  {
    id: 'cms', label: 'CMS platforms', category: 'tool', stem: false,
    aliases: ['CMS', 'content management system', 'WordPress', 'Drupal', 'Contentful', 'Webflow', 'Squarespace', 'Wix', 'Shopify'],
    typicalFor: ['writing', 'content-strategy', 'marketing', 'web-development', 'journalism'],
    examples: { positive: ['Publish posts in WordPress.', 'Any CMS experience.'], negative: ['Words matter more than press.'] },
  },
  {
    id: 'grammarly', label: 'Grammarly', category: 'tool', stem: false,
    aliases: ['Hemingway Editor', 'ProWritingAid'],
    typicalFor: ['writing', 'editing-publishing'],
    examples: { positive: ['Use Grammarly for a final pass.'], negative: ['Grammar matters.'] },
  },
  {
    id: 'latex', label: 'LaTeX (typesetting)', category: 'tool', stem: false,
    aliases: ['Overleaf', 'TeX', 'LaTeX math'],
    caseSensitive: ['LaTeX', 'LATEX'],
    typicalFor: ['mathematics', 'physics', 'academic-research', 'computer-science', 'statistics'],
    examples: { positive: ['Write math in LaTeX.', 'Typeset equations in Overleaf.'], negative: ['Latex gloves for clinical staff.', 'A latex allergy is common.'] },
  },
  {
    id: 'reference-managers', label: 'Reference managers', category: 'tool', stem: false,
    aliases: ['Zotero', 'EndNote', 'Mendeley', 'RefWorks'],
    typicalFor: ['academic-research', 'medical-writing', 'higher-education'],
    examples: { positive: ['Citations in Zotero or EndNote.'], negative: ['Endnotes and footnotes.'] },
  },
  // ── Business systems ─────────────────────────────────────────────────────────────────────
  {
    id: 'salesforce', label: 'Salesforce', category: 'tool', stem: false,
    aliases: ['SFDC', 'Salesforce CRM', 'Sales Cloud', 'Service Cloud'],
    typicalFor: ['sales', 'customer-success', 'marketing', 'operations'],
    examples: { positive: ['Pipeline tracking in Salesforce.'], negative: ['Sales force of fifty reps.'] },
  },
  {
    id: 'hubspot', label: 'HubSpot', category: 'tool', stem: false,
    aliases: ['Hubspot', 'Marketo', 'Mailchimp', 'Pardot'],
    typicalFor: ['marketing', 'sales', 'digital-marketing'],
    examples: { positive: ['Campaigns in HubSpot or Mailchimp.'], negative: ['Hub and spoke model.'] },
  },
  {
    id: 'crm', label: 'CRM software', category: 'tool', stem: false,
    aliases: ['CRM', 'CRM systems', 'customer relationship management', 'Pipedrive', 'Zoho CRM', 'Microsoft Dynamics', 'Dynamics 365'],
    typicalFor: ['sales', 'customer-success', 'marketing'],
    examples: { positive: ['Experience with any CRM.', 'Dynamics 365 for sales.'], negative: ['Crime novels.'] },
  },
  {
    id: 'sap', label: 'SAP (ERP)', category: 'tool', stem: false,
    aliases: ['SAP ERP', 'SAP S/4HANA', 'S/4HANA', 'SAP FICO', 'SAP FI/CO', 'SAP Ariba', 'SAP Concur', 'SAP SuccessFactors', 'SuccessFactors'],
    caseSensitive: ['SAP'],
    guards: { notFollowedBy: ['of'], appliesTo: ['SAP'] },
    typicalFor: ['accounting', 'finance', 'supply-chain', 'operations'],
    examples: { positive: ['Month-end close in SAP.', 'SAP S/4HANA implementation.'], negative: ['Tree sap and resin samples.', 'Long tasks sap your energy.'] },
  },
  {
    // "ERP systems" names the kind of tool, so the label does too; the id stays for saved profiles.
    id: 'netsuite', label: 'ERP systems (NetSuite, Sage, Dynamics)', category: 'tool', stem: false,
    aliases: ['NetSuite', 'Oracle NetSuite', 'Sage Intacct', 'Sage 50', 'Microsoft Dynamics GP', 'ERP systems', 'ERP'],
    typicalFor: ['accounting', 'finance', 'operations'],
    examples: { positive: ['Close books in NetSuite.', 'ERP systems experience.'], negative: ['A sage piece of advice.'] },
  },
  {
    id: 'quickbooks', label: 'QuickBooks', category: 'tool', stem: false,
    aliases: ['Quickbooks', 'QuickBooks Online', 'QBO', 'Intuit QuickBooks'],
    typicalFor: ['accounting', 'bookkeeping', 'tax'],
    examples: { positive: ['Bookkeeping in QuickBooks Online.'], negative: ['Quick tasks for busy people.'] },
  },
  {
    id: 'xero', label: 'Xero', category: 'tool', stem: false,
    aliases: ['Xero accounting', 'FreshBooks', 'Wave accounting'],
    typicalFor: ['accounting', 'bookkeeping'],
    examples: { positive: ['Reconciliations in Xero.'], negative: ['Zero tolerance for plagiarism.'] },
  },
  {
    id: 'tax-software', label: 'Tax software', category: 'tool', stem: false,
    aliases: ['TurboTax', 'Lacerte', 'UltraTax', 'ProSeries', 'Drake Tax', 'CCH Axcess', 'GoSystem Tax'],
    typicalFor: ['tax', 'accounting'],
    examples: { positive: ['Returns in Lacerte or UltraTax.'], negative: ['Tax forms are your job.'] },
  },
  {
    id: 'hris', label: 'HR systems (Workday, ADP)', category: 'tool', stem: false,
    aliases: ['Workday', 'ADP', 'BambooHR', 'Greenhouse ATS', 'Lever ATS', 'applicant tracking system', 'ATS', 'iCIMS', 'Gusto'],
    caseSensitive: [],
    guards: { notPrecededBy: ['a', 'per', 'each', 'every', 'the', 'one'], appliesTo: ['Workday'] },
    typicalFor: ['human-resources', 'recruiting'],
    examples: { positive: ['HR data in Workday or ADP.', 'Applicant tracking system experience.'], negative: ['Eight hours per workday at most.'] },
  },
  {
    id: 'support-desk', label: 'Support desk software', category: 'tool', stem: false,
    aliases: ['Zendesk', 'Freshdesk', 'Intercom', 'ServiceNow', 'Help Scout', 'Jira Service Management'],
    typicalFor: ['customer-support', 'it-support', 'customer-success'],
    examples: { positive: ['Tickets in Zendesk or ServiceNow.'], negative: ['Help desk hours are listed.'] },
  },
  {
    id: 'google-analytics', label: 'Google Analytics', category: 'tool', stem: false,
    aliases: ['GA4', 'Google Tag Manager', 'Google Ads', 'Meta Ads Manager', 'Facebook Ads', 'Google Search Console'],
    typicalFor: ['digital-marketing', 'marketing', 'content-strategy'],
    examples: { positive: ['Reports in Google Analytics and GA4.', 'Google Ads campaigns.'], negative: ['Analytic minds welcome.'] },
  },
  {
    id: 'seo-tools', label: 'SEO tools', category: 'tool', stem: false,
    aliases: ['SEMrush', 'Semrush', 'Ahrefs', 'Moz', 'Screaming Frog', 'Yoast'],
    typicalFor: ['content-strategy', 'digital-marketing', 'marketing'],
    examples: { positive: ['Keyword data from Ahrefs or SEMrush.'], negative: ['Search rush hours.'] },
  },
  // ── Finance data ─────────────────────────────────────────────────────────────────────────
  {
    id: 'bloomberg-terminal', label: 'Bloomberg Terminal', category: 'tool', stem: false,
    aliases: ['Bloomberg', 'Bloomberg Professional'],
    guards: { notFollowedBy: ['news', 'law', 'businessweek', 'reported', 'reports', 'article'], appliesTo: ['Bloomberg'] },
    typicalFor: ['finance', 'investment-management', 'trading', 'investment-banking'],
    examples: { positive: ['Daily use of the Bloomberg Terminal.'], negative: ['Bloomberg News reported on AI jobs.'] },
  },
  {
    id: 'financial-data-platforms', label: 'FactSet & Capital IQ', category: 'tool', stem: false,
    aliases: ['FactSet', 'Capital IQ', 'S&P Capital IQ', 'CapIQ', 'PitchBook', 'Refinitiv', 'Refinitiv Eikon', 'Eikon', 'Morningstar Direct', 'Preqin', 'YCharts'],
    typicalFor: ['finance', 'investment-banking', 'private-equity', 'investment-management'],
    examples: { positive: ['Comps from Capital IQ and FactSet.', 'Deal data in PitchBook.'], negative: ['Facts must be checked.'] },
  },
  {
    id: 'bloomberg-law', label: 'Bloomberg Law', category: 'tool', stem: false,
    aliases: ['Practical Law', 'Fastcase', 'Casetext', 'vLex', 'HeinOnline', 'CoCounsel', 'Harvey AI'],
    typicalFor: ['legal', 'paralegal', 'litigation'],
    examples: { positive: ['Research in Bloomberg Law or Practical Law.'], negative: ['Practical advice for new raters.'] },
  },
  // ── Legal research & practice ────────────────────────────────────────────────────────────
  {
    id: 'westlaw', label: 'Westlaw', category: 'tool', stem: false,
    aliases: ['Westlaw Edge', 'Thomson Reuters Westlaw', 'WestlawNext'],
    typicalFor: ['legal', 'paralegal', 'litigation', 'compliance'],
    examples: { positive: ['Legal research on Westlaw.'], negative: ['West coast hours.'] },
  },
  {
    id: 'lexisnexis', label: 'LexisNexis', category: 'tool', stem: false,
    aliases: ['Lexis', 'Lexis+', 'Lexis Advance', 'Lexis Nexis'],
    typicalFor: ['legal', 'paralegal', 'litigation', 'compliance'],
    examples: { positive: ['Westlaw or LexisNexis access.', 'Case law on Lexis.'], negative: ['Lexical choices matter.'] },
  },
  {
    id: 'ediscovery-tools', label: 'eDiscovery platforms (Relativity)', category: 'tool', stem: false,
    aliases: ['RelativityOne', 'Relativity platform', 'Everlaw', 'Nuix', 'Reveal eDiscovery', 'Logikcull'],
    caseSensitive: ['Relativity'],
    guards: { requireNear: ['ediscovery', 'discovery', 'document', 'documents', 'litigation', 'everlaw', 'platform', 'legal', 'attorneys'], notPrecededBy: ['general', 'special', 'theory', 'of'], window: 8, appliesTo: ['Relativity'] },
    typicalFor: ['ediscovery', 'litigation', 'paralegal'],
    examples: { positive: ['Document review in Relativity or Everlaw.'], negative: ['Relativity and quantum physics questions.'] },
  },
  {
    id: 'legal-practice-software', label: 'Legal practice software', category: 'tool', stem: false,
    aliases: ['Clio', 'iManage', 'NetDocuments', 'PracticePanther', 'MyCase', 'DocuSign CLM'],
    typicalFor: ['legal', 'paralegal'],
    examples: { positive: ['Matter management in Clio or iManage.'], negative: ['Clip art is not allowed.'] },
  },
  // ── Healthcare systems & references ──────────────────────────────────────────────────────
  {
    id: 'epic-ehr', label: 'Epic (EHR)', category: 'tool', stem: false,
    aliases: ['Epic Systems', 'Epic EHR', 'Epic EMR', 'EpicCare', 'Epic Hyperspace', 'Epic certified', 'Epic certification'],
    caseSensitive: ['Epic'],
    guards: {
      requireNear: ['ehr', 'emr', 'ehrs', 'emrs', 'health', 'records', 'record', 'clinical', 'hospital', 'charting', 'cerner', 'nursing', 'nurse', 'nurses', 'medical', 'patient', 'patients', 'meditech', 'certified', 'systems', 'documentation', 'physicians'],
      window: 8,
      appliesTo: ['Epic'],
    },
    typicalFor: ['nursing', 'medicine', 'healthcare', 'clinical-practice', 'health-informatics', 'healthcare-administration'],
    examples: {
      positive: ['Charting experience in Epic or Cerner.', 'Nurses who use Epic daily in the hospital.'],
      negative: ['An epic journey through patient stories.', 'Epic fails make for great training data.'],
    },
  },
  {
    id: 'cerner', label: 'Cerner (Oracle Health)', category: 'tool', stem: false,
    aliases: ['Cerner', 'Oracle Health', 'Cerner Millennium', 'PowerChart'],
    typicalFor: ['nursing', 'medicine', 'healthcare', 'health-informatics'],
    examples: { positive: ['EHR experience with Cerner.'], negative: ['Concern for patient safety.'] },
  },
  {
    id: 'other-ehr', label: 'Other EHR systems', category: 'tool', stem: false,
    aliases: ['EHR', 'EMR', 'electronic health records', 'electronic medical records', 'Meditech', 'athenahealth', 'eClinicalWorks', 'NextGen', 'Allscripts', 'Practice Fusion'],
    typicalFor: ['nursing', 'medicine', 'healthcare', 'healthcare-administration', 'medical-coding'],
    examples: { positive: ['Comfort with any EHR.', 'Electronic health records experience.'], negative: ['Her email address.'] },
  },
  {
    id: 'pubmed', label: 'PubMed', category: 'tool', stem: false,
    aliases: ['MEDLINE', 'PubMed Central', 'PMC database', 'Embase', 'Cochrane Library', 'Cochrane', 'Google Scholar', 'Web of Science', 'Scopus'],
    typicalFor: ['medicine', 'medical-writing', 'public-health', 'academic-research', 'clinical-research', 'biology', 'pharmacy'],
    examples: { positive: ['Literature searches in PubMed and Embase.', 'Find studies on Google Scholar.'], negative: ['Publish medical content.'] },
  },
  {
    id: 'uptodate', label: 'UpToDate', category: 'tool', stem: false,
    aliases: ['Lexicomp', 'Micromedex', 'DynaMed', 'Epocrates', 'Medscape', 'clinical decision support'],
    typicalFor: ['medicine', 'nursing', 'pharmacy', 'clinical-practice'],
    examples: { positive: ['Check answers against UpToDate.', 'Drug data from Lexicomp.'], negative: ['Keep your profile up to date.'] },
  },
  {
    id: 'clinical-trial-systems', label: 'Clinical trial systems', category: 'tool', stem: false,
    aliases: ['Medidata Rave', 'Medidata', 'Veeva Vault', 'Veeva', 'OpenClinica', 'CTMS', 'EDC systems'],
    typicalFor: ['clinical-research', 'pharmacy', 'regulatory-affairs'],
    examples: { positive: ['Data entry in Medidata Rave.'], negative: ['Media inquiries go to PR.'] },
  },
  // ── Education platforms ──────────────────────────────────────────────────────────────────
  {
    id: 'lms-tools', label: 'Learning management systems (LMS)', category: 'tool', stem: false,
    aliases: ['LMS', 'learning management system', 'learning management systems', 'Moodle', 'Brightspace', 'D2L', 'Schoology', 'Google Classroom', 'Canvas LMS', 'Instructure Canvas'],
    // "Canvas" and "Blackboard" are also plain words: capitalised and near an education word only.
    caseSensitive: ['Canvas', 'Blackboard'],
    guards: { requireNear: ['lms', 'moodle', 'blackboard', 'canvas', 'brightspace', 'd2l', 'schoology', 'classroom', 'learning', 'course', 'courses', 'online', 'platforms', 'instructure', 'students', 'teaching', 'gradebook'], window: 6, appliesTo: ['Canvas', 'Blackboard'] },
    typicalFor: ['education', 'teaching', 'higher-education', 'tutoring', 'curriculum-development'],
    examples: {
      positive: ['Comfortable with Canvas or Moodle for online courses.', 'Experience with a learning management system.'],
      negative: ['Paint on canvas in the studio.', 'Write the steps on the Blackboard wall paint.'],
    },
  },
  // ── Annotation platforms ─────────────────────────────────────────────────────────────────
  {
    id: 'label-studio', label: 'Label Studio', category: 'tool', stem: false,
    aliases: ['LabelStudio', 'Heartex'],
    typicalFor: ['machine-learning', 'data-science'],
    examples: { positive: ['Annotate in Label Studio.'], negative: ['Label each image.'] },
  },
  {
    id: 'labelbox', label: 'Labelbox', category: 'tool', stem: false,
    aliases: ['Label Box'],
    typicalFor: ['machine-learning', 'data-science'],
    examples: { positive: ['Labelbox experience is a plus.'], negative: ['Check the box next to the label.'] },
  },
  {
    id: 'cvat', label: 'CVAT', category: 'tool', stem: false,
    aliases: ['Computer Vision Annotation Tool'],
    typicalFor: ['computer-vision', 'machine-learning'],
    examples: { positive: ['Draw boxes in CVAT.'], negative: ['Attach your CV.'] },
  },
  {
    id: 'annotation-platforms', label: 'Annotation platforms', category: 'tool', stem: false,
    aliases: ['V7 Darwin', 'V7 Labs', 'Encord', 'Prodigy annotation', 'Dataloop', 'Kili Technology', 'annotation tool', 'annotation tools', 'labeling tool', 'labeling tools', 'labeling platform', 'annotation platform'],
    caseSensitive: ['SuperAnnotate', 'Toloka'],
    guards: { requireNear: VENDOR_NEAR, window: 6, appliesTo: ['SuperAnnotate', 'Toloka'] },
    typicalFor: ['machine-learning', 'computer-vision'],
    examples: {
      positive: ['Experience with SuperAnnotate or Encord.', 'Any annotation platform.', 'Prior work on Toloka is welcome.'],
      negative: ['Annotation guidelines are provided.', 'This team is part of SuperAnnotate, which owns the staffing brand.'],
    },
  },
  {
    id: 'scale-ai-tools', label: 'Scale AI tooling (Remotasks, Outlier)', category: 'tool', stem: false,
    aliases: ['Remotasks', 'Scale Rapid', 'Scale Studio', 'Outlier platform'],
    caseSensitive: ['Scale AI', 'Outlier AI'],
    typicalFor: ['machine-learning'],
    examples: { positive: ['Prior work on Remotasks or Scale AI.'], negative: ['Scale your work at your own pace.'] },
  },
  {
    id: 'mturk', label: 'Amazon Mechanical Turk', category: 'tool', stem: false,
    aliases: ['MTurk', 'Mechanical Turk'],
    caseSensitive: ['Prolific', 'Appen', 'TELUS International AI', 'TELUS International', 'TELUS Digital', 'Clickworker'],
    guards: {
      requireNear: VENDOR_NEAR,
      notPrecededBy: ['a', 'more', 'most', 'very', 'less', 'highly'],
      window: 6,
      appliesTo: ['Prolific', 'Appen', 'TELUS International AI', 'TELUS International', 'TELUS Digital', 'Clickworker'],
    },
    typicalFor: ['academic-research', 'psychology'],
    examples: {
      positive: ['Past work on MTurk or Prolific.', 'Experience as a rater with Appen or TELUS Digital.'],
      negative: ['A highly prolific writer.', 'Join the Appen crowd today as a freelance rater.', 'About TELUS Digital: we power brands.'],
    },
  },
  // ── AI assistants ────────────────────────────────────────────────────────────────────────
  {
    id: 'chatgpt', label: 'ChatGPT', category: 'tool', stem: false,
    aliases: ['Chat GPT', 'GPT-4', 'GPT-4o', 'GPT-5', 'GPT models', 'OpenAI models'],
    // "ChatGPT Jobs" is a job board's name.
    guards: { notFollowedBy: ['jobs', 'job'], appliesTo: ['ChatGPT'] },
    typicalFor: ['writing', 'software-engineering', 'education', 'business'],
    examples: { positive: ['Familiarity with ChatGPT and other assistants.', 'Compare GPT-4 answers.'], negative: ['Chat with our recruiter.', 'Found via the ChatGPT Jobs board.'] },
  },
  {
    id: 'claude', label: 'Claude (Anthropic)', category: 'tool', stem: false,
    aliases: ['Anthropic Claude', 'Claude AI', 'Claude Code', 'Claude Sonnet', 'Claude Opus'],
    caseSensitive: ['Claude'],
    guards: { requireNear: AI_NEAR.filter((w) => w !== 'claude'), window: 8, appliesTo: ['Claude'] },
    typicalFor: ['writing', 'software-engineering', 'education', 'business'],
    examples: { positive: ['Use ChatGPT or Claude in your field.', 'Claude AI training jobs.'], negative: ['Claude Monet painted water lilies.'] },
  },
  {
    id: 'gemini', label: 'Gemini (Google AI)', category: 'tool', stem: false,
    aliases: ['Google Gemini', 'Gemini AI', 'Bard', 'Google Bard'],
    caseSensitive: ['Gemini'],
    guards: { requireNear: AI_NEAR.filter((w) => w !== 'gemini'), window: 8, appliesTo: ['Gemini', 'Bard'] },
    typicalFor: ['writing', 'software-engineering', 'education', 'business'],
    examples: { positive: ['Familiarity with ChatGPT, Claude, Gemini.', 'Google Gemini users.'], negative: ['Gemini and Taurus horoscope readings.'] },
  },
  {
    id: 'grok', label: 'Grok (xAI)', category: 'tool', stem: false,
    aliases: ['xAI Grok', 'Grok AI'],
    caseSensitive: ['Grok'],
    guards: { requireNear: [...AI_NEAR.filter((w) => w !== 'grok'), 'xai'], window: 8, appliesTo: ['Grok'] },
    typicalFor: ['writing', 'software-engineering'],
    examples: { positive: ['Compare answers from Grok and Gemini models.'], negative: ['It takes time to grok a new codebase.'] },
  },
  {
    id: 'copilot', label: 'Microsoft Copilot', category: 'tool', stem: false,
    aliases: ['Copilot', 'Bing Chat', 'Microsoft 365 Copilot'],
    // Companies name their own assistants "<something> Copilot".
    guards: { notPrecededBy: ['github', 'tutor', 'our', 'their', 'sales', 'service', 'support', 'teacher', 'learning', 'writing'], appliesTo: ['Copilot'] },
    typicalFor: ['software-engineering', 'business'],
    examples: { positive: ['Assistants like Copilot.'], negative: ['Daily use of GitHub Copilot.', 'A co-pilot in the cockpit.', 'Our tutors get help from our Tutor Copilot app.'] },
  },
  {
    id: 'other-ai-models', label: 'Other AI assistants (Llama, Mistral, Perplexity)', category: 'tool', stem: false,
    aliases: ['Llama 3', 'Meta Llama', 'Meta AI', 'Mistral AI', 'Perplexity AI', 'DeepSeek', 'Midjourney', 'Stable Diffusion', 'DALL-E'],
    typicalFor: ['machine-learning', 'generative-ai'],
    examples: { positive: ['Compare Meta Llama and Mistral AI outputs.', 'Rate Midjourney images.'], negative: ['Llamas and alpacas on farms.'] },
  },
];
