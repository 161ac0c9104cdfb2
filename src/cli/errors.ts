/** An input problem the user can fix: the CLI prints it on one line and exits 2. */
export class UsageError extends Error {}
