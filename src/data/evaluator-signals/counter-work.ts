// Counter-signals in what the job does: captioning, search marketing, building AI into products,
// using AI tools, newsroom publishing, reporting duties.
import type { EvaluatorSignalInput } from './schema.ts';
import { AI_OBJECTS } from './vocabulary.ts';

export const counterWorkSignals: EvaluatorSignalInput[] = [
  {
    // Live captions corrected for Deaf and hard-of-hearing users as they speak: an accessibility
    // service whose corrections serve the user, not the model ("correct AI-generated captions in real time").
    id: 'live-captioning-service',
    label: 'Live captioning for Deaf and hard-of-hearing users',
    weight: -4,
    kind: 'phrase',
    phrases: ['real-time captioning', 'live captioning', 'live captions', 'CART captioning', 'CART captioner', 'CART provider', 'deaf and hard of hearing', 'deaf & hard of hearing', 'deaf and hard-of-hearing', 'hard-of-hearing users', 'DHH users'],
    examples: { positive: ['Scribes correct AI-generated captions in real time for Deaf and hard of hearing users.'], negative: ['Transcribe audio clips to train speech recognition models.'] },
  },
  {
    // Search marketers "evaluate search results" too: for their clients' rankings, not for a search engine.
    id: 'search-marketing',
    label: 'Search-engine marketing or SEO work',
    weight: -4,
    kind: 'phrase',
    stem: false,
    // Not "SEO": search-rater postings list "a background in SEO" among what helps.
    phrases: ['search engine marketing', 'paid search', 'PPC', 'pay-per-click', 'keyword research', 'Google Ads campaigns', 'paid media', 'organic traffic', 'SEO campaigns', 'SEO strategy', 'SEO strategies'],
    examples: { positive: ["Manage paid search campaigns and evaluate search results for our clients' keywords."], negative: ['Rate search results for relevance to the query.'] },
  },
  {
    // "Integrate large language models into a simple web app", "integrating AI into Khan Academy
    // product features": building AI into a product or a workflow is engineering or adoption work.
    // Raters judge a model; they do not wire it in (no labelled rater posting says this).
    id: 'ai-integration-work',
    label: 'Building AI into a product or workflow',
    weight: -4,
    // On the freelance marketplaces, 20 labelled client posts build a bot or wire AI in (this signal
    // or builds-ai-bots), and none of the nine rater gigs there does.
    clientProject: true,
    kind: 'pair',
    // Unstemmed: "three integrated solutions for frontier AI" is a vendor describing itself.
    stem: false,
    left: ['integrate', 'integrates', 'integrating', 'integration', 'integrations', 'integration of'],
    right: AI_OBJECTS,
    window: 7,
    // "AI automation, or complex systems integration": a list of fields, not AI built in. "Multimodal
    // AI systems that integrate visual and auditory data": the AI integrates, no one builds it in.
    objectFirstUnless: ['or', 'and', 'to', 'with', 'that', 'which', 'can', 'will'],
    examples: {
      positive: ['We need an AI consultant to help us integrate large language models (LLMs) into a simple web app.', 'You will take responsibility for integrating AI into our product features.'],
      negative: ['Rate AI-generated answers for accuracy.', 'We offer three integrated solutions for frontier AI development.', 'Record audio descriptions of images for multimodal AI systems that integrate visual and auditory data.'],
    },
  },
  {
    // "Help us build a custom GPT for our store", "develop and train an AI chatbot for our tour bookings":
    // a client has a bot built for its business. Raters judge a model's answers; they never build the
    // bot. Across the labelled sets, a build verb meeting a bot, agent or GPT stands only in negatives
    // (14: marketplace clients, AI-agent developers, applied-AI staff). Not "models": rater postings
    // "help develop AI models".
    id: 'builds-ai-bots',
    label: 'Builds or sets up a chatbot, AI agent or custom GPT',
    weight: -4,
    clientProject: true,
    kind: 'pair',
    stem: false,
    left: ['build', 'builds', 'building', 'develop', 'develops', 'developing', 'set up', 'sets up', 'setting up', 'configure', 'configuring', 'deploy', 'deploys', 'deploying', 'customize', 'customise', 'customizing', 'customising'],
    right: ['chatbot', 'chatbots', 'chat bot', 'chat bots', 'voice bot', 'voicebot', 'custom GPT', 'custom GPTs', 'AI agent', 'AI agents', 'AI chatbot', 'AI chatbots', 'AI assistant', 'AI assistants', 'AI voice agent', 'AI voice agents'],
    window: 5,
    // "Your ratings help build safer AI assistants": the rater's part in the makers' work.
    leftGuards: { notPrecededBy: ['help', 'helps', 'helping'] },
    // "Chatbots that build itineraries": the bot does the building.
    objectFirstUnless: ['that', 'which', 'who', 'can', 'will', 'to', 'and', 'or', 'we', 'you', 'they'],
    examples: {
      positive: ['Help us build a custom GPT for our flyfishing store.', 'We need a freelancer to develop and train an AI chatbot with IBM Watson.', 'Build and deploy AI agents that automate accounting workflows.'],
      negative: ['Rate the answers an AI assistant gives to users.', 'Help develop AI models by writing prompts and responses.', 'Compare two chatbot replies and pick the better one.', 'Your ratings help build safer AI assistants.'],
    },
  },
  {
    // "Train and support non-technical staff on effective AI system use", "assist our employees in
    // using AI": the job teaches people to use AI, the enablement work AI consultants and in-house
    // AI engineers do. Raters teach the model, not the staff. In all labelled data the verb and the
    // staff meet, with AI in the sentence, only in such postings.
    id: 'teaches-staff-ai',
    label: 'Teaches staff to use AI',
    weight: -4,
    kind: 'pair',
    // Not "support" or "assist": "support staff" is a noun, and "working with Institute staff, this
    // position will assist in evaluations" helps the staff, it does not teach them.
    left: ['train', 'training', 'trains', 'teach', 'teaching', 'orient', 'educate', 'educating', 'upskill', 'upskilling', 'coach', 'coaching'],
    right: ['staff', 'employees', 'team members', 'colleagues', 'non-technical staff', 'workforce', 'our team', 'your team', 'teams', 'leaders', 'associates', 'managers', 'end users', 'business users'],
    context: ['AI', 'ChatGPT', 'LLM', 'LLMs', 'generative AI', 'AI tools', 'prompts', 'Copilot'],
    window: 4,
    // "A detail-oriented individual to join our team": the adjective, not orienting anyone.
    leftGuards: { notPrecededBy: ['detail', 'customer', 'results', 'goal', 'service', 'solution', 'data', 'process', 'action', 'people', 'team', 'task', 'client', 'user', 'growth', 'outcome', 'quality'], appliesTo: ['orient'] },
    // "Staff will train you on AI tools": the staff teach the reader.
    objectFirstUnless: ['will', 'would', 'can', 'who', 'to', 'you', 'this', 'the', 'and', 'we'],
    examples: {
      positive: ['Train and support non-technical staff on effective AI system use.', 'You will coach our employees in using generative AI tools every day.', 'Train operations associates and leaders on leveraging Claude Desktop and other AI tools.'],
      negative: ['Rate the answers an AI assistant gives to users.', 'Train staff on the new point of sale system.', 'Working closely with Institute staff, this position will assist in evaluating AI products.', 'Our staff will train you on the AI tools we use.'],
    },
  },
  {
    // "Leverage generative AI tools (ChatGPT, Copilot) to enhance research productivity": the job uses
    // AI tools for its own work. Raters judge a model's answers; few say they use AI tools.
    id: 'uses-ai-tools',
    label: 'Uses AI tools in its own work',
    weight: -3,
    kind: 'pair',
    left: ['use', 'using', 'leverage', 'leveraging', 'utilize', 'utilise', 'utilizing', 'utilising', 'familiarity with', 'proficiency with', 'proficiency in', 'proficient with', 'proficient in', 'experience using'],
    // And the media generators content producers work with ("use Runway to create cinematic motion").
    right: ['AI tools', 'AI-powered tools', 'generative AI tools', 'gen AI tools', 'AI writing tools', 'Midjourney', 'Copilot', 'ChatGPT', 'Runway', 'Sora', 'Kling', 'DALL-E', 'Stable Diffusion', 'Synthesia', 'HeyGen', 'AI video tools', 'AI image tools', 'AI video models', 'AI design tools'],
    window: 4,
    examples: {
      positive: ['Leverage generative AI tools (e.g., ChatGPT, Microsoft Copilot) to enhance research productivity.'],
      negative: ['Rate the answers an AI assistant gives to users.'],
    },
  },
  {
    // Bringing AI tools into a business ("evaluate and test AI productivity tools such as Microsoft
    // Copilot", "document AI use cases", "user acceptance testing") is adoption work, not rating model output.
    id: 'ai-adoption',
    label: 'Adopting AI tools in a business',
    weight: -4,
    kind: 'phrase',
    stem: false,
    phrases: ['AI use cases', 'AI use case', 'AI adoption', 'adoption of AI', 'AI productivity tools', 'user acceptance testing', 'UAT', 'business requirements', 'business stakeholders', 'change management', 'AI enablement', 'AI transformation',
      // Automating the company's own work with AI ("partner with AI Champions to build AI-powered automations").
      'adopt AI', 'adopting AI', 'adopt generative AI', 'AI champions', 'AI change agent', 'AI-powered automations', 'AI-powered workflows', 'AI automations', 'workflow automation', 'workflow automations', 'automate workflows', 'no-code', 'low-code'],
    // "Hours adjusted to availability and business requirements": the employer's needs, not a requirements analyst's work.
    phraseGuards: { notPrecededBy: ['based on', 'performance and', 'availability and', 'workload and'], appliesTo: ['business requirements'] },
    examples: { positive: ['Evaluate and test AI productivity tools such as Microsoft Copilot, and document AI use cases with business stakeholders.'], negative: ['Hours may change based on performance and business requirements.', 'Rate chatbot answers for accuracy.'] },
  },
  {
    // "Support the development of an AI-assisted documentation process": the job writes its own
    // documents or content with AI tools and checks them; it does not rate a model for its makers.
    id: 'ai-assisted-production',
    label: 'Produces its own content with AI tools (uses AI, does not train it)',
    weight: -4,
    kind: 'phrase',
    phrases: ['AI-assisted documentation', 'AI-assisted content', 'AI-assisted content generation', 'AI-assisted writing', 'AI-assisted drafting', 'AI-assisted workflow', 'AI-assisted workflows', 'AI-assisted manual', 'AI-assisted manuals', 'AI-assisted product manual', 'AI-assisted copywriting', 'AI-assisted marketing'],
    examples: { positive: ['Build an AI-assisted documentation process for our product manuals.'], negative: ['Rate AI-generated answers for accuracy.', 'Do not use AI tools to write your answers.'] },
  },
  {
    // Making video and visual content: the editing suites and the assets a producer delivers. AI video
    // producers "refine AI-generated assets" as raters refine answers, but for the brand's own content.
    // Over the labelled sets these words stand in about 30 negatives and no rater posting (raters'
    // postings name design fields as backgrounds, "motion graphics", which is left out).
    id: 'media-production',
    label: 'Produces video or visual content (editing suites, creative assets)',
    weight: -3,
    kind: 'phrase',
    stem: false,
    phrases: ['video editing', 'Premiere Pro', 'After Effects', 'DaVinci Resolve', 'Final Cut', 'motion design', 'video assets', 'visual assets', 'creative assets', 'storyboard', 'storyboards', 'storyboarding', 'Adobe Creative Suite', 'Adobe Creative Cloud', 'compositing', 'color grading', 'colour grading', 'color correction', 'colour correction', 'b-roll'],
    examples: { positive: ['Refine AI-generated video assets and edit in Premiere Pro and After Effects.', 'Create storyboards for our campaigns.'], negative: ['Rate AI-generated images for realism and prompt adherence.', 'A background in photography, motion graphics or animation is a plus.'] },
  },
  {
    // A translation agency's production work: machine-translation post-editing in a CAT tool is the
    // client's deliverable, not rating a model's translations for its makers.
    id: 'translation-production',
    label: 'Translation production work (CAT tools, post-editing)',
    weight: -3,
    kind: 'phrase',
    stem: false,
    phrases: ['MTPE', 'machine translation post-editing', 'CAT tool', 'CAT tools', 'Trados', 'memoQ', 'translation memory', 'translation memories', 'per source word'],
    examples: { positive: ['Some jobs are machine translation post-editing (MTPE) in our CAT tool.'], negative: ['Rate machine translations produced by our AI model.'] },
  },
  {
    id: 'newsroom-publishing',
    label: 'Newsroom, publishing or content-marketing work',
    weight: -2,
    kind: 'phrase',
    // Unstemmed: Porter makes "reporters" a "report", which raters write too ("report edge cases").
    stem: false,
    phrases: ['newsroom', 'newsrooms', 'our readers', 'editorial calendar', 'publication schedule', 'press release', 'press releases', 'investigative reporting', 'breaking news', 'SEO content', 'content marketing', 'social media channels', 'brand voice', 'our journalists', 'reporter', 'reporters', 'editor-in-chief', 'manuscript', 'manuscripts', 'systematic review', 'systematic reviews', 'clinical coding'],
    examples: { positive: ['Edit stories for the newsroom on deadline.'], negative: ['Evaluate AI-written essays for tone.'] },
  },
  {
    // A software tester's craft: "execute functional testing of AI/ML healthcare applications", test
    // plans and scripts, regression testing, Selenium. Testers of AI products "verify AI model outputs
    // against business requirements" too; raters judge the answers, not the application. Across the
    // labelled sets these words stand in 50 negatives and 3 rater postings (QA engineers hired to
    // review AI-generated apps, a red-team eval pipeline, a bug-tracking tool listed).
    id: 'software-testing',
    label: 'Software testing (QA of an application)',
    weight: -3,
    kind: 'phrase',
    stem: false,
    phrases: ['functional testing', 'functional tester', 'functional testers', 'functional validation', 'regression testing', 'test plan', 'test plans', 'test scripts', 'test script', 'test execution', 'test automation', 'Selenium', 'Cypress', 'bug tracking'],
    examples: { positive: ['Execute functional testing of AI/ML healthcare applications and write test plans.', 'Automate regression testing with Selenium.'], negative: ['Rate chatbot answers for accuracy and write a short justification.', 'Test the model with tricky prompts and record where it fails.'] },
  },
  {
    // Running a company's own support bot or help desk: conversation design, fallback and escalation
    // logic, help-center content, the help-desk tools. Those jobs "refine chatbot answers" and "improve
    // how AI handles" requests as raters do, but for their own product's customers. Over the labelled
    // sets these words stand in 30 negatives and in no rater's duties.
    id: 'support-bot-operations',
    label: 'Runs its own support bot or help desk (conversation design, help-center content)',
    weight: -3,
    kind: 'phrase',
    stem: false,
    phrases: ['conversation design', 'conversation designer', 'conversation designers', 'conversational design', 'conversational designs', 'conversational designer', 'conversation flows', 'conversation flow', 'conversational flows', 'conversational flow', 'fallback logic', 'fallback rates', 'fallback handling', 'escalation logic', 'escalation flows', 'help center articles', 'help centre articles', 'help center content', 'knowledge base articles', 'support tickets', 'resolution rates', 'CSAT', 'Zendesk', 'Intercom', 'Freshdesk', 'Kustomer', 'Help Scout', 'Guru cards'],
    examples: { positive: ['Design and optimize conversational flows using Intercom’s AI capabilities.', 'Write and maintain help center articles and reduce fallback rates.'], negative: ['Rate chatbot answers for accuracy and write a short justification.', 'Compare two AI responses to a customer question and pick the better one.'] },
  },
  {
    // Analysts, managers and coordinators write reports; raters rate and label. Weak, as raters "report
    // issues" too, but over the labelled sets it kept six staff jobs that describe rater work from
    // matching for one rater posting it missed. (It used to hide inside newsroom-publishing, whose
    // "reporters" Porter stems to "report".)
    id: 'reporting-duties',
    label: 'Reporting duties (staff or analyst work)',
    weight: -2,
    kind: 'phrase',
    phrases: ['report', 'reports', 'reporting'],
    examples: { positive: ['Prepare monthly reports for leadership.', 'Build reporting dashboards.'], negative: ['Rate chatbot answers for accuracy.'] },
  },
];
