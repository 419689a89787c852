using System.ComponentModel;
using System.Text.Json;

namespace ArchTemplates.Testing;

/// <summary>
/// Runs the real-tool check scripts of <c>tests/tools</c> (Node.js) and reads the JSON report each prints
/// on standard output. A script exits non-zero only when it could not run; the check's own failures are
/// in its report.
/// </summary>
[ArchTemplates.Component("Real-tool Checks", Container = "Test Suite", Description = "Mermaid rendering, JSON Schema validation, Kubernetes and Terraform parsing by the real tools")]
public static class NodeTools
{
    public const string PrerequisitesScript = "eng/install-test-prerequisites.sh";

    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly JsonSerializerOptions ReportOptions = new(JsonSerializerDefaults.Web);

    public static string ToolsDirectory => Path.Combine(Repository.Root, "tests", "tools");

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/> and deserializes its report.</summary>
    public static T Run<T>(string script, IEnumerable<string> arguments, bool needsChromium = false, TimeSpan? timeout = null)
    {
        EnsurePrerequisites(needsChromium);
        ProcessResult result;
        try
        {
            result = ProcessRunner.Run("node", [Path.Combine(ToolsDirectory, script), .. arguments], ToolsDirectory, timeout ?? TimeSpan.FromMinutes(2));
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"Node.js (`node`) could not be started; it must be on PATH. Run {PrerequisitesScript} after installing Node.js.", exception);
        }

        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"The check `{script}` could not run (exit code {result.ExitCode}):\n{result.Output}");
        }

        return JsonSerializer.Deserialize<T>(result.StandardOutput, ReportOptions)
            ?? throw new InvalidOperationException($"The check `{script}` printed no report:\n{result.Output}");
    }

    private static void EnsurePrerequisites(bool needsChromium)
    {
        if (!Directory.Exists(Path.Combine(ToolsDirectory, "node_modules")))
        {
            throw new InvalidOperationException($"The npm packages of {ToolsDirectory} are not installed. Run {PrerequisitesScript} first.");
        }

        if (needsChromium && !File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium ({ChromiumPath}) is not installed; the Mermaid check drives it. Run {PrerequisitesScript} first.");
        }
    }
}
