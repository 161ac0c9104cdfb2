// Sentences in which the employer describes itself: "Akur8 builds the OS for insurance pricing",
// "Olli Health streamlines ICD-10 coding for clinics", "At Labelbox, we're building…". A field or
// tool named there is what the company sells or serves, not what the job asks of the applicant.
// Only with the employer's name known: a capitalised subject alone may be anyone ("Data engineers build").

/** "Pearson is currently seeking ESL teachers", "Roboflow is hiring": about the job after all. */
const HIRING = /^(?:is|are|has\s+been|we(?:'re|\s+are))\s+(?:currently\s+|now\s+|actively\s+)?(?:seeking|hiring|looking|recruiting|searching|in\s+need|inviting|expanding)\b/i;
/** What a company does in a sentence about itself. */
const COMPANY_VERB = /^(?:is|are|was|builds|built|helps|helped|provides|streamlines|powers|offers|develops|delivers|creates|makes|enables|serves|automates|transforms|uses|has|partners|specializes|specialises|was\s+founded|we)\b/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const cache = new Map<string, RegExp>();

/** "Akur8 builds", "At Akur8, we", "Akur8, Inc. is": the employer's name, then what it does. */
function openingFor(company: string): RegExp | null {
  const name = company.trim().replace(/,?\s+(?:inc|llc|ltd|gmbh|corp|co)\.?$/i, '');
  if (name.length < 2 || name.length > 80) return null;
  let re = cache.get(name);
  if (!re) {
    const words = name.split(/\s+/).map(escape).join('\\s+');
    re = new RegExp(`^(?:at\\s+)?${words}(?:,?\\s+(?:inc|llc|ltd|gmbh|corp)\\.?)?(?:\\s*\\([^)]{0,40}\\))?[,:]?\\s+`, 'iu');
    if (cache.size > 50) cache.clear();
    cache.set(name, re);
  }
  return re;
}

/**
 * Start offsets of the sentences that open with the employer describing itself, given each
 * sentence's start offset. Reads only each sentence's first ~120 characters.
 */
export function companySentenceStarts(text: string, company: string | undefined, sentenceStarts: ArrayLike<number>, count: number): Set<number> {
  const out = new Set<number>();
  const opening = company ? openingFor(company) : null;
  // Most postings never open a sentence with the name: a substring search settles that first.
  const firstWord = company?.trim().split(/\s+/)[0];
  if (!opening || !firstWord || !text.includes(firstWord)) return out;
  for (let s = 0; s < count; s++) {
    const from = sentenceStarts[s]!;
    const head = text.slice(from, from + 120).replace(/^[\s*#>•·\-–—_"'“]+/u, '');
    const m = opening.exec(head);
    if (!m) continue;
    const rest = head.slice(m[0].length);
    if (COMPANY_VERB.test(rest) && !HIRING.test(rest)) out.add(s);
  }
  return out;
}
