import { useEffect, useState } from 'preact/hooks';
import { openOptionsPage, popupTarget } from '../src/platform/popup-context.ts';
import { AnalyzeText } from './components/AnalyzeText.tsx';
import { Header } from './components/Header.tsx';
import { HighRiskCaution } from './components/HighRiskCaution.tsx';
import { Keywords, PostingKeywords } from './components/Keywords.tsx';
import { NoProfile } from './components/NoProfile.tsx';
import { Pay } from './components/Pay.tsx';
import { Risk } from './components/Risk.tsx';
import { Score } from './components/Score.tsx';
import { SiteMarks } from './components/SiteMarks.tsx';
import { Suggestions } from './components/Suggestions.tsx';
import { Verdict } from './components/Verdict.tsx';
import { analyzeText, loadForTarget, type PopupState } from './load.ts';

export const READY_MARK = 'evalscout:popup-ready';

function Ready({ state }: { state: Extract<PopupState, { kind: 'ready' }> }) {
  const { posting, analysis, match } = state;
  return (
    <>
      <Header posting={posting} />
      <SiteMarks url={posting.url} />
      <Verdict verdict={analysis.aiEvaluator} />
      <Risk risk={analysis.risk} redFlags={analysis.redFlags} healthy={analysis.healthySignals} />
      <Pay pay={analysis.pay} floor={match?.hourlyFloor ?? null} />
      {state.matchError ? (
        <p class="error" role="alert">
          {state.matchError}
        </p>
      ) : null}
      {match?.match ? (
        <>
          <HighRiskCaution level={analysis.risk.level} />
          <Score score={match.match.score} explanation={match.match.explanation} />
          <Keywords matched={match.match.matched} missing={match.match.missing} />
          <Suggestions items={match.match.suggestions} />
        </>
      ) : (
        <>
          {match && !match.profileExists ? <NoProfile problem={match.problem} onOpen={() => openOptionsPage()} /> : null}
          <PostingKeywords keywords={analysis.keywords} />
        </>
      )}
    </>
  );
}

export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [error, setError] = useState('');

  useEffect(() => {
    popupTarget()
      .then(loadForTarget)
      .then(setState)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  useEffect(() => {
    if (state.kind !== 'loading') performance.mark(READY_MARK);
  }, [state.kind]);

  return (
    <main aria-busy={state.kind === 'loading'}>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {state.kind === 'loading' ? <p class="muted">Reading the posting…</p> : null}
      {state.kind === 'no-posting' ? (
        <>
          <h1>Evalscout</h1>
          <p>{state.reason}</p>
          <AnalyzeText onAnalyze={async (text) => setState(await analyzeText(text))} />
          <p>
            <button type="button" class="link" onClick={() => openOptionsPage()}>
              Profile and settings
            </button>
          </p>
        </>
      ) : null}
      {state.kind === 'ready' ? <Ready state={state} /> : null}
    </main>
  );
}
