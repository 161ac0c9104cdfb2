// Tools, part 4: office suites, collaboration, writing and publishing software.
// Product names that are also plain words ("Word", "Slack", "Notion") match only capitalised
// and near a context word. Each product a posting names by itself has its own entry; where
// postings name the family ("project management tools", "CMS platforms"), the family has an
// entry each product implies.
import type { TaxonomyEntryInput } from '../schema.ts';

const OFFICE_WORK = ['business', 'consulting', 'finance', 'accounting', 'legal', 'education', 'writing', 'healthcare', 'operations', 'project-management'];

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
    aliases: ['Sheets', 'GSheets', 'Google Spreadsheets'],
    guards: { requireNear: ['google', 'excel', 'docs', 'slides', 'spreadsheet', 'spreadsheets', 'workspace', 'formulas', 'drive', 'forms'], window: 6, appliesTo: ['Sheets'] },
    implies: ['google-workspace'],
    typicalFor: ['finance', 'accounting', 'business', 'operations', 'data-analytics', 'education'],
    examples: { positive: ['Track your work in Google Sheets.', 'Excel or Sheets for analysis.'], negative: ['Bed sheets and linens.', 'Automations in Google Apps Script.'] },
  },
  {
    // A scripting platform, not the spreadsheet: a Sheets user has not necessarily written any.
    id: 'apps-script', label: 'Google Apps Script', category: 'tool', stem: false,
    aliases: ['Apps Script'],
    typicalFor: ['operations', 'data-analytics', 'software-engineering'],
    examples: { positive: ['Automations in Google Apps Script.', 'Apps Script macros.'], negative: ['Track your work in Google Sheets.'] },
  },
  {
    id: 'microsoft-word', label: 'Microsoft Word', category: 'tool', stem: false,
    aliases: ['MS Word', 'MS-Word', 'Word documents'],
    caseSensitive: ['Word'],
    guards: {
      requireNear: ['excel', 'powerpoint', 'office', 'outlook', 'microsoft', 'ms', 'docs', 'sheets', 'proficient', 'proficiency', 'tracked', 'changes', 'template', 'templates', 'pdf', 'acrobat'],
      notFollowedBy: ['count', 'counts', 'choice', 'choices', 'limit', 'limits', 'of', 'for', 'problems', 'problem', 'order', 'level', 'embeddings', 'list', 'lists', 'error', 'errors', 'press'],
      window: 6,
      appliesTo: ['Word'],
    },
    typicalFor: OFFICE_WORK,
    examples: {
      positive: ['Proficient in Word, Excel and PowerPoint.', 'Edit drafts in Microsoft Word with tracked changes.'],
      negative: ['Word count must not exceed 200 for the Excel summary.', 'Choose the right word in each answer.', 'Competency in Word Press and Google docs.'],
    },
  },
  {
    id: 'powerpoint', label: 'Microsoft PowerPoint', category: 'tool', stem: false,
    aliases: ['PowerPoint', 'MS PowerPoint', 'PPT'],
    typicalFor: ['consulting', 'business', 'marketing', 'education', 'finance'],
    examples: { positive: ['Build decks in PowerPoint.', 'Build decks in PPT.'], negative: ['Power through tasks and make your point.', 'Decks in Google Slides.'] },
  },
  {
    id: 'google-slides', label: 'Google Slides', category: 'tool', stem: false,
    implies: ['google-workspace'],
    typicalFor: ['business', 'education', 'marketing'],
    examples: { positive: ['Decks in Google Slides.'], negative: ['Build decks in PowerPoint.'] },
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
    aliases: ['GDocs'],
    implies: ['google-workspace'],
    typicalFor: ['writing', 'education', 'business', 'editing-publishing'],
    examples: { positive: ['Draft answers in Google Docs.'], negative: ['Docker experience.', 'Files shared on Google Drive.'] },
  },
  {
    // The suite as postings name it; Docs, Sheets, Slides and Drive each imply it.
    id: 'google-workspace', label: 'Google Workspace', category: 'tool', stem: false,
    aliases: ['G Suite', 'GSuite', 'Google Workspace apps'],
    typicalFor: ['business', 'education', 'operations'],
    examples: { positive: ['Google Workspace experience.', 'Familiar with G Suite.'], negative: ['Draft answers in Google Docs.'] },
  },
  {
    id: 'google-drive', label: 'Google Drive', category: 'tool', stem: false,
    implies: ['google-workspace'],
    typicalFor: ['business', 'education'],
    examples: { positive: ['Files shared on Google Drive.'], negative: ['Draft answers in Google Docs.'] },
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
    aliases: ['Zoom meetings'],
    caseSensitive: ['Zoom'],
    guards: { notFollowedBy: ['in', 'out', 'into'], notPrecededBy: ['to', 'and', 'can'], appliesTo: ['Zoom'] },
    typicalFor: ['education', 'business'],
    examples: { positive: ['Onboarding happens over Zoom.'], negative: ['Zoom in on the image to check the label.', 'Calls on Google Meet.'] },
  },
  {
    id: 'google-meet', label: 'Google Meet', category: 'tool', stem: false,
    aliases: ['Google Hangouts Meet'],
    typicalFor: ['education', 'business'],
    examples: { positive: ['Calls on Google Meet.'], negative: ['Onboarding happens over Zoom.'] },
  },
  {
    id: 'webex', label: 'Webex (Cisco)', category: 'tool', stem: false,
    aliases: ['Webex', 'Cisco Webex'],
    typicalFor: ['business'],
    examples: { positive: ['Meetings on Webex.'], negative: ['Meetings on Zoom.'] },
  },
  {
    id: 'slack', label: 'Slack (messaging)', category: 'tool', stem: false,
    aliases: ['Slack workspace', 'Slack channel', 'Slack channels'],
    caseSensitive: ['Slack'],
    guards: {
      requireNear: ['channel', 'channels', 'zoom', 'teams', 'notion', 'jira', 'email', 'chat', 'workspace', 'communicate', 'communication', 'message', 'messages', 'messaging', 'via', 'google', 'tools', 'discord', 'asana', 'join', 'community', 'through', 'on'],
      notFollowedBy: ['time', 'off', 'in', 'period'],
      window: 6,
      appliesTo: ['Slack'],
    },
    typicalFor: ['software-engineering', 'business', 'operations'],
    examples: { positive: ['Communicate with the team on Slack.', 'Join our Slack community.'], negative: ['Cut yourself some slack on hard tasks.', 'Slack time between sessions is fine.', 'Join our Discord server.'] },
  },
  {
    id: 'discord', label: 'Discord (chat)', category: 'tool', stem: false,
    aliases: ['Discord server', 'Discord community', 'Discord channel'],
    caseSensitive: ['Discord'],
    guards: { requireNear: ['server', 'servers', 'community', 'channel', 'channels', 'slack', 'join', 'chat', 'via', 'on', 'through', 'tools', 'message', 'messages', 'messaging', 'communicate', 'communication'], window: 6, appliesTo: ['Discord'] },
    typicalFor: ['software-engineering', 'game-development'],
    examples: { positive: ['Join our Discord server.', 'Updates are posted on Discord.'], negative: ['Discord between the two raters is normal.'] },
  },
  {
    id: 'notion', label: 'Notion (workspace app)', category: 'tool', stem: false,
    aliases: ['Notion workspace', 'Notion docs'],
    caseSensitive: ['Notion'],
    guards: {
      requireNear: ['slack', 'jira', 'confluence', 'asana', 'trello', 'airtable', 'docs', 'workspace', 'tools', 'wiki', 'google', 'clickup', 'linear', 'miro', 'figma', 'pages', 'page', 'databases', 'template', 'templates'],
      notFollowedBy: ['of', 'that'],
      window: 6,
      appliesTo: ['Notion'],
    },
    typicalFor: ['product-management', 'operations', 'software-engineering', 'writing'],
    examples: { positive: ['Guidelines live in Notion and Slack.', 'We document everything in Notion pages.'], negative: ['The notion of quality differs by task.', 'Notion of fairness in Google docs.', 'Notes in Obsidian and other tools.'] },
  },
  {
    id: 'coda', label: 'Coda (docs app)', category: 'tool', stem: false,
    aliases: ['Coda.io', 'Coda docs'],
    caseSensitive: ['Coda'],
    guards: { requireNear: ['notion', 'docs', 'workspace', 'tools', 'airtable', 'slack', 'confluence', 'wiki', 'jira'], window: 6, appliesTo: ['Coda'] },
    typicalFor: ['product-management', 'operations'],
    examples: { positive: ['Specs live in Notion or Coda docs.'], negative: ['A coda ends the symphony.'] },
  },
  {
    id: 'obsidian', label: 'Obsidian (notes app)', category: 'tool', stem: false,
    caseSensitive: ['Obsidian'],
    guards: { requireNear: ['notion', 'notes', 'markdown', 'knowledge', 'tools', 'vault', 'zettelkasten', 'roam', 'logseq', 'note-taking'], window: 6, appliesTo: ['Obsidian'] },
    typicalFor: ['writing', 'academic-research'],
    examples: { positive: ['Notes in Obsidian and other tools.'], negative: ['Obsidian arrowheads from the site.'] },
  },
  {
    // The family as postings name it; each product below implies it.
    id: 'project-tools', label: 'Project management tools', category: 'tool', stem: false,
    aliases: ['project management software', 'project management tools', 'project tracking tools', 'project management platforms'],
    typicalFor: ['project-management', 'operations', 'marketing'],
    examples: { positive: ['Comfort with project management tools.'], negative: ['A yoga pose class.', 'Tasks are tracked in Trello.'] },
  },
  {
    id: 'asana', label: 'Asana (project tool)', category: 'tool', stem: false,
    caseSensitive: ['Asana'],
    guards: { forbidNear: ['yoga', 'pose', 'poses', 'stretch', 'stretching'], window: 6, appliesTo: ['Asana'] },
    implies: ['project-tools'],
    typicalFor: ['project-management', 'operations', 'marketing'],
    examples: { positive: ['Tasks are tracked in Asana or Trello.'], negative: ['Hold each yoga asana for a minute.', 'Each Asana pose in the yoga class.'] },
  },
  {
    id: 'trello', label: 'Trello', category: 'tool', stem: false,
    implies: ['project-tools'],
    typicalFor: ['project-management', 'operations', 'marketing'],
    examples: { positive: ['Tasks are tracked in Asana or Trello.'], negative: ['Tasks are tracked in Jira.'] },
  },
  {
    id: 'monday-com', label: 'monday.com', category: 'tool', stem: false,
    aliases: ['Monday.com', 'monday.com work management'],
    implies: ['project-tools'],
    typicalFor: ['project-management', 'operations', 'marketing'],
    examples: { positive: ['Boards on Monday.com.'], negative: ['Meet every Monday at noon.'] },
  },
  {
    id: 'clickup', label: 'ClickUp', category: 'tool', stem: false,
    implies: ['project-tools'],
    typicalFor: ['project-management', 'operations', 'marketing'],
    examples: { positive: ['Tasks in ClickUp.'], negative: ['Click up to scroll.'] },
  },
  {
    id: 'smartsheet', label: 'Smartsheet', category: 'tool', stem: false,
    implies: ['project-tools'],
    typicalFor: ['project-management', 'operations', 'marketing'],
    examples: { positive: ['Trackers in Smartsheet.'], negative: ['A smart sheet of notes.'] },
  },
  {
    id: 'basecamp', label: 'Basecamp', category: 'tool', stem: false,
    implies: ['project-tools'],
    typicalFor: ['project-management', 'operations', 'marketing'],
    examples: { positive: ['Projects run in Basecamp.'], negative: ['Base camp at the mountain.'] },
  },
  {
    id: 'linear-app', label: 'Linear (issue tracker)', category: 'tool', stem: false,
    aliases: ['Linear app', 'Linear.app'],
    implies: ['project-tools'],
    typicalFor: ['software-engineering', 'product-management'],
    examples: { positive: ['Issues in Linear app.'], negative: ['Linear algebra skills.'] },
  },
  {
    id: 'wrike', label: 'Wrike', category: 'tool', stem: false,
    implies: ['project-tools'],
    typicalFor: ['project-management', 'operations', 'marketing'],
    examples: { positive: ['Projects in Wrike.'], negative: ['Projects in Asana.'] },
  },
  {
    id: 'jira', label: 'Jira', category: 'tool', stem: false,
    aliases: ['JIRA', 'Atlassian Jira', 'Jira Software'],
    // "Jira Service Management" is the service desk, its own entry.
    guards: { notFollowedBy: ['service'], appliesTo: ['Jira', 'JIRA'] },
    typicalFor: ['software-engineering', 'project-management', 'product-management', 'qa-testing'],
    examples: { positive: ['Track tickets in Jira.'], negative: ['Jiu-jitsu coaches welcome.', 'Requests in Jira Service Management.'] },
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
    // Its own tool: someone who builds Zapier automations has not necessarily used Airtable, Make or n8n.
    id: 'zapier', label: 'Zapier', category: 'tool', stem: false,
    typicalFor: ['operations', 'project-management'],
    examples: { positive: ['Automations in Zapier or Make.com.'], negative: ['Make a plan for the week.', 'Workflows in n8n.'] },
  },
  {
    id: 'make-com', label: 'Make.com (automation)', category: 'tool', stem: false,
    aliases: ['Make.com', 'Integromat'],
    typicalFor: ['operations'],
    examples: { positive: ['Automations in Zapier or Make.com.'], negative: ['Make a plan for the week.'] },
  },
  {
    id: 'n8n', label: 'n8n (workflow automation)', category: 'tool', stem: false,
    aliases: ['n8n'],
    typicalFor: ['operations', 'software-engineering'],
    examples: { positive: ['Workflows in n8n.'], negative: ['Workflows in Zapier.'] },
  },
  {
    id: 'miro', label: 'Miro', category: 'tool', stem: false,
    typicalFor: ['ux-design', 'product-management', 'consulting'],
    examples: { positive: ['Workshops on Miro boards.'], negative: ['A mural painted downtown.', 'Workshops on Mural boards.'] },
  },
  {
    id: 'mural', label: 'Mural (whiteboard)', category: 'tool', stem: false,
    caseSensitive: ['Mural'],
    guards: { requireNear: ['miro', 'figjam', 'whiteboard', 'diagrams', 'diagram', 'figma', 'workshop', 'workshops', 'board', 'boards', 'tools', 'lucidchart'], window: 6, appliesTo: ['Mural'] },
    typicalFor: ['ux-design', 'consulting'],
    examples: { positive: ['Workshops on Mural boards.'], negative: ['A Mural painted downtown.'] },
  },
  {
    id: 'figjam', label: 'FigJam', category: 'tool', stem: false,
    typicalFor: ['ux-design', 'product-management'],
    examples: { positive: ['Brainstorms in FigJam.'], negative: ['Workshops on Miro boards.'] },
  },
  {
    id: 'lucidchart', label: 'Lucidchart', category: 'tool', stem: false,
    aliases: ['Lucidspark'],
    typicalFor: ['business-analysis', 'software-engineering', 'operations'],
    examples: { positive: ['Process maps in Lucidchart.'], negative: ['A lucid chart of results.'] },
  },
  {
    id: 'visio', label: 'Microsoft Visio', category: 'tool', stem: false,
    aliases: ['Visio', 'MS Visio'],
    typicalFor: ['business-analysis', 'operations', 'engineering'],
    examples: { positive: ['Diagrams in Visio.'], negative: ['Diagrams in Lucidchart.'] },
  },
  {
    id: 'drawio', label: 'draw.io (diagrams.net)', category: 'tool', stem: false,
    aliases: ['draw.io', 'diagrams.net'],
    typicalFor: ['software-engineering', 'business-analysis'],
    examples: { positive: ['Diagrams in draw.io.'], negative: ['Draw the diagram by hand.'] },
  },
  {
    // The family as postings name it; each CMS below implies it.
    id: 'cms', label: 'CMS platforms', category: 'tool', stem: false,
    aliases: ['CMS', 'content management system', 'content management systems'],
    // "Federal datasets (e.g., CMS, VA, DoD)", "CMS billing rules": the Centers for Medicare & Medicaid Services.
    guards: { forbidNear: ['Medicare', 'Medicaid', 'VA', 'DoD', 'DHS', 'HHS', 'CDC', 'FDA', 'NIH', 'HIPAA', 'federal', 'billing', 'reimbursement', 'ICD-10', 'CPT'], window: 8, appliesTo: ['CMS'] },
    typicalFor: ['writing', 'content-strategy', 'marketing', 'web-development', 'journalism'],
    examples: { positive: ['Any CMS experience.', 'A content management system.'], negative: ['Words matter more than press.', 'Publish posts in WordPress.', 'Work with federal datasets (e.g., CMS, VA, DoD).'] },
  },
  {
    id: 'wordpress', label: 'WordPress', category: 'tool', stem: false,
    aliases: ['Wordpress', 'WordPress.com'],
    implies: ['cms'],
    typicalFor: ['writing', 'content-strategy', 'marketing', 'web-development'],
    examples: { positive: ['Publish posts in WordPress.'], negative: ['Words matter more than press.'] },
  },
  {
    id: 'drupal', label: 'Drupal', category: 'tool', stem: false,
    implies: ['cms'],
    typicalFor: ['web-development', 'content-strategy'],
    examples: { positive: ['Sites in Drupal.'], negative: ['Sites in WordPress.'] },
  },
  {
    id: 'contentful', label: 'Contentful', category: 'tool', stem: false,
    implies: ['cms'],
    typicalFor: ['web-development', 'content-strategy'],
    examples: { positive: ['Content modelled in Contentful.'], negative: ['Content is plentiful.'] },
  },
  {
    id: 'webflow', label: 'Webflow', category: 'tool', stem: false,
    implies: ['cms'],
    typicalFor: ['web-development', 'ux-design', 'marketing'],
    examples: { positive: ['Landing pages in Webflow.'], negative: ['Work flows smoothly.'] },
  },
  {
    id: 'squarespace', label: 'Squarespace', category: 'tool', stem: false,
    implies: ['cms'],
    typicalFor: ['marketing', 'web-development'],
    examples: { positive: ['Sites on Squarespace.'], negative: ['A square space in the office.'] },
  },
  {
    id: 'wix', label: 'Wix', category: 'tool', stem: false,
    implies: ['cms'],
    typicalFor: ['marketing', 'web-development'],
    examples: { positive: ['Sites built on Wix.'], negative: ['Sites built on Squarespace.'] },
  },
  {
    id: 'shopify', label: 'Shopify', category: 'tool', stem: false,
    aliases: ['Shopify Plus'],
    implies: ['cms'],
    typicalFor: ['ecommerce-retail', 'marketing', 'web-development'],
    examples: { positive: ['Stores built on Shopify.'], negative: ['Shop for supplies.'] },
  },
  {
    id: 'grammarly', label: 'Grammarly', category: 'tool', stem: false,
    typicalFor: ['writing', 'editing-publishing'],
    examples: { positive: ['Use Grammarly for a final pass.'], negative: ['Grammar matters.', 'Check drafts in ProWritingAid.'] },
  },
  {
    id: 'hemingway-editor', label: 'Hemingway Editor', category: 'tool', stem: false,
    aliases: ['Hemingway App'],
    typicalFor: ['writing', 'editing-publishing'],
    examples: { positive: ['Tighten prose with Hemingway Editor.'], negative: ['Novels by Ernest Hemingway.'] },
  },
  {
    id: 'prowritingaid', label: 'ProWritingAid', category: 'tool', stem: false,
    typicalFor: ['writing', 'editing-publishing'],
    examples: { positive: ['Check drafts in ProWritingAid.'], negative: ['Use Grammarly for a final pass.'] },
  },
  {
    id: 'latex', label: 'LaTeX (typesetting)', category: 'tool', stem: false,
    aliases: ['Overleaf', 'TeX', 'LaTeX math'],
    caseSensitive: ['LaTeX', 'LATEX'],
    typicalFor: ['mathematics', 'physics', 'academic-research', 'computer-science', 'statistics'],
    examples: { positive: ['Write math in LaTeX.', 'Typeset equations in Overleaf.'], negative: ['Latex gloves for clinical staff.', 'A latex allergy is common.'] },
  },
  {
    // The family as postings name it; each manager below implies it.
    id: 'reference-managers', label: 'Reference managers', category: 'tool', stem: false,
    aliases: ['reference manager', 'citation manager', 'citation managers', 'reference management software'],
    typicalFor: ['academic-research', 'medical-writing', 'higher-education'],
    examples: { positive: ['Experience with a reference manager.'], negative: ['Endnotes and footnotes.', 'Citations in Zotero.'] },
  },
  {
    id: 'zotero', label: 'Zotero', category: 'tool', stem: false,
    implies: ['reference-managers'],
    typicalFor: ['academic-research', 'medical-writing', 'higher-education'],
    examples: { positive: ['Citations in Zotero.'], negative: ['Citations in Mendeley.'] },
  },
  {
    id: 'endnote', label: 'EndNote', category: 'tool', stem: false,
    aliases: ['EndNote X9', 'EndNote 20'],
    caseSensitive: ['EndNote'],
    implies: ['reference-managers'],
    typicalFor: ['academic-research', 'medical-writing', 'higher-education'],
    examples: { positive: ['Citations in Zotero or EndNote.'], negative: ['Endnotes and footnotes.', 'Add an endnote to the page.'] },
  },
  {
    id: 'mendeley', label: 'Mendeley', category: 'tool', stem: false,
    implies: ['reference-managers'],
    typicalFor: ['academic-research', 'medical-writing', 'higher-education'],
    examples: { positive: ['Citations in Mendeley.'], negative: ['Citations in Zotero.'] },
  },
  {
    id: 'refworks', label: 'RefWorks', category: 'tool', stem: false,
    implies: ['reference-managers'],
    typicalFor: ['academic-research', 'medical-writing', 'higher-education'],
    examples: { positive: ['Citations in RefWorks.'], negative: ['Citations in Zotero.'] },
  },
];
