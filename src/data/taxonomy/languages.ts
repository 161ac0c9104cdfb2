// Languages. One entry per language, matched by its English name and its own name; the level
// (native, fluent, bilingual) is read by the engine from nearby words. The level words also get
// entries of their own at the end. Names that are ordinary English words ("Polish", "Latin",
// "Georgian") match only capitalised and near a language word.
import type { TaxonomyEntryInput } from '../schema.ts';

const languageEntries: TaxonomyEntryInput[] = [
  {
    id: 'english', label: 'English', category: 'language', stem: false,
    // Its name in the languages other postings are written in ("Anglais courant", "de Engelse taal").
    aliases: ['English language', 'English-speaking', 'Anglophone', 'Anglais', 'Inglés', 'Inglês', 'Englisch', 'Engelse', 'Inglese', 'Englischkenntnisse', 'английский', '英语', '英文', '英語', '영어'],
    examples: { positive: ['Native English speakers wanted.', 'Anglais courant exigé.', 'Volledige beheersing van de Engelse taal.'], negative: ['Spanish speakers only.'] },
  },
  {
    id: 'spanish', label: 'Spanish', category: 'language', stem: false,
    aliases: ['Español', 'Espanol', 'Castellano', 'Castilian', 'Latin American Spanish', 'Spanish-speaking'],
    examples: { positive: ['Fluent in Spanish and English.', 'Support our Spanish-speaking customers.', 'Nivel nativo de español.'], negative: ['Portuguese speakers only.'] },
  },
  {
    id: 'french', label: 'French', category: 'language', stem: false,
    aliases: ['Français', 'Francais', 'Canadian French', 'Québécois', 'Francophone', 'Französischkenntnisse'],
    examples: { positive: ['Native French speakers.'], negative: ['Italian speakers only.'] },
  },
  {
    id: 'german', label: 'German', category: 'language', stem: false,
    aliases: ['Deutsch', 'Swiss German', 'Austrian German', 'Deutschkenntnisse', 'deutsche Sprachkenntnisse'],
    examples: { positive: ['German at C2 level.'], negative: ['Dutch speakers only.'] },
  },
  {
    id: 'portuguese', label: 'Portuguese', category: 'language', stem: false,
    aliases: ['Português', 'Portugues', 'Brazilian Portuguese', 'European Portuguese', 'pt-BR'],
    examples: { positive: ['Brazilian Portuguese native speakers.'], negative: ['Spanish speakers only.'] },
  },
  {
    id: 'italian', label: 'Italian', category: 'language', stem: false,
    aliases: ['Italiano'],
    examples: { positive: ['Fluent Italian required.'], negative: ['French speakers only.'] },
  },
  {
    id: 'japanese', label: 'Japanese', category: 'language', stem: false,
    aliases: ['日本語', 'Nihongo'],
    examples: { positive: ['Native-level Japanese.'], negative: ['Korean speakers only.'] },
  },
  {
    id: 'korean', label: 'Korean', category: 'language', stem: false,
    aliases: ['한국어', 'Hangul'],
    examples: { positive: ['Fluent in Korean.'], negative: ['Japanese speakers only.'] },
  },
  {
    id: 'mandarin', label: 'Mandarin Chinese', category: 'language', stem: false,
    aliases: ['Mandarin', 'Chinese', 'Simplified Chinese', 'Traditional Chinese', 'Putonghua', '中文', '普通话', 'zh-CN'],
    examples: { positive: ['Native Mandarin speakers.'], negative: ['Cantonese speakers only.'] },
  },
  {
    id: 'cantonese', label: 'Cantonese', category: 'language', stem: false,
    aliases: ['Yue Chinese', '廣東話', '粵語'],
    examples: { positive: ['Cantonese speakers in Hong Kong.'], negative: ['Mandarin speakers only.'] },
  },
  {
    id: 'arabic', label: 'Arabic', category: 'language', stem: false,
    aliases: ['العربية', 'Modern Standard Arabic', 'MSA Arabic', 'Egyptian Arabic', 'Levantine Arabic', 'Gulf Arabic'],
    examples: { positive: ['Fluent Arabic speakers.'], negative: ['Hebrew speakers only.'] },
  },
  {
    id: 'hindi', label: 'Hindi', category: 'language', stem: false,
    aliases: ['हिन्दी', 'Hinglish'],
    examples: { positive: ['Native Hindi speakers.'], negative: ['Urdu speakers only.'] },
  },
  {
    id: 'bengali', label: 'Bengali', category: 'language', stem: false,
    aliases: ['Bangla', 'বাংলা'],
    examples: { positive: ['Fluent in Bengali.'], negative: ['Hindi speakers only.'] },
  },
  {
    id: 'assamese', label: 'Assamese', category: 'language', stem: false,
    aliases: ['Asamiya', 'অসমীয়া'],
    examples: { positive: ['Native Assamese speakers.'], negative: ['Bengali speakers only.'] },
  },
  {
    id: 'urdu', label: 'Urdu', category: 'language', stem: false,
    aliases: ['اردو'],
    examples: { positive: ['Fluent Urdu speakers.'], negative: ['Hindi speakers only.'] },
  },
  {
    id: 'punjabi', label: 'Punjabi', category: 'language', stem: false,
    aliases: ['Panjabi', 'Gurmukhi', 'Shahmukhi'],
    examples: { positive: ['Native Punjabi speakers.'], negative: ['Hindi speakers only.'] },
  },
  {
    id: 'marathi', label: 'Marathi', category: 'language', stem: false,
    aliases: ['मराठी'],
    examples: { positive: ['Fluent Marathi.'], negative: ['Hindi speakers only.'] },
  },
  {
    id: 'gujarati', label: 'Gujarati', category: 'language', stem: false,
    aliases: ['ગુજરાતી'],
    examples: { positive: ['Native Gujarati.'], negative: ['Hindi speakers only.'] },
  },
  {
    id: 'tamil', label: 'Tamil', category: 'language', stem: false,
    aliases: ['தமிழ்'],
    examples: { positive: ['Fluent in Tamil.'], negative: ['Telugu speakers only.'] },
  },
  {
    id: 'telugu', label: 'Telugu', category: 'language', stem: false,
    aliases: ['తెలుగు'],
    examples: { positive: ['Native Telugu speakers.'], negative: ['Tamil speakers only.'] },
  },
  {
    id: 'kannada', label: 'Kannada', category: 'language', stem: false,
    aliases: ['ಕನ್ನಡ'],
    examples: { positive: ['Fluent Kannada.'], negative: ['Tamil speakers only.'] },
  },
  {
    id: 'malayalam', label: 'Malayalam', category: 'language', stem: false,
    aliases: ['മലയാളം'],
    examples: { positive: ['Native Malayalam speakers.'], negative: ['Tamil speakers only.'] },
  },
  {
    id: 'odia', label: 'Odia', category: 'language', stem: false,
    aliases: ['Oriya'],
    examples: { positive: ['Fluent Odia speakers.'], negative: ['Bengali speakers only.'] },
  },
  {
    id: 'nepali', label: 'Nepali', category: 'language', stem: false,
    aliases: ['Nepalese language'],
    examples: { positive: ['Native Nepali speakers.'], negative: ['Hindi speakers only.'] },
  },
  {
    id: 'sinhala', label: 'Sinhala', category: 'language', stem: false,
    aliases: ['Sinhalese'],
    examples: { positive: ['Fluent in Sinhala.'], negative: ['Tamil speakers only.'] },
  },
  {
    id: 'russian', label: 'Russian', category: 'language', stem: false,
    aliases: ['Русский', 'Russkiy'],
    examples: { positive: ['Native Russian speakers.'], negative: ['Ukrainian speakers only.'] },
  },
  {
    id: 'ukrainian', label: 'Ukrainian', category: 'language', stem: false,
    aliases: ['Українська'],
    examples: { positive: ['Fluent Ukrainian.'], negative: ['Russian speakers only.'] },
  },
  {
    id: 'polish', label: 'Polish (language)', category: 'language', stem: false,
    aliases: ['Polski', 'Polish language', 'Polish-speaking'],
    caseSensitive: ['Polish'],
    guards: { requireNear: ['language', 'languages', 'speaker', 'speakers', 'speaking', 'speak', 'native', 'fluent', 'fluency', 'bilingual', 'proficient', 'proficiency', 'translation', 'translator', 'translators', 'localization', 'linguist', 'linguists', 'written', 'spoken', 'english', 'german', 'czech', 'ukrainian', 'russian', 'locale', 'poland', 'level', 'c1', 'c2'], window: 8, appliesTo: ['Polish'] },
    examples: { positive: ['Native Polish speakers wanted.'], negative: ['Polish your writing before you submit.'] },
  },
  {
    id: 'czech', label: 'Czech', category: 'language', stem: false,
    aliases: ['Čeština', 'Cestina'],
    // "Czech Republic" in a list of hiring countries is a place, not the language.
    guards: { notFollowedBy: ['republic'], appliesTo: ['Czech'] },
    examples: { positive: ['Fluent Czech speakers.'], negative: ['Slovak speakers only.', 'We hire in Austria, the Czech Republic and Hungary.'] },
  },
  {
    id: 'slovak', label: 'Slovak', category: 'language', stem: false,
    aliases: ['Slovenčina'],
    examples: { positive: ['Native Slovak.'], negative: ['Czech speakers only.'] },
  },
  {
    id: 'hungarian', label: 'Hungarian', category: 'language', stem: false,
    aliases: ['Magyar'],
    examples: { positive: ['Fluent Hungarian.'], negative: ['Romanian speakers only.'] },
  },
  {
    id: 'romanian', label: 'Romanian', category: 'language', stem: false,
    aliases: ['Română', 'Moldovan'],
    examples: { positive: ['Native Romanian speakers.'], negative: ['Hungarian speakers only.'] },
  },
  {
    id: 'bulgarian', label: 'Bulgarian', category: 'language', stem: false,
    aliases: ['Български'],
    examples: { positive: ['Fluent Bulgarian.'], negative: ['Russian speakers only.'] },
  },
  {
    id: 'serbian', label: 'Serbian', category: 'language', stem: false,
    aliases: ['Srpski', 'Serbo-Croatian', 'Bosnian'],
    examples: { positive: ['Native Serbian speakers.'], negative: ['Bulgarian speakers only.'] },
  },
  {
    id: 'croatian', label: 'Croatian', category: 'language', stem: false,
    aliases: ['Hrvatski'],
    examples: { positive: ['Fluent Croatian.'], negative: ['Slovenian speakers only.'] },
  },
  {
    id: 'slovenian', label: 'Slovenian', category: 'language', stem: false,
    aliases: ['Slovene', 'Slovenščina'],
    examples: { positive: ['Native Slovenian.'], negative: ['Croatian speakers only.'] },
  },
  {
    id: 'greek', label: 'Greek', category: 'language', stem: false,
    aliases: ['Ελληνικά', 'Modern Greek'],
    guards: { notPrecededBy: ['ancient', 'koine'], notFollowedBy: ['life', 'yogurt', 'letter', 'letters', 'salad', 'mythology'], appliesTo: ['Greek'] },
    examples: { positive: ['Native Greek speakers.'], negative: ['Math with Greek letters like alpha.'] },
  },
  {
    id: 'turkish', label: 'Turkish', category: 'language', stem: false,
    aliases: ['Türkçe', 'Turkce'],
    examples: { positive: ['Fluent Turkish.'], negative: ['Greek speakers only.'] },
  },
  {
    id: 'dutch', label: 'Dutch', category: 'language', stem: false,
    aliases: ['Nederlands', 'Flemish', 'Vlaams', 'Nederlandse taal'],
    examples: { positive: ['Native Dutch speakers.'], negative: ['German speakers only.'] },
  },
  {
    id: 'swedish', label: 'Swedish', category: 'language', stem: false,
    aliases: ['Svenska'],
    examples: { positive: ['Fluent Swedish.'], negative: ['Norwegian speakers only.'] },
  },
  {
    id: 'norwegian', label: 'Norwegian', category: 'language', stem: false,
    aliases: ['Norsk', 'Bokmål', 'Nynorsk'],
    examples: { positive: ['Native Norwegian.'], negative: ['Swedish speakers only.'] },
  },
  {
    id: 'danish', label: 'Danish', category: 'language', stem: false,
    aliases: ['Dansk'],
    examples: { positive: ['Fluent Danish speakers.'], negative: ['Swedish speakers only.'] },
  },
  {
    id: 'finnish', label: 'Finnish', category: 'language', stem: false,
    aliases: ['Suomi'],
    examples: { positive: ['Native Finnish speakers.'], negative: ['Finish each task on time.'] },
  },
  {
    id: 'icelandic', label: 'Icelandic', category: 'language', stem: false,
    aliases: ['Íslenska'],
    examples: { positive: ['Fluent Icelandic.'], negative: ['Danish speakers only.'] },
  },
  {
    id: 'estonian', label: 'Estonian', category: 'language', stem: false,
    aliases: ['Eesti'],
    examples: { positive: ['Native Estonian.'], negative: ['Finnish speakers only.'] },
  },
  {
    id: 'latvian', label: 'Latvian', category: 'language', stem: false,
    aliases: ['Latviešu'],
    examples: { positive: ['Fluent Latvian.'], negative: ['Estonian speakers only.'] },
  },
  {
    id: 'lithuanian', label: 'Lithuanian', category: 'language', stem: false,
    aliases: ['Lietuvių'],
    examples: { positive: ['Native Lithuanian.'], negative: ['Latvian speakers only.'] },
  },
  {
    id: 'hebrew', label: 'Hebrew', category: 'language', stem: false,
    aliases: ['עברית', 'Modern Hebrew'],
    examples: { positive: ['Fluent Hebrew speakers.'], negative: ['Arabic speakers only.'] },
  },
  {
    id: 'persian', label: 'Persian', category: 'language', stem: false,
    aliases: ['Farsi', 'فارسی', 'Dari'],
    examples: { positive: ['Native Farsi speakers.'], negative: ['Arabic speakers only.'] },
  },
  {
    id: 'pashto', label: 'Pashto', category: 'language', stem: false,
    aliases: ['Pashtu', 'پښتو'],
    examples: { positive: ['Fluent Pashto.'], negative: ['Urdu speakers only.'] },
  },
  {
    id: 'kurdish', label: 'Kurdish', category: 'language', stem: false,
    aliases: ['Kurmanji', 'Sorani'],
    examples: { positive: ['Native Kurdish speakers.'], negative: ['Turkish speakers only.'] },
  },
  {
    id: 'armenian', label: 'Armenian', category: 'language', stem: false,
    aliases: ['Հայերեն'],
    examples: { positive: ['Fluent Armenian.'], negative: ['Georgian speakers only.'] },
  },
  {
    id: 'georgian', label: 'Georgian (language)', category: 'language', stem: false,
    aliases: ['Kartuli', 'ქართული', 'Georgian language'],
    caseSensitive: ['Georgian'],
    guards: { requireNear: ['language', 'languages', 'speaker', 'speakers', 'speaking', 'native', 'fluent', 'fluency', 'bilingual', 'proficient', 'proficiency', 'translation', 'translator', 'russian', 'armenian', 'english'], window: 8, appliesTo: ['Georgian'] },
    examples: { positive: ['Native Georgian speakers.'], negative: ['A Georgian house in London.'] },
  },
  {
    id: 'azerbaijani', label: 'Azerbaijani', category: 'language', stem: false,
    aliases: ['Azeri', 'Azərbaycan'],
    examples: { positive: ['Fluent Azerbaijani.'], negative: ['Turkish speakers only.'] },
  },
  {
    id: 'kazakh', label: 'Kazakh', category: 'language', stem: false,
    aliases: ['Қазақ'],
    examples: { positive: ['Native Kazakh.'], negative: ['Russian speakers only.'] },
  },
  {
    id: 'uzbek', label: 'Uzbek', category: 'language', stem: false,
    aliases: ['O\'zbek'],
    examples: { positive: ['Fluent Uzbek.'], negative: ['Kazakh speakers only.'] },
  },
  {
    id: 'vietnamese', label: 'Vietnamese', category: 'language', stem: false,
    aliases: ['Tiếng Việt', 'Tieng Viet'],
    examples: { positive: ['Native Vietnamese speakers.'], negative: ['Thai speakers only.'] },
  },
  {
    id: 'thai', label: 'Thai', category: 'language', stem: false,
    aliases: ['ภาษาไทย'],
    examples: { positive: ['Fluent Thai.'], negative: ['Vietnamese speakers only.'] },
  },
  {
    id: 'indonesian', label: 'Indonesian', category: 'language', stem: false,
    aliases: ['Bahasa Indonesia'],
    examples: { positive: ['Native Indonesian speakers.'], negative: ['Malay speakers only.'] },
  },
  {
    id: 'malay', label: 'Malay', category: 'language', stem: false,
    aliases: ['Bahasa Melayu', 'Bahasa Malaysia'],
    examples: { positive: ['Fluent Malay.'], negative: ['Indonesian speakers only.'] },
  },
  {
    id: 'tagalog', label: 'Tagalog', category: 'language', stem: false,
    aliases: ['Filipino', 'Pilipino', 'Taglish'],
    examples: { positive: ['Native Tagalog speakers.'], negative: ['Cebuano speakers only.'] },
  },
  {
    id: 'cebuano', label: 'Cebuano', category: 'language', stem: false,
    aliases: ['Bisaya', 'Visayan'],
    examples: { positive: ['Fluent Cebuano.'], negative: ['Tagalog speakers only.'] },
  },
  {
    id: 'burmese', label: 'Burmese', category: 'language', stem: false,
    aliases: ['Myanmar language'],
    examples: { positive: ['Native Burmese.'], negative: ['Thai speakers only.'] },
  },
  {
    id: 'khmer', label: 'Khmer', category: 'language', stem: false,
    aliases: ['Cambodian language'],
    examples: { positive: ['Fluent Khmer.'], negative: ['Thai speakers only.'] },
  },
  {
    id: 'swahili', label: 'Swahili', category: 'language', stem: false,
    aliases: ['Kiswahili'],
    examples: { positive: ['Native Swahili speakers.'], negative: ['Amharic speakers only.'] },
  },
  {
    id: 'amharic', label: 'Amharic', category: 'language', stem: false,
    aliases: ['አማርኛ'],
    examples: { positive: ['Fluent Amharic.'], negative: ['Swahili speakers only.'] },
  },
  {
    id: 'yoruba', label: 'Yoruba', category: 'language', stem: false,
    aliases: ['Yorùbá'],
    examples: { positive: ['Native Yoruba speakers.'], negative: ['Igbo speakers only.'] },
  },
  {
    id: 'igbo', label: 'Igbo', category: 'language', stem: false,
    aliases: ['Ibo language'],
    examples: { positive: ['Fluent Igbo.'], negative: ['Yoruba speakers only.'] },
  },
  {
    id: 'hausa', label: 'Hausa', category: 'language', stem: false,
    aliases: [],
    examples: { positive: ['Native Hausa speakers.'], negative: ['Yoruba speakers only.'] },
  },
  {
    id: 'zulu', label: 'Zulu', category: 'language', stem: false,
    aliases: ['isiZulu'],
    examples: { positive: ['Fluent Zulu.'], negative: ['Xhosa speakers only.'] },
  },
  {
    id: 'xhosa', label: 'Xhosa', category: 'language', stem: false,
    aliases: ['isiXhosa'],
    examples: { positive: ['Native Xhosa.'], negative: ['Zulu speakers only.'] },
  },
  {
    id: 'afrikaans', label: 'Afrikaans', category: 'language', stem: false,
    aliases: [],
    examples: { positive: ['Fluent Afrikaans.'], negative: ['Dutch speakers only.'] },
  },
  {
    id: 'somali', label: 'Somali', category: 'language', stem: false,
    aliases: ['Af-Soomaali'],
    examples: { positive: ['Native Somali.'], negative: ['Amharic speakers only.'] },
  },
  {
    id: 'catalan', label: 'Catalan', category: 'language', stem: false,
    aliases: ['Català'],
    examples: { positive: ['Fluent Catalan.'], negative: ['Spanish speakers only.'] },
  },
  {
    id: 'basque', label: 'Basque', category: 'language', stem: false,
    aliases: ['Euskara'],
    examples: { positive: ['Native Basque.'], negative: ['Catalan speakers only.'] },
  },
  {
    id: 'galician', label: 'Galician', category: 'language', stem: false,
    aliases: ['Galego'],
    examples: { positive: ['Fluent Galician.'], negative: ['Portuguese speakers only.'] },
  },
  {
    id: 'irish', label: 'Irish (Gaelic)', category: 'language', stem: false,
    aliases: ['Irish Gaelic', 'Gaeilge', 'Scottish Gaelic', 'Gàidhlig'],
    examples: { positive: ['Fluent Irish Gaelic speakers.'], negative: ['English speakers only.'] },
  },
  {
    id: 'welsh', label: 'Welsh', category: 'language', stem: false,
    aliases: ['Cymraeg'],
    examples: { positive: ['Native Welsh speakers.'], negative: ['Irish Gaelic speakers only.'] },
  },
  {
    id: 'albanian', label: 'Albanian', category: 'language', stem: false,
    aliases: ['Shqip'],
    examples: { positive: ['Fluent Albanian.'], negative: ['Greek speakers only.'] },
  },
  {
    id: 'macedonian', label: 'Macedonian', category: 'language', stem: false,
    aliases: ['Македонски'],
    examples: { positive: ['Native Macedonian.'], negative: ['Bulgarian speakers only.'] },
  },
  {
    id: 'latin', label: 'Latin (language)', category: 'language', stem: false,
    aliases: ['Classical Latin', 'Ancient Greek and Latin', 'Latin language'],
    caseSensitive: ['Latin'],
    guards: { notFollowedBy: ['america', 'american', 'americans', 'americas', 'dance', 'music', 'script', 'alphabet', 'letters', 'characters'], appliesTo: ['Latin'] },
    examples: { positive: ['Reading knowledge of Latin for classics tasks.'], negative: ['Candidates from Latin America welcome.'] },
  },
  {
    id: 'haitian-creole', label: 'Haitian Creole', category: 'language', stem: false,
    aliases: ['Kreyòl', 'Kreyol ayisyen'],
    examples: { positive: ['Fluent Haitian Creole.'], negative: ['French speakers only.'] },
  },
  {
    id: 'sign-language', label: 'Sign language (ASL)', category: 'language', stem: false,
    aliases: ['American Sign Language', 'British Sign Language', 'BSL'],
    caseSensitive: ['ASL'],
    examples: { positive: ['Fluent in ASL.'], negative: ['English speakers only.'] },
  },
  {
    id: 'esperanto', label: 'Esperanto', category: 'language', stem: false,
    aliases: [],
    examples: { positive: ['Esperanto speakers welcome.'], negative: ['English speakers only.'] },
  },
  {
    // An Austronesian language of Taiwan. Capitalised only and near a language word: "amis" is
    // also French for friends.
    id: 'amis', label: 'Amis (Pangcah)', category: 'language', stem: false,
    aliases: ['Pangcah', 'Amis language'],
    caseSensitive: ['Amis'],
    guards: { requireNear: ['language', 'languages', 'speaker', 'speakers', 'speaking', 'native', 'fluent', 'fluency', 'taiwan', 'taiwanese', 'indigenous', 'formosan', 'mandarin', 'chinese', 'bilingual'], window: 8, appliesTo: ['Amis'] },
    examples: { positive: ['Fluent speakers of Amis and Mandarin for a Taiwan project.'], negative: ['Bonjour mes Amis, welcome to the team.'] },
  },
  {
    id: 'native-speaker', label: 'Native speaker', category: 'language', stem: false,
    aliases: [
      'native speakers', 'native-level', 'native level', 'native proficiency', 'mother tongue', 'first language', 'native fluency', 'near-native', 'native',
      // In Spanish, Portuguese, Italian, French, German, Dutch and Polish postings.
      'nativo', 'nativa', 'nativos', 'nativas', 'lengua materna', 'língua materna', 'madrelingua', 'langue maternelle', 'locuteur natif', 'locuteurs natifs',
      'locutrice native', 'Muttersprache', 'Muttersprachler', 'Muttersprachlerin', 'muttersprachlich', 'moedertaal', 'moedertaalspreker', 'moedertaalsprekers', 'język ojczysty',
    ],
    // Bare "native" ("native or highly fluent Thai speakers", "native English speaker") only near a
    // speaker word, and not in "React Native", "cloud-native" or "Native American".
    guards: {
      requireNear: ['speaker', 'speakers', 'speaking', 'speak', 'level', 'fluency', 'proficiency', 'tongue', 'language', 'languages'],
      notPrecededBy: ['react', 'cloud', 'ai', 'kubernetes', 'mobile', 'digitally', 'digital'],
      notFollowedBy: ['american', 'americans', 'app', 'apps', 'mobile', 'ios', 'android', 'code', 'integration', 'integrations', 'support', 'plant', 'plants', 'species', 'hawaiian', 'advertising', 'ads', 'module', 'modules', 'development'],
      window: 5,
      appliesTo: ['native'],
    },
    examples: {
      positive: ['Native speakers of Korean wanted.', 'We accept native or near fluent Tamil speakers.', 'Native English speaker with a legal background.'],
      negative: ['Fluent speakers of Korean welcome.', 'Build apps in React Native; speaking at meetups is a plus.', 'Native plants of the region.'],
    },
  },
  {
    id: 'bilingual', label: 'Bilingual', category: 'language', stem: false,
    aliases: ['multilingual', 'bilingual speaker', 'bilingual proficiency', 'trilingual', 'polyglot',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'bilingüe', 'bilíngue', 'bilingue', 'zweisprachig', 'tweetalig'
    ],
    // "multilingual user interfaces" is software internationalisation, not a speaker.
    guards: { forbidNear: ['interface', 'interfaces', 'ui', 'frontend', 'website', 'websites', 'software', 'codebase', 'apps', 'i18n', 'internationalization'], window: 5, appliesTo: ['multilingual'] },
    examples: {
      positive: ['Bilingual in Spanish and English.', 'Multilingual candidates are encouraged to apply.'],
      negative: ['Speakers of Spanish welcome.', 'Ship multilingual, fast and accessible web interfaces.'],
    },
  },
  {
    id: 'fluency', label: 'Fluency', category: 'language', stem: false,
    aliases: ['fluent', 'fluently', 'full professional proficiency', 'professional working proficiency', 'CEFR', 'advanced proficiency', 'proficient in English', 'JLPT N1', 'HSK 6', 'DELE', 'proficiency in', 'proficient in',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'fluido', 'fluida', 'fluente', 'fluidez', 'inglés avanzado', 'inglês avançado', 'anglais courant', 'français courant', 'parler couramment', 'fließend', 'verhandlungssicher', 'vloeiend'
    ],
    caseSensitive: ['C1', 'C2', 'C1 level', 'C2 level'],
    // "Proficiency in ..." is about a language only when a language is named right after it, and so
    // is the bare noun: "PyTorch fluency", "Fluency in SQL", "SEO Fluency" are no language level.
    guards: {
      requireNear: ['english', 'spanish', 'french', 'german', 'portuguese', 'italian', 'dutch', 'chinese', 'mandarin', 'cantonese', 'japanese', 'korean', 'arabic', 'hindi', 'bengali', 'urdu', 'russian', 'ukrainian', 'polish', 'turkish', 'vietnamese', 'thai', 'indonesian', 'tagalog', 'swahili', 'hebrew', 'persian', 'farsi', 'greek', 'swedish',
        'lithuanian', 'latvian', 'estonian', 'finnish', 'danish', 'norwegian', 'icelandic', 'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian', 'serbian', 'croatian', 'slovenian', 'bosnian', 'albanian', 'macedonian', 'catalan', 'basque', 'galician', 'welsh', 'irish',
        'malay', 'filipino', 'cebuano', 'tamil', 'telugu', 'marathi', 'gujarati', 'punjabi', 'kannada', 'malayalam', 'nepali', 'sinhala', 'burmese', 'khmer', 'lao', 'mongolian', 'kazakh', 'uzbek', 'georgian', 'armenian', 'azerbaijani',
        'amharic', 'yoruba', 'igbo', 'hausa', 'zulu', 'xhosa', 'afrikaans', 'somali', 'creole', 'language', 'languages', 'bilingual', 'native', 'speaker', 'speakers'],
      window: 4,
      appliesTo: ['proficiency in', 'proficient in', 'Fluency'],
    },
    examples: {
      positive: ['Fluent in English and German.', 'Proficiency in Italian, spoken and written.'],
      negative: ['Speakers of English and German.', 'Proficiency in Python and SQL.', 'PyTorch fluency and strong SQL.'],
    },
  },
];

/**
 * A language's name before these words is a nationality or a market: "the German pharmaceutical
 * industry", "our German sites", "the Spanish market"; or it labels a bilingual posting's other half
 * ("ENGLISH BELOW", "English version"). Added to every language without guards of its own (those,
 * "Polish" and the like, already need a language word nearby).
 */
const NATIONALITY_NOUNS = ['below', 'version','market', 'markets', 'company', 'companies', 'site', 'sites', 'office', 'offices', 'industry', 'pharmaceutical', 'government', 'law', 'laws', 'customers', 'clients', 'subsidiary', 'subsidiaries', 'headquarters', 'entity', 'entities', 'operations', 'economy', 'startup', 'startups', 'banks', 'bank', 'citizens', 'citizenship', 'residents', 'residency', 'stock', 'tax', 'authorities', 'branch', 'team', 'teams', 'engineering', 'manufacturer', 'manufacturers', 'brand', 'brands', 'universities', 'university', 'hospitals', 'hospital'];

export const languages: TaxonomyEntryInput[] = languageEntries.map((entry) =>
  entry.category === 'language' && !entry.guards && entry.id !== 'fluency' && entry.id !== 'native-speaker' && entry.id !== 'bilingual'
    ? { ...entry, guards: { notFollowedBy: NATIONALITY_NOUNS, appliesTo: [entry.label] } }
    : entry,
);
