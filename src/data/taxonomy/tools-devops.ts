// Tools, part 1b: cloud, DevOps, CI/CD, testing and developer tools (editors, code hosts, API
// tooling). Each product a posting names by itself has its own entry; families postings name as
// such ("CI/CD tools", "test frameworks") keep an entry each product implies.
import type { TaxonomyEntryInput } from '../schema.ts';

export const devopsTools: TaxonomyEntryInput[] = [
  // ── Cloud & DevOps ───────────────────────────────────────────────────────────────────────
  {
    id: 'aws', label: 'AWS', category: 'tool', stem: false,
    aliases: ['Amazon Web Services', 'AWS Lambda', 'Amazon S3', 'EC2', 'SageMaker'],
    typicalFor: ['cloud-computing', 'devops', 'backend', 'data-engineering'],
    examples: { positive: ['Deploy services on AWS.'], negative: ['Amazon gift cards are a scam sign.'] },
  },
  {
    id: 'azure', label: 'Microsoft Azure', category: 'tool', stem: false,
    aliases: ['Azure', 'Azure DevOps', 'Azure ML', 'Azure OpenAI'],
    typicalFor: ['cloud-computing', 'devops', 'backend'],
    examples: { positive: ['Cloud work on Azure.'], negative: ['Azul blue theme.'] },
  },
  {
    id: 'gcp', label: 'Google Cloud Platform', category: 'tool', stem: false,
    aliases: ['Google Cloud', 'Vertex AI', 'Cloud Run'],
    // "GCP" is also Good Clinical Practice in clinical-trial postings.
    caseSensitive: ['GCP'],
    guards: { notFollowedBy: ['good'], forbidNear: ['clinical', 'trial', 'trials', 'ich', 'gxp'], appliesTo: ['GCP'] },
    typicalFor: ['cloud-computing', 'devops', 'data-engineering'],
    examples: {
      positive: ['Experience with GCP or AWS.'],
      negative: ['Google Docs for notes.', 'Knowledge of GCP (Good Clinical Practice) and ICH guidelines.'],
    },
  },
  {
    id: 'docker', label: 'Docker', category: 'tool', stem: false,
    aliases: ['Docker Compose', 'containers', 'containerization'],
    guards: { notPrecededBy: ['shipping', 'storage', 'food', 'plastic'], appliesTo: ['containers'] },
    typicalFor: ['devops', 'backend', 'cloud-computing'],
    examples: { positive: ['Docker and Kubernetes experience.'], negative: ['Dockworkers and shipping staff.', 'Rootless Podman setups.'] },
  },
  {
    id: 'podman', label: 'Podman', category: 'tool', stem: false,
    typicalFor: ['devops', 'cloud-computing'],
    examples: { positive: ['Rootless Podman setups.'], negative: ['Docker Compose setups.'] },
  },
  {
    id: 'kubernetes', label: 'Kubernetes', category: 'tool', stem: false,
    aliases: ['K8s', 'Helm', 'EKS', 'GKE', 'AKS', 'OpenShift'],
    caseSensitive: [],
    guards: { requireNear: ['kubernetes', 'k8s', 'docker', 'charts', 'cluster', 'clusters', 'devops', 'deploy', 'deployment', 'cloud'], window: 6, appliesTo: ['Helm'] },
    typicalFor: ['devops', 'cloud-computing', 'backend'],
    examples: { positive: ['Kubernetes clusters with Helm charts.'], negative: ['At the helm of a sailboat.'] },
  },
  {
    id: 'terraform', label: 'Terraform', category: 'tool', stem: false,
    aliases: ['HashiCorp Terraform'],
    typicalFor: ['devops', 'cloud-computing'],
    examples: { positive: ['Infrastructure as code with Terraform and Ansible.'], negative: ['Chefs judge recipes.', 'Configuration with Ansible.'] },
  },
  {
    id: 'ansible', label: 'Ansible', category: 'tool', stem: false,
    typicalFor: ['devops', 'it-support'],
    examples: { positive: ['Configuration with Ansible.'], negative: ['Infrastructure with Terraform.'] },
  },
  {
    id: 'cloudformation', label: 'AWS CloudFormation', category: 'tool', stem: false,
    aliases: ['CloudFormation'],
    implies: ['aws'],
    typicalFor: ['devops', 'cloud-computing'],
    examples: { positive: ['Stacks in CloudFormation.'], negative: ['Cloud formation photos for the weather app.'] },
  },
  {
    id: 'pulumi', label: 'Pulumi', category: 'tool', stem: false,
    typicalFor: ['devops', 'cloud-computing'],
    examples: { positive: ['Infrastructure as code with Pulumi.'], negative: ['Infrastructure with Terraform.'] },
  },
  {
    // The family as postings name it; each CI product below implies it.
    id: 'ci-tools', label: 'CI/CD tooling', category: 'tool', stem: false,
    aliases: ['CI/CD tools', 'CI tools'],
    typicalFor: ['devops', 'software-engineering'],
    examples: { positive: ['Experience with CI/CD tools.'], negative: ['Ask Jenny for help.', 'Pipelines in Jenkins.'] },
  },
  {
    id: 'jenkins', label: 'Jenkins (CI)', category: 'tool', stem: false,
    aliases: ['Jenkins pipelines', 'Jenkinsfile'],
    caseSensitive: ['Jenkins'],
    guards: { requireNear: ['ci', 'cd', 'ci/cd', 'pipelines', 'pipeline', 'builds', 'build', 'github', 'gitlab', 'actions', 'docker', 'kubernetes', 'devops', 'deployment', 'tools', 'circleci', 'automation'], window: 6, appliesTo: ['Jenkins'] },
    implies: ['ci-tools'],
    typicalFor: ['devops', 'software-engineering'],
    examples: { positive: ['Pipelines in Jenkins or GitHub Actions.'], negative: ['Dr. Jenkins leads the study.'] },
  },
  {
    id: 'github-actions', label: 'GitHub Actions', category: 'tool', stem: false,
    implies: ['ci-tools'],
    typicalFor: ['devops', 'software-engineering'],
    examples: { positive: ['Pipelines in Jenkins or GitHub Actions.'], negative: ['Share your GitHub profile.'] },
  },
  {
    id: 'gitlab-ci', label: 'GitLab CI/CD', category: 'tool', stem: false,
    aliases: ['GitLab CI', 'GitLab CI/CD', 'Gitlab CI'],
    implies: ['ci-tools'],
    typicalFor: ['devops', 'software-engineering'],
    examples: { positive: ['Pipelines in GitLab CI.'], negative: ['Repos on GitLab.'] },
  },
  {
    id: 'circleci', label: 'CircleCI', category: 'tool', stem: false,
    aliases: ['Circle CI'],
    implies: ['ci-tools'],
    typicalFor: ['devops', 'software-engineering'],
    examples: { positive: ['Builds on CircleCI.'], negative: ['A circle of friends.'] },
  },
  {
    id: 'travis-ci', label: 'Travis CI', category: 'tool', stem: false,
    implies: ['ci-tools'],
    typicalFor: ['devops', 'software-engineering'],
    examples: { positive: ['Builds on Travis CI.'], negative: ['Travis from our team.'] },
  },
  {
    id: 'argo-cd', label: 'Argo CD', category: 'tool', stem: false,
    aliases: ['ArgoCD'],
    implies: ['ci-tools'],
    typicalFor: ['devops', 'software-engineering', 'cloud-computing'],
    examples: { positive: ['Deploys with Argo CD.', 'ArgoCD experience.'], negative: ['The film Argo.'] },
  },
  {
    id: 'linux', label: 'Linux', category: 'tool', stem: false,
    aliases: ['Ubuntu', 'Debian', 'RHEL', 'Red Hat Enterprise Linux', 'CentOS'],
    typicalFor: ['devops', 'it-support', 'software-engineering', 'embedded-systems'],
    examples: { positive: ['Comfortable on Linux servers.'], negative: ['Linen fabric samples.', 'Solaris and other Unix systems.'] },
  },
  {
    id: 'unix', label: 'Unix', category: 'tool', stem: false,
    aliases: ['UNIX', 'Unix systems'],
    typicalFor: ['devops', 'it-support', 'software-engineering'],
    examples: { positive: ['Solaris and other Unix systems.'], negative: ['Comfortable on Linux servers.'] },
  },
  // ── Dev tools ────────────────────────────────────────────────────────────────────────────
  {
    id: 'git', label: 'Git', category: 'tool', stem: false,
    aliases: ['git version control', 'version control', 'source control'],
    typicalFor: ['software-engineering', 'data-science', 'devops'],
    examples: { positive: ['Use Git for version control.'], negative: ['Digital marketing experience.', 'A digital-first company.'] },
  },
  {
    id: 'github', label: 'GitHub', category: 'tool', stem: false,
    aliases: ['Github', 'GitHub repositories'],
    guards: { notFollowedBy: ['copilot'], appliesTo: ['GitHub', 'Github'] },
    typicalFor: ['software-engineering'],
    examples: { positive: ['Share your GitHub profile.'], negative: ['Get help from our team.', 'Daily use of GitHub Copilot.'] },
  },
  {
    // An AI coding assistant, not the code host: a GitHub user has not necessarily used it.
    id: 'github-copilot', label: 'GitHub Copilot', category: 'tool', stem: false,
    aliases: ['Github Copilot'],
    typicalFor: ['software-engineering'],
    examples: { positive: ['Daily use of GitHub Copilot.'], negative: ['Share your GitHub profile.'] },
  },
  {
    id: 'gitlab', label: 'GitLab', category: 'tool', stem: false,
    aliases: ['Gitlab'],
    typicalFor: ['software-engineering', 'devops'],
    examples: { positive: ['Repos on GitLab or Bitbucket.'], negative: ['Lab notebooks are required.', 'Repos on Bitbucket.'] },
  },
  {
    id: 'bitbucket', label: 'Bitbucket', category: 'tool', stem: false,
    aliases: ['BitBucket'],
    typicalFor: ['software-engineering', 'devops'],
    examples: { positive: ['Repos on Bitbucket.'], negative: ['Repos on GitLab.'] },
  },
  {
    id: 'vs-code', label: 'VS Code', category: 'tool', stem: false,
    aliases: ['Visual Studio Code', 'VSCode'],
    typicalFor: ['software-engineering'],
    examples: { positive: ['Set up VS Code or PyCharm.'], negative: ['Visual skills for design.', 'C++ in Visual Studio.'] },
  },
  // Each editor is its own tool: a VS Code user does not "match" a posting that asks for Xcode.
  {
    id: 'visual-studio', label: 'Visual Studio (IDE)', category: 'tool', stem: false,
    aliases: ['Visual Studio', 'Microsoft Visual Studio'],
    guards: { notFollowedBy: ['code'] },
    typicalFor: ['software-engineering'],
    examples: { positive: ['C++ in Visual Studio.'], negative: ['Set up Visual Studio Code.'] },
  },
  {
    id: 'intellij', label: 'IntelliJ IDEA', category: 'tool', stem: false,
    aliases: ['IntelliJ', 'Intellij', 'JetBrains IDEs'],
    typicalFor: ['software-engineering'],
    examples: { positive: ['Java in IntelliJ.'], negative: ['Java in Eclipse IDE.'] },
  },
  {
    id: 'pycharm', label: 'PyCharm', category: 'tool', stem: false,
    typicalFor: ['software-engineering', 'data-science'],
    examples: { positive: ['Set up VS Code or PyCharm.'], negative: ['Set up VS Code.'] },
  },
  {
    id: 'xcode', label: 'Xcode', category: 'tool', stem: false,
    aliases: ['XCode'],
    typicalFor: ['mobile-development'],
    examples: { positive: ['iOS builds in Xcode.'], negative: ['iOS builds in Android Studio.'] },
  },
  {
    id: 'android-studio', label: 'Android Studio', category: 'tool', stem: false,
    typicalFor: ['mobile-development'],
    examples: { positive: ['Apps built in Android Studio.'], negative: ['An Android phone for testing.'] },
  },
  {
    id: 'eclipse-ide', label: 'Eclipse IDE', category: 'tool', stem: false,
    aliases: ['Eclipse'],
    caseSensitive: [],
    guards: { requireNear: ['java', 'ide', 'intellij', 'editor', 'plugins', 'plugin', 'developer', 'development', 'programming'], window: 6, appliesTo: ['Eclipse'] },
    typicalFor: ['software-engineering'],
    examples: { positive: ['Java in Eclipse IDE.', 'Java development in Eclipse.'], negative: ['Photos of the solar eclipse.'] },
  },
  {
    id: 'vim', label: 'Vim / Neovim', category: 'tool', stem: false,
    aliases: ['Neovim', 'NeoVim'],
    caseSensitive: ['Vim'],
    typicalFor: ['software-engineering'],
    examples: { positive: ['Fluent in Vim or Emacs.'], negative: ['Full of vim and vigour.'] },
  },
  {
    id: 'emacs', label: 'Emacs', category: 'tool', stem: false,
    aliases: ['GNU Emacs'],
    typicalFor: ['software-engineering'],
    examples: { positive: ['Fluent in Vim or Emacs.'], negative: ['Fluent in Vim.'] },
  },
  {
    id: 'cursor', label: 'Cursor (AI code editor)', category: 'tool', stem: false,
    aliases: ['Cursor IDE', 'Cursor AI', 'Cursor editor'],
    // "cursor" is also the mouse pointer: capitalised and near a coding or AI word only.
    caseSensitive: ['Cursor'],
    guards: { requireNear: ['ai', 'code', 'coding', 'editor', 'ide', 'claude', 'copilot', 'vscode', 'agent', 'agents', 'agentic', 'tools', 'windsurf', 'opencode', 'codex', 'developer', 'developers'], window: 6, appliesTo: ['Cursor'] },
    typicalFor: ['software-engineering'],
    examples: { positive: ['Daily use of AI coding tools such as Cursor or Claude Code.'], negative: ['Move the cursor over the chart to see values.', 'Coding agents such as Windsurf IDE.'] },
  },
  // Other AI coding agents: each is named by itself, so none stands in for Cursor.
  {
    id: 'windsurf', label: 'Windsurf (AI code editor)', category: 'tool', stem: false,
    aliases: ['Windsurf IDE', 'Windsurf editor', 'Codeium Windsurf'],
    typicalFor: ['software-engineering'],
    examples: { positive: ['Coding agents such as Windsurf IDE.'], negative: ['Windsurfing lessons on the lake.'] },
  },
  {
    id: 'opencode', label: 'OpenCode (AI coding agent)', category: 'tool', stem: false,
    aliases: ['OpenCode'],
    typicalFor: ['software-engineering'],
    examples: { positive: ['Agents such as OpenCode.'], negative: ['Open code review sessions.'] },
  },
  {
    id: 'codex-cli', label: 'Codex CLI (OpenAI)', category: 'tool', stem: false,
    aliases: ['Codex CLI', 'OpenAI Codex'],
    typicalFor: ['software-engineering'],
    examples: { positive: ['Agents such as Codex CLI.'], negative: ['The legal codex of the state.'] },
  },
  {
    id: 'postman', label: 'Postman (API client)', category: 'tool', stem: false,
    aliases: ['Postman API'],
    caseSensitive: ['Postman'],
    typicalFor: ['backend', 'qa-testing'],
    examples: { positive: ['Test APIs with Postman and Swagger.'], negative: ['The mail carrier delivers.', 'API specs in OpenAPI.'] },
  },
  {
    // A way to describe an API, not a client: a Postman user has not necessarily written one.
    id: 'openapi', label: 'OpenAPI / Swagger', category: 'tool', stem: false,
    aliases: ['OpenAPI', 'Swagger', 'OpenAPI specification', 'Swagger UI'],
    typicalFor: ['backend'],
    examples: { positive: ['API specs in OpenAPI.', 'Test APIs with Postman and Swagger.'], negative: ['Open API access for members.'] },
  },
  {
    id: 'insomnia', label: 'Insomnia (API client)', category: 'tool', stem: false,
    aliases: ['Insomnia API client'],
    typicalFor: ['backend'],
    examples: { positive: ['Insomnia API client or Postman.'], negative: ['Night shifts may cause insomnia.'] },
  },
  {
    // The family as postings name it; each framework below implies it.
    id: 'test-frameworks', label: 'Test frameworks', category: 'tool', stem: false,
    aliases: ['testing framework', 'testing frameworks', 'test framework', 'test automation frameworks'],
    // "A/B testing frameworks" are experiment platforms, not test tooling.
    guards: { notPrecededBy: ['b', 'ab'], appliesTo: ['testing framework', 'testing frameworks'] },
    typicalFor: ['qa-testing', 'software-engineering', 'frontend'],
    examples: { positive: ['Experience with test frameworks.', 'Automated tests in a testing framework.'], negative: ['Just a test run.', 'Automated tests in pytest.', 'Experience with A/B testing frameworks.'] },
  },
  {
    id: 'selenium', label: 'Selenium (browser testing)', category: 'tool', stem: false,
    aliases: ['Selenium WebDriver'],
    caseSensitive: ['Selenium'],
    guards: { requireNear: ['test', 'tests', 'testing', 'automation', 'automated', 'browser', 'webdriver', 'qa', 'python', 'java', 'pytest', 'cypress', 'junit', 'playwright'], window: 8, appliesTo: ['Selenium'] },
    implies: ['test-frameworks'],
    typicalFor: ['qa-testing', 'software-engineering', 'frontend'],
    examples: { positive: ['Automated tests in Selenium and pytest.'], negative: ['Selenium levels in soil samples.'] },
  },
  {
    id: 'cypress', label: 'Cypress (testing)', category: 'tool', stem: false,
    aliases: ['Cypress.io', 'Cypress tests'],
    implies: ['test-frameworks'],
    typicalFor: ['qa-testing', 'software-engineering', 'frontend'],
    examples: { positive: ['End-to-end tests in Cypress.io.'], negative: ['Cypress trees line the road.'] },
  },
  {
    id: 'pytest', label: 'pytest', category: 'tool', stem: false,
    implies: ['test-frameworks'],
    typicalFor: ['qa-testing', 'software-engineering'],
    examples: { positive: ['Automated tests in Selenium and pytest.'], negative: ['Automated tests in JUnit.'] },
  },
  {
    id: 'junit', label: 'JUnit', category: 'tool', stem: false,
    aliases: ['JUnit 5'],
    implies: ['test-frameworks'],
    typicalFor: ['qa-testing', 'software-engineering'],
    examples: { positive: ['Unit tests in JUnit.'], negative: ['Unit tests in pytest.'] },
  },
  {
    id: 'jest', label: 'Jest (JavaScript testing)', category: 'tool', stem: false,
    caseSensitive: ['Jest'],
    guards: { requireNear: ['test', 'tests', 'testing', 'javascript', 'typescript', 'react', 'unit', 'cypress', 'mocha', 'node', 'frontend', 'vitest'], window: 6, appliesTo: ['Jest'] },
    implies: ['test-frameworks'],
    typicalFor: ['qa-testing', 'software-engineering', 'frontend'],
    examples: { positive: ['Unit tests in Jest.'], negative: ['Said in jest.'] },
  },
  {
    id: 'rspec', label: 'RSpec', category: 'tool', stem: false,
    implies: ['test-frameworks'],
    typicalFor: ['qa-testing', 'software-engineering'],
    examples: { positive: ['Specs in RSpec.'], negative: ['Specs in JUnit.'] },
  },
  {
    id: 'cucumber', label: 'Cucumber (BDD)', category: 'tool', stem: false,
    aliases: ['Cucumber BDD'],
    implies: ['test-frameworks'],
    typicalFor: ['qa-testing', 'software-engineering'],
    examples: { positive: ['Scenarios in Cucumber BDD.'], negative: ['Cucumber salad.'] },
  },
  {
    id: 'appium', label: 'Appium', category: 'tool', stem: false,
    implies: ['test-frameworks'],
    typicalFor: ['qa-testing', 'software-engineering', 'mobile-development'],
    examples: { positive: ['Mobile tests in Appium.'], negative: ['Mobile tests by hand.'] },
  },
  {
    id: 'graphql', label: 'GraphQL', category: 'tool', stem: false,
    aliases: ['Apollo GraphQL'],
    typicalFor: ['backend', 'frontend'],
    examples: { positive: ['GraphQL APIs.'], negative: ['Graph the results.', 'Services talk over gRPC.'] },
  },
  {
    id: 'grpc', label: 'gRPC', category: 'tool', stem: false,
    aliases: ['GRPC'],
    typicalFor: ['backend'],
    examples: { positive: ['Services talk over gRPC.'], negative: ['GraphQL APIs.'] },
  },
];
