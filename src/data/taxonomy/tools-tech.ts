// Tools, part 1: programming languages, frameworks and libraries. Stemming is off for
// every tool (Porter turns "Excel" and "excellent" into the same stem). Names that are also
// ordinary words ("R", "Go", "C", "Swift", "Rust", "Ruby") match only in their own letter case
// and need a programming word nearby.
import type { TaxonomyEntryInput } from '../schema.ts';

const SWE = ['software-engineering', 'backend', 'frontend', 'full-stack', 'web-development'];
const DATA = ['data-analytics', 'data-science', 'statistics', 'data-engineering'];
/** Words that show a capitalised "Go", "Rust", "C" or "Ruby" is the language. */
const PROGRAMMING_NEAR = [
  'programming', 'language', 'languages', 'code', 'coding', 'developer', 'developers', 'engineer', 'engineers',
  'software', 'python', 'java', 'javascript', 'typescript', 'c++', 'c#', 'rust', 'go', 'golang', 'kotlin', 'scala',
  'ruby', 'php', 'swift', 'backend', 'systems', 'compiler', 'c', 'haskell', 'experience', 'proficiency', 'proficient',
  'fluent', 'fluency', 'write', 'written', 'microservices', 'kubernetes', 'docker', 'linux', 'embedded', 'stack',
];
/** The shared list minus the language's own name (the hit must not vouch for itself). */
const near = (...self: string[]): string[] => PROGRAMMING_NEAR.filter((w) => !self.includes(w));

export const techTools: TaxonomyEntryInput[] = [
  // ── Programming languages ────────────────────────────────────────────────────────────────
  {
    id: 'python', label: 'Python', category: 'tool', stem: false,
    aliases: ['Python 3', 'Python3', 'Python programming', 'Pythonic', 'CPython'],
    typicalFor: [...SWE, ...DATA, 'machine-learning', 'academic-research', 'finance'],
    examples: {
      positive: ['Strong Python skills required.', 'Coding AI evaluation in Python 3.'],
      negative: ['The snake was a ball pythons species.'],
    },
  },
  {
    id: 'r-language', label: 'R (programming language)', category: 'tool', stem: false,
    aliases: ['R programming', 'R language', 'R-lang', 'Rlang', 'R Markdown', 'RMarkdown', 'tidyverse', 'ggplot2', 'dplyr', 'CRAN', 'Shiny apps'],
    caseSensitive: ['R'],
    guards: {
      requireNear: ['python', 'sql', 'stata', 'sas', 'spss', 'matlab', 'julia', 'statistics', 'statistical', 'stats', 'programming', 'language', 'languages', 'code', 'coding', 'scripts', 'scripting', 'rstudio', 'tidyverse', 'ggplot2', 'packages', 'package', 'analysis', 'analytics', 'data', 'modeling', 'modelling', 'econometrics', 'biostatistics', 'proficiency', 'proficient', 'experience'],
      notFollowedBy: ['d', 'n', 'b', 'e'],
      notPrecededBy: ['p', 'q', 'dr', 'mr', 'ms', 'mrs', 'option', 'column', 'row', 'letter', 'a'],
      window: 8,
      appliesTo: ['R'],
    },
    typicalFor: [...DATA, 'economics', 'public-health', 'psychology', 'biology', 'academic-research'],
    examples: {
      positive: ['Proficiency in R or Python for statistical analysis.', 'Experience with SQL, R, and Tableau.', 'Write R code with the tidyverse.'],
      negative: ['Three years of R&D experience in data analysis.', 'Registered nurses (R.N.) with clinical experience.', 'Mark option R in the data form.', 'Experience with cash, A/R and bad-debt analysis.'],
    },
  },
  {
    id: 'sql', label: 'SQL', category: 'tool', stem: false,
    aliases: ['structured query language', 'SQL queries', 'T-SQL', 'TSQL', 'PL/SQL', 'ANSI SQL', 'SQL databases'],
    typicalFor: [...DATA, ...SWE, 'finance', 'business-analysis', 'fp-and-a'],
    examples: {
      positive: ['Write SQL queries against a warehouse.', 'Comfort with SQL and Excel.'],
      negative: ['NoSQL stores only.'],
    },
  },
  {
    id: 'javascript', label: 'JavaScript', category: 'tool', stem: false,
    aliases: ['Javascript', 'JS', 'ECMAScript', 'ES6', 'vanilla JS'],
    typicalFor: [...SWE],
    examples: {
      positive: ['Strong JavaScript fundamentals.', 'Experience with JS and TypeScript.'],
      negative: ['Java developers only.'],
    },
  },
  {
    id: 'typescript', label: 'TypeScript', category: 'tool', stem: false,
    aliases: ['Typescript'],
    caseSensitive: ['TS'],
    guards: { requireNear: ['javascript', 'js', 'react', 'node', 'angular', 'vue', 'frontend', 'code', 'typescript', 'programming', 'languages', 'python', 'deno'], appliesTo: ['TS'] },
    typicalFor: [...SWE],
    examples: {
      positive: ['Build UIs in TypeScript.', 'React and TS experience.'],
      negative: ['Send your TS clearance documents.'],
    },
  },
  {
    id: 'java', label: 'Java', category: 'tool', stem: false,
    aliases: ['Java SE', 'Java EE', 'J2EE', 'Core Java', 'Java 17', 'JVM'],
    typicalFor: [...SWE, 'mobile-development'],
    examples: {
      positive: ['Java and Spring Boot experience.', 'Write Java code for coding tasks.'],
      negative: ['JavaScript developers welcome.'],
    },
  },
  {
    id: 'c-language', label: 'C (programming language)', category: 'tool', stem: false,
    aliases: ['C programming', 'C language', 'ANSI C', 'C99', 'C11', 'embedded C'],
    caseSensitive: ['C'],
    guards: {
      requireNear: near('c'),
      notFollowedBy: ['suite', 'level', 'levels', 'corp', 'corporation', 'section', 'grade', 'class', 'average', 'minus', 'plus', 'span', 'shape'],
      // "I&C technician" (instrumentation and control), also as exported HTML ("I&amp;C").
      notPrecededBy: ['vitamin', 'grade', 'hepatitis', 'type', 'plan', 'section', 'class', 'schedule', 'form', 'part', 'appendix', 'exhibit', 'option', 'step', 'tier', 'answer', 'response', 'model', 'pa', 'd', 'b', 'a', 'of', 'degrees', 'celsius', 'series', 'level', 'column', 'row', 'group', 'category', 'item', 'letter', 'i', 'amp'],
      window: 8,
      appliesTo: ['C'],
    },
    typicalFor: ['software-engineering', 'embedded-systems', 'computer-science'],
    examples: {
      positive: ['Experience in C and embedded Linux.', 'Languages: Python, C, Java.', 'Strong C programming skills.'],
      negative: ['Report to the C-suite on software projects.', 'A grade of C or better in a programming course.', 'Vitamin C dosing questions from developers.', 'Choose option C for each code sample.', 'Four years as an I&C technician calibrating control systems and code-compliant panels.'],
    },
  },
  {
    id: 'cpp', label: 'C++', category: 'tool', stem: false,
    aliases: ['CPP', 'C plus plus', 'modern C++', 'C++17', 'C++20'],
    typicalFor: ['software-engineering', 'embedded-systems', 'game-development', 'computer-science'],
    examples: {
      positive: ['Strong C++ experience.', 'C/C++ for embedded systems.'],
      negative: ['C# and .NET developers.'],
    },
  },
  {
    id: 'csharp', label: 'C#', category: 'tool', stem: false,
    aliases: ['C sharp', 'CSharp'],
    typicalFor: ['software-engineering', 'game-development', 'backend'],
    examples: {
      positive: ['C# and .NET experience.', 'Write C# for Unity games.'],
      negative: ['C++ developers only.'],
    },
  },
  {
    id: 'dotnet', label: '.NET', category: 'tool', stem: false,
    aliases: ['dotnet', 'dot net', '.NET Core', '.NET Framework', 'ASP.NET', 'ASP.NET Core', 'VB.NET', 'Entity Framework'],
    typicalFor: ['software-engineering', 'backend'],
    examples: {
      positive: ['Backend work in .NET Core.', 'ASP.NET experience.'],
      negative: ['Net pay after fees.'],
    },
  },
  {
    id: 'go-language', label: 'Go (Golang)', category: 'tool', stem: false,
    aliases: ['Golang', 'Go language', 'Go programming', 'Go developer', 'Go developers'],
    caseSensitive: ['Go'],
    guards: {
      requireNear: near('go', 'golang'),
      notFollowedBy: ['to', 'ahead', 'through', 'live', 'beyond', 'above', 'over', 'back', 'out', 'on', 'for', 'with', 'from', 'into', 'the', 'a', 'an', 'up', 'down', 'further', 'get', 'here', 'there', 'now', 'fast', 'far', 'deeper', 'deep', 'check', 'see', 'find', 'home', 'at', 'by', 'in', 'is'],
      notPrecededBy: ['to', 'will', 'can', 'must', 'we', 'you', 'let', 's', 'i', 'they', 'should', 'would', 'could', 'not', 't', 'please', 'ready', 'just', 'lets'],
      window: 8,
      appliesTo: ['Go'],
    },
    typicalFor: ['software-engineering', 'backend', 'devops', 'cloud-computing'],
    examples: {
      positive: ['Backend services written in Go.', 'Languages: Python, Go, Rust.', 'Golang experience preferred.'],
      negative: ['Go to our website to apply for the engineer role.', 'Go-to-market strategy for software products.', "Let's Go! Apply today as a software tester."],
    },
  },
  {
    id: 'rust', label: 'Rust (programming language)', category: 'tool', stem: false,
    aliases: ['Rust programming', 'Rust language', 'Rustlang', 'Rust developer'],
    caseSensitive: ['Rust'],
    guards: { requireNear: [...near('rust'), 'cargo', 'tokio', 'wasm', 'webassembly', 'memory', 'safety'], notFollowedBy: ['belt'], window: 8, appliesTo: ['Rust'] },
    typicalFor: ['software-engineering', 'backend', 'embedded-systems'],
    examples: {
      positive: ['Systems programming in Rust.', 'Experience with Rust and C++.'],
      negative: ['Rust on the metal frame should be reported.', 'Workers from the Rust Belt welcome.'],
    },
  },
  {
    id: 'ruby', label: 'Ruby (programming language)', category: 'tool', stem: false,
    aliases: ['Ruby programming', 'Ruby language', 'Ruby developer'],
    caseSensitive: ['Ruby'],
    guards: { requireNear: [...near('ruby'), 'rails', 'gems', 'rspec', 'sinatra'], notFollowedBy: ['red'], window: 8, appliesTo: ['Ruby'] },
    typicalFor: ['software-engineering', 'backend', 'web-development'],
    examples: {
      positive: ['Ruby on Rails developers.', 'Write Ruby code for the backend.'],
      negative: ['Ruby, our recruiter, will email you.'],
    },
  },
  {
    id: 'ruby-on-rails', label: 'Ruby on Rails', category: 'tool', stem: false,
    aliases: ['RoR', 'Rails framework'],
    caseSensitive: ['Rails'],
    guards: { requireNear: [...PROGRAMMING_NEAR, 'web', 'activerecord'], window: 8, appliesTo: ['Rails'] },
    typicalFor: ['web-development', 'backend'],
    examples: {
      positive: ['Ruby on Rails experience.', 'Rails and PostgreSQL developers.'],
      negative: ['Guard rails keep the model safe.'],
    },
  },
  {
    id: 'php', label: 'PHP', category: 'tool', stem: false,
    aliases: ['PHP developer', 'PHP 8'],
    typicalFor: ['web-development', 'backend'],
    examples: { positive: ['PHP and Laravel developers.'], negative: ['Python developers only.'] },
  },
  {
    id: 'swift', label: 'Swift (programming language)', category: 'tool', stem: false,
    aliases: ['SwiftUI', 'Swift programming', 'Swift language', 'Swift developer'],
    caseSensitive: ['Swift'],
    guards: { requireNear: ['ios', 'xcode', 'apple', 'macos', 'objective', 'kotlin', 'mobile', 'app', 'apps', 'iphone', 'ipad', 'uikit', 'swiftui', 'cocoa', 'programming', 'language', 'languages', 'code', 'developer', 'android'], window: 8, appliesTo: ['Swift'] },
    typicalFor: ['mobile-development', 'software-engineering'],
    examples: {
      positive: ['iOS apps in Swift and SwiftUI.', 'Experience with Swift and Kotlin.'],
      negative: ['Swift responses to messages from our engineers are expected.', 'We value a swift turnaround on coding tasks.'],
    },
  },
  {
    id: 'kotlin', label: 'Kotlin', category: 'tool', stem: false,
    aliases: ['Kotlin Multiplatform'],
    typicalFor: ['mobile-development', 'backend'],
    examples: { positive: ['Android apps in Kotlin.'], negative: ['Java developers only.'] },
  },
  {
    id: 'objective-c', label: 'Objective-C', category: 'tool', stem: false,
    aliases: ['ObjC', 'Obj-C'],
    typicalFor: ['mobile-development'],
    examples: { positive: ['Legacy Objective-C code.'], negative: ['Objective feedback only.'] },
  },
  {
    id: 'scala', label: 'Scala', category: 'tool', stem: false,
    aliases: ['Scala programming', 'Scala developer'],
    guards: { notPrecededBy: ['la', 'alla'] },
    typicalFor: ['data-engineering', 'backend'],
    examples: {
      positive: ['Spark jobs in Scala.', 'Scala and Java experience.'],
      negative: ['Opera singers from La Scala.', 'A scalable platform.'],
    },
  },
  {
    id: 'matlab', label: 'MATLAB', category: 'tool', stem: false,
    aliases: ['Matlab'],
    typicalFor: ['engineering', 'electrical-engineering', 'mechanical-engineering', 'physics', 'mathematics', 'academic-research'],
    examples: { positive: ['Simulations in MATLAB and Simulink.'], negative: ['Mathematics graduates welcome.', 'Models in Simulink.'] },
  },
  {
    id: 'simulink', label: 'Simulink', category: 'tool', stem: false,
    implies: ['matlab'],
    typicalFor: ['electrical-engineering', 'mechanical-engineering', 'aerospace-engineering'],
    examples: { positive: ['Control models in Simulink.'], negative: ['Simulations in MATLAB.'] },
  },
  {
    id: 'julia', label: 'Julia (programming language)', category: 'tool', stem: false,
    aliases: ['Julia programming', 'Julia language', 'JuliaLang'],
    caseSensitive: ['Julia'],
    guards: { requireNear: ['python', 'r', 'matlab', 'programming', 'language', 'languages', 'code', 'scientific', 'numerical', 'computing', 'fortran'], window: 6, appliesTo: ['Julia'] },
    typicalFor: ['mathematics', 'physics', 'data-science'],
    examples: { positive: ['Numerical computing in Python or Julia.'], negative: ['Julia from our team will contact you.'] },
  },
  {
    id: 'haskell', label: 'Haskell', category: 'tool', stem: false,
    aliases: ['Haskell programming'],
    implies: ['functional-programming'],
    typicalFor: ['software-engineering', 'computer-science'],
    examples: { positive: ['Functional programming in Haskell or OCaml.'], negative: ['Functional programming in OCaml.'] },
  },
  // Each functional language is its own tool: a posting asking for Elixir is not asking for Haskell.
  // All imply the paradigm, so a Haskell profile still meets "functional programming".
  {
    id: 'ocaml', label: 'OCaml', category: 'tool', stem: false,
    implies: ['functional-programming'],
    typicalFor: ['software-engineering', 'computer-science'],
    examples: { positive: ['Compilers written in OCaml.'], negative: ['Compilers written in Haskell.'] },
  },
  {
    id: 'fsharp', label: 'F#', category: 'tool', stem: false,
    aliases: ['F sharp', 'FSharp'],
    implies: ['functional-programming', 'dotnet'],
    typicalFor: ['software-engineering'],
    examples: { positive: ['Backend code in F# on .NET.'], negative: ['Backend code in C# on .NET.', 'Grade F for failing answers.'] },
  },
  {
    id: 'elixir', label: 'Elixir (programming language)', category: 'tool', stem: false,
    aliases: ['Elixir programming', 'Phoenix framework'],
    caseSensitive: ['Elixir'],
    guards: { requireNear: ['erlang', 'phoenix', 'beam', 'otp', 'haskell', 'functional', ...near()], window: 8, appliesTo: ['Elixir'] },
    implies: ['functional-programming'],
    typicalFor: ['backend', 'software-engineering'],
    examples: { positive: ['Backend services in Elixir and Erlang.'], negative: ['The elixir of life, a fantasy novel.'] },
  },
  {
    id: 'erlang', label: 'Erlang', category: 'tool', stem: false,
    aliases: ['Erlang/OTP'],
    implies: ['functional-programming'],
    typicalFor: ['backend', 'software-engineering'],
    examples: { positive: ['Telecom systems in Erlang.'], negative: ['Telecom systems in Elixir.'] },
  },
  {
    id: 'clojure', label: 'Clojure', category: 'tool', stem: false,
    aliases: ['ClojureScript'],
    implies: ['functional-programming'],
    typicalFor: ['backend', 'software-engineering'],
    examples: { positive: ['Services in Clojure on the JVM.'], negative: ['Closure of the ticket takes a day.'] },
  },
  {
    id: 'functional-programming', label: 'Functional programming', category: 'skill',
    aliases: ['functional programming languages', 'functional languages'],
    typicalFor: ['software-engineering', 'computer-science'],
    examples: { positive: ['Experience with functional programming.'], negative: ['A functional team of programmers.'] },
  },
  {
    id: 'perl', label: 'Perl', category: 'tool', stem: false,
    aliases: ['Perl scripting'],
    typicalFor: ['software-engineering', 'it-support'],
    examples: { positive: ['Perl scripts for text processing.'], negative: ['Pearl jewelry design.'] },
  },
  {
    id: 'bash', label: 'Bash / shell', category: 'tool', stem: false,
    aliases: ['Bash', 'Unix shell', 'Linux shell', 'shell commands', 'zsh', 'command line', 'CLI tools'],
    typicalFor: ['software-engineering', 'devops', 'it-support'],
    examples: { positive: ['Comfortable with Bash and the command line.'], negative: ['Oil shell companies are not hiring here.', 'PowerShell scripting.'] },
  },
  {
    // Windows' own shell: a posting asking for it is not asking for Bash.
    id: 'powershell', label: 'PowerShell', category: 'tool', stem: false,
    aliases: ['Windows PowerShell', 'Power Shell'],
    typicalFor: ['it-support', 'devops'],
    examples: { positive: ['PowerShell scripting.'], negative: ['Bash scripting.'] },
  },
  {
    id: 'html-css', label: 'HTML & CSS', category: 'tool', stem: false,
    aliases: ['HTML', 'HTML5', 'CSS', 'CSS3'],
    typicalFor: ['frontend', 'web-development'],
    examples: { positive: ['HTML and CSS for layouts.'], negative: ['Plain text answers only.'] },
  },
  {
    id: 'sass', label: 'Sass / SCSS', category: 'tool', stem: false,
    aliases: ['SCSS'],
    caseSensitive: ['Sass'],
    implies: ['html-css'],
    typicalFor: ['frontend', 'web-development'],
    examples: { positive: ['Stylesheets in Sass.', 'SCSS modules.'], negative: ['No sass in customer replies.'] },
  },
  {
    id: 'tailwind', label: 'Tailwind CSS', category: 'tool', stem: false,
    aliases: ['TailwindCSS'],
    caseSensitive: ['Tailwind'],
    guards: { requireNear: ['css', 'html', 'react', 'frontend', 'styling', 'ui', 'next.js', 'nextjs', 'typescript', 'javascript', 'vue'], window: 8, appliesTo: ['Tailwind'] },
    implies: ['html-css'],
    typicalFor: ['frontend', 'web-development'],
    examples: { positive: ['Tailwind CSS experience.', 'React and Tailwind for the UI.'], negative: ['HTML and CSS for layouts.', 'A Tailwind for the company this year.'] },
  },
  {
    id: 'vba', label: 'VBA', category: 'tool', stem: false,
    aliases: ['Visual Basic', 'Excel macros', 'Visual Basic for Applications'],
    typicalFor: ['finance', 'accounting', 'fp-and-a'],
    examples: { positive: ['Excel macros and VBA.'], negative: ['Visual design portfolio.'] },
  },
  {
    id: 'solidity', label: 'Solidity & smart-contract tooling', category: 'tool', stem: false,
    aliases: ['Hardhat', 'Foundry toolkit', 'Ethereum development'],
    typicalFor: ['crypto-blockchain'],
    examples: { positive: ['Ethereum development with Hardhat.'], negative: ['Hard hats required on site.'] },
  },
  // ── Frameworks & libraries ───────────────────────────────────────────────────────────────
  {
    id: 'react', label: 'React.js', category: 'tool', stem: false,
    aliases: ['ReactJS', 'React hooks'],
    caseSensitive: ['React'],
    guards: { notFollowedBy: ['to', 'quickly', 'fast', 'calmly', 'well', 'appropriately', 'native'], notPrecededBy: ['to', 'will', 'not', 'and', 'you', 'should', 'must', 'how', 'model', 'models', 'users', 'people'], appliesTo: ['React'] },
    typicalFor: ['frontend', 'web-development', 'full-stack'],
    examples: {
      positive: ['Frontend work in React and TypeScript.'],
      negative: ['Rate how the model should react to harmful prompts.', 'React Native apps.'],
    },
  },
  {
    // Mobile apps, not the web library: its own skill on a resume. Knowing it means knowing React.
    id: 'react-native', label: 'React Native', category: 'tool', stem: false,
    implies: ['react'],
    typicalFor: ['mobile-development'],
    examples: { positive: ['React Native apps.'], negative: ['Frontend work in ReactJS.'] },
  },
  {
    id: 'redux', label: 'Redux', category: 'tool', stem: false,
    aliases: ['Redux Toolkit'],
    implies: ['react'],
    typicalFor: ['frontend'],
    examples: { positive: ['State management with Redux.'], negative: ['Frontend work in ReactJS.'] },
  },
  {
    id: 'angular', label: 'Angular', category: 'tool', stem: false,
    aliases: ['AngularJS', 'Angular framework'],
    caseSensitive: ['Angular'],
    guards: { requireNear: ['react', 'vue', 'typescript', 'javascript', 'frontend', 'framework', 'frameworks', 'web', 'developer', 'rxjs', 'components', 'ui', 'spa'], window: 8, appliesTo: ['Angular'] },
    typicalFor: ['frontend', 'web-development'],
    examples: { positive: ['Angular or React frontend developers.'], negative: ['Angular momentum in physics problems.'] },
  },
  {
    id: 'vue', label: 'Vue.js', category: 'tool', stem: false,
    aliases: ['VueJS', 'Vue', 'Vue 3'],
    typicalFor: ['frontend', 'web-development'],
    examples: { positive: ['Vue.js and Nuxt experience.'], negative: ['A nice view of the city.', 'Sites built with Nuxt.'] },
  },
  {
    id: 'nuxt', label: 'Nuxt', category: 'tool', stem: false,
    aliases: ['Nuxt.js', 'NuxtJS'],
    implies: ['vue'],
    typicalFor: ['frontend', 'web-development'],
    examples: { positive: ['Sites built with Nuxt.'], negative: ['Sites built with Vue.js.'] },
  },
  {
    id: 'nextjs', label: 'Next.js', category: 'tool', stem: false,
    aliases: ['NextJS'],
    typicalFor: ['frontend', 'full-stack'],
    examples: { positive: ['Sites built with Next.js.'], negative: ['Next, rate the answer.'] },
  },
  {
    id: 'nodejs', label: 'Node.js', category: 'tool', stem: false,
    aliases: ['NodeJS', 'Node JS', 'npm'],
    typicalFor: ['backend', 'full-stack', 'web-development'],
    examples: { positive: ['Backend services in Node.js.', 'NodeJS and Express.js APIs.'], negative: ['Each node in the graph is labeled.', 'Services on Deno.'] },
  },
  // Frameworks on Node are named on their own; they imply Node, not the other way round.
  {
    id: 'express', label: 'Express.js', category: 'tool', stem: false,
    aliases: ['ExpressJS', 'Express framework'],
    implies: ['nodejs'],
    typicalFor: ['backend', 'web-development'],
    examples: { positive: ['NodeJS and Express.js APIs.'], negative: ['Express your views clearly.'] },
  },
  {
    id: 'nestjs', label: 'NestJS', category: 'tool', stem: false,
    aliases: ['Nest.js'],
    implies: ['nodejs'],
    typicalFor: ['backend'],
    examples: { positive: ['APIs in NestJS and TypeScript.'], negative: ['Nest eggs for retirement.'] },
  },
  {
    id: 'deno', label: 'Deno', category: 'tool', stem: false,
    typicalFor: ['backend', 'web-development'],
    examples: { positive: ['Services on Deno.'], negative: ['Services on Node.js.'] },
  },
  {
    id: 'django', label: 'Django', category: 'tool', stem: false,
    aliases: ['Django REST framework', 'DRF'],
    typicalFor: ['backend', 'web-development'],
    examples: { positive: ['Python and Django experience.'], negative: ['Python scripting only.'] },
  },
  {
    id: 'flask', label: 'Flask (Python)', category: 'tool', stem: false,
    aliases: ['Flask framework'],
    caseSensitive: ['Flask'],
    guards: { requireNear: ['python', 'django', 'api', 'apis', 'web', 'backend', 'framework', 'fastapi', 'rest'], window: 8, appliesTo: ['Flask'] },
    typicalFor: ['backend', 'web-development'],
    examples: { positive: ['APIs in Flask or FastAPI with Python.'], negative: ['Use a volumetric flask in the lab.', 'APIs in FastAPI.'] },
  },
  {
    id: 'fastapi', label: 'FastAPI', category: 'tool', stem: false,
    aliases: ['Fast API'],
    typicalFor: ['backend', 'web-development'],
    examples: { positive: ['APIs in FastAPI.'], negative: ['APIs in Flask with Python.', 'Fast replies to API questions.'] },
  },
  {
    id: 'spring', label: 'Spring Boot', category: 'tool', stem: false,
    aliases: ['Spring Framework', 'Spring MVC', 'Spring Cloud'],
    typicalFor: ['backend'],
    examples: { positive: ['Java and Spring Boot microservices.'], negative: ['Spring semester availability.'] },
  },
  {
    id: 'laravel', label: 'Laravel', category: 'tool', stem: false,
    typicalFor: ['web-development', 'backend'],
    examples: { positive: ['PHP and Laravel developers.'], negative: ['Lava lamps for sale.', 'PHP and Symfony developers.'] },
  },
  {
    id: 'symfony', label: 'Symfony', category: 'tool', stem: false,
    typicalFor: ['web-development', 'backend'],
    examples: { positive: ['PHP and Symfony developers.'], negative: ['A symphony orchestra.'] },
  },
  {
    id: 'flutter', label: 'Flutter (Dart)', category: 'tool', stem: false,
    aliases: ['Dart', 'Flutter framework'],
    caseSensitive: ['Flutter'],
    guards: { requireNear: ['flutter', 'mobile', 'app', 'apps', 'android', 'ios', 'programming', 'language', 'developer'], window: 6, appliesTo: ['Dart'] },
    typicalFor: ['mobile-development'],
    examples: { positive: ['Mobile apps with Flutter.'], negative: ['Butterflies flutter by.'] },
  },
];
