using System.Diagnostics;
using System.Text;

namespace ArchTemplates.Testing;

/// <summary>The outcome of a finished process: exit code and everything it printed, interleaved.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Output)
{
    /// <summary>What the process printed on standard output alone; <see cref="Output"/> interleaves standard error.</summary>
    public string StandardOutput { get; init; } = "";

    public ProcessResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"`{Command}` exited with {ExitCode}:\n{Output}");
        }

        return this;
    }
}

/// <summary>Runs the real dotnet CLI (and other tools) as child processes, isolated from the test host's environment.</summary>
public static class ProcessRunner
{
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = StartInfo(fileName, arguments, workingDirectory, environment);
        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) =>
        {
            Append(output, e.Data);
            Append(standardOutput, e.Data);
        };
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var command = $"{fileName} {string.Join(' ', arguments)}";
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` did not finish in time:\n{output}");
        }

        process.WaitForExit();
        return new ProcessResult(command, process.ExitCode, output.ToString()) { StandardOutput = standardOutput.ToString() };
    }

    /// <summary>
    /// How a child process of the tests starts: output redirected, and an environment of its own (no MSBuild variables
    /// of the test run's build, the compiler server on, then <paramref name="environment"/>).
    /// </summary>
    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // `dotnet test` sets MSBuild variables for its own build; a child build must find its own SDK.
        foreach (var key in startInfo.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            startInfo.Environment.Remove(key);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

        // The SDK's default, which a machine may turn off (this one's environment does): one compiler server for every
        // build. Without it each project's compilation is a new compiler process that loads and JIT-compiles every
        // analyzer again, the generator included, and a scaffold's build takes about three times as long (29 s against
        // 10 s for the default scaffold). PackagesFixture stops the server when the tests end.
        startInfo.Environment["UseSharedCompilation"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        return startInfo;
    }

    public static ProcessResult Dotnet(string workingDirectory, params string[] arguments)
        => Run("dotnet", arguments, workingDirectory);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
