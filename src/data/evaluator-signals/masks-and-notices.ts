// Sentences that say nothing of the job itself: lists of ML methods, training-pipeline builders,
// employers' notices on AI in hiring or AI tools, test scoring of people, referral agencies.
import type { EvaluatorSignalInput } from './schema.ts';

export const masksAndNoticesSignals: EvaluatorSignalInput[] = [
  {
    // "Post-training methods (RLHF, RLVR, GRPO, etc.)": RLHF named among the training algorithms
    // researchers build is a method, not the rater's feedback work. Over the labelled sets RLHF
    // stands beside these algorithm names in 8 postings, all ML researchers' and engineers'.
    id: 'alignment-method-list',
    label: 'RLHF listed among training algorithms',
    weight: 0,
    kind: 'pair',
    masksSentence: true,
    stem: false,
    left: ['RLHF', 'reinforcement learning from human feedback'],
    // "SFT" beside RLHF too: "post-training methods (SFT, RLHF)" (6 labelled postings, researchers' and
    // consultants'; the 2 vendors' self-descriptions that say it match on their other sentences).
    right: ['DPO', 'PPO', 'GRPO', 'RLVR', 'RLAIF', 'KTO', 'ORPO', 'SFT'],
    window: 14,
    examples: {
      positive: ['Design and implement novel RL and post-training methods (RLHF, RLVR, GRPO, etc.) to align large models.', 'Experience with alignment techniques such as RLHF, DPO and GRPO.', 'Design and execute research on LLM fine-tuning, alignment, and post-training methods (SFT, RLHF).'],
      negative: ['Provide RLHF feedback by ranking two model responses.', 'Supervised fine-tuning and RLHF projects for leading AI labs.'],
    },
  },
  {
    // "Strong command of prompt engineering, fine-tuning, model evaluation, or RLHF workflows": an ML
    // engineer's skill list, where RLHF and evaluation are methods the engineer builds with.
    id: 'ml-method-list',
    label: 'ML methods listed as skills',
    weight: 0,
    kind: 'pair',
    masksSentence: true,
    stem: false,
    // "Must have previously worked with agent graphs or fine tuned an LLM": having fine-tuned a model is the engineer's past work.
    left: ['fine-tuning', 'fine tuning', 'finetuning', 'fine-tuned', 'fine tuned', 'finetuned'],
    right: ['experience', 'expertise', 'command of', 'familiarity', 'proficiency', 'knowledge of', 'hands-on', 'proficient', 'skilled', 'background in', 'worked with', 'previously'],
    window: 14,
    examples: {
      positive: ['Strong command of prompt engineering, fine-tuning, model evaluation, or RLHF workflows.', 'Must have previously worked with agent graphs, classical optimizers, or fine tuned an LLM.'],
      negative: ['Rate chatbot answers and rank two responses.', 'Your ratings are used for fine-tuning large language models.', 'Responses you write are used to fine-tune the model you worked with last week.'],
    },
  },
  {
    // "Own and drive the full RLHF pipeline", "develop and own evaluation pipelines for agentic LLMs":
    // the engineer builds the machinery raters feed; rater words in that sentence name its parts.
    id: 'builds-training-pipeline',
    label: 'Builds training or evaluation pipelines',
    weight: 0,
    kind: 'pair',
    masksSentence: true,
    stem: false,
    left: ['design', 'designs', 'designing', 'build', 'builds', 'building', 'own', 'owns', 'owning', 'implement', 'implementing', 'develop', 'develops', 'developing', 'drive', 'maintain', 'maintaining', 'scale', 'scaling', 'architect', 'built', 'worked on'],
    right: ['RLHF pipeline', 'RLHF pipelines', 'SFT pipeline', 'SFT pipelines', 'post-training pipeline', 'post-training pipelines', 'fine-tuning pipeline', 'fine-tuning pipelines', 'evaluation pipeline', 'evaluation pipelines', 'evaluation infrastructure', 'evaluation framework', 'evaluation frameworks', 'evaluation harness', 'eval harness', 'eval pipelines', 'training pipeline', 'training pipelines', 'reward model training'],
    window: 8,
    examples: {
      positive: ['Own and drive the full RLHF pipeline: data collection, reward model training and RL fine-tuning.', 'Develop and own evaluation pipelines for agentic LLM applications.', "Engineers who've worked on LLM fine-tuning or RLHF pipelines."],
      negative: ['Rate model responses that feed our RLHF pipeline.', 'Your ratings are used for fine-tuning large language models.'],
    },
  },
  {
    // "We may use artificial intelligence (AI) tools to support parts of the hiring process, such as
    // reviewing applications ... or assessing responses": the employer's hiring notice, which more
    // and more postings carry, reads like rater work to the pairs above.
    id: 'ai-in-hiring-notice',
    label: 'Notice that the employer uses AI tools in hiring',
    weight: 0,
    kind: 'pair',
    masksSentence: true,
    left: ['AI tools', 'AI tool', 'artificial intelligence', 'AI', 'AI-powered tools', 'AI technology', 'AI technologies', 'automated tools', 'automated decision-making', 'AI-assisted'],
    right: ['hiring process', 'recruitment process', 'recruiting process', 'hiring decisions', 'selection process', 'application process', 'reviewing applications', 'screening applications', 'analyzing resumes', 'application materials', 'your application', 'candidacy', 'recruitment team', 'hiring team', 'hiring decision', 'candidate information', 'human decision-makers', 'human decision makers'],
    window: 14,
    examples: {
      positive: [
        'We may use artificial intelligence (AI) tools to support parts of the hiring process, such as reviewing applications or assessing responses.',
        // The closing sentence of such a notice names neither the tools nor the process near the AI.
        'All final hiring decisions are made by human decision-makers who use their professional judgement to review and evaluate relevant candidate information in addition to AI outputs.',
      ],
      negative: ['Rate AI responses and explain your ratings.'],
    },
  },
  {
    // "You are not allowed to use any AI tools for this task": rater and annotation work forbids AI
    // help; the sentence says nothing of a job that uses AI tools.
    id: 'ai-tools-forbidden',
    label: 'Forbids AI tools for the work',
    weight: 0,
    kind: 'pair',
    masksSentence: true,
    left: ['not allowed to use', 'not permitted to use', 'must not use', 'may not use', 'do not use', "don't use", 'without using', 'without the use of', 'prohibited', 'forbidden', 'not allowed'],
    right: ['AI tools', 'AI tool', 'AI', 'ChatGPT', 'LLMs', 'generative AI', 'AI assistance', 'AI-generated content'],
    window: 4,
    examples: { positive: ['You are not allowed to use any AI tools for this task.'], negative: ['Leverage generative AI tools to speed up research.'] },
  },
  {
    // "CLEP exam-takers", "online and onsite scoring sessions", "holistic scoring": scoring people's
    // exams and essays, which testing programmes call rating too, is not rating a model.
    id: 'human-test-scoring',
    label: "Scoring people's tests or essays",
    weight: -6,
    kind: 'phrase',
    phrases: ['test takers', 'test-takers', 'exam takers', 'exam-takers', 'examinees', 'scoring sessions', 'holistic scoring', 'essay scoring', 'scoring of essays', 'constructed-response scoring', 'constructed response scoring'],
    examples: { positive: ['You will take part in online and onsite scoring sessions for exam-takers.'], negative: ['Score model responses against a rubric.'] },
  },
  {
    // "Crossing Hurdles is a referral partner. We connect & refer top candidates to Mercor that
    // working with the world's leading AI research labs to help build and train cutting-edge AI
    // models": a recruiting agency's account of its client, on every job it refers, its engineers' too.
    id: 'referral-agency-notice',
    label: "A recruiting agency's account of the client it refers candidates to",
    weight: 0,
    kind: 'pair',
    masksSentence: true,
    left: ['refer', 'refers', 'referring', 'connect', 'connects', 'connecting', 'match', 'matches', 'matching', 'place', 'places', 'placing'],
    right: ['top candidates', 'candidates', 'top talent', 'talent', 'professionals', 'job seekers', 'jobseekers'],
    window: 4,
    examples: {
      positive: ['We connect & refer top candidates to a platform that works with leading AI labs to help train AI models.'],
      negative: ['Rate AI responses and explain your ratings.', 'Review model answers written for candidates of the bar exam.'],
    },
  },
];
