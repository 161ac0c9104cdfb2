export function NoProfile({ problem, onOpen }: { problem: string | null; onOpen: () => void }) {
  return (
    <section aria-labelledby="noprof-h" class="callout">
      <h2 id="noprof-h">Compare this posting with your background</h2>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : (
        <p>Set up your profile once — domains, tools, evaluator skills and resume — to see what matches, what to add to your resume, and a match score.</p>
      )}
      <button type="button" onClick={onOpen}>
        Set up your profile
      </button>
    </section>
  );
}
