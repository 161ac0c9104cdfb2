export function Score({ score, explanation }: { score: number; explanation: string }) {
  const level = score >= 70 ? 'good' : score >= 40 ? 'neutral' : 'bad';
  return (
    <section aria-labelledby="score-h" class="score">
      <h2 id="score-h">
        Match score: <span class={`pill ${level}`} data-score={score}>{score} / 100</span>
      </h2>
      <p class="muted small">{explanation}</p>
    </section>
  );
}
