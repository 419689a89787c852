// Shared plumbing of the check scripts: a JSON report on stdout, exit code 0 whenever the check ran
// (its failures are in the report), and exit code 2 with the reason on stderr when it could not run.

/** A usage or set-up problem: the check cannot run. */
export class ToolError extends Error {}

/**
 * Runs a check and prints its report as JSON on stdout. Everything else a library prints goes to stderr,
 * so stdout stays parseable.
 *
 * @param {string} usage - The usage line printed with a ToolError.
 * @param {() => Promise<unknown>} check - Produces the report.
 */
export async function runCheck(usage, check) {
  const writeReport = (report) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  console.log = (...args) => console.error(...args);
  console.info = (...args) => console.error(...args);
  try {
    writeReport(await check());
    process.exitCode = 0;
  } catch (error) {
    if (error instanceof ToolError) {
      console.error(`${error.message}\nUsage: ${usage}`);
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    process.exitCode = 2;
  }
}

/** Reads all of standard input as text. */
export async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The message of an error thrown by a library, whatever was thrown. */
export function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
