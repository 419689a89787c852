using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ArchTemplates.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One project of a built scaffold running as its own process (<c>dotnet run --no-build --no-launch-profile</c>),
/// with the settings given as environment variables, as a deployment passes them. A web project listens on a port
/// of 127.0.0.1 that it binds itself (<c>--urls http://127.0.0.1:0</c>) and logs, so no other process can take it in
/// between. Everything it prints is kept; disposing kills it and what it started.
/// </summary>
public sealed partial class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Seen)> _awaited = [];
    private bool _disposed;

    private ServiceProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    /// <summary>Everything the process printed so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="project"/> (a folder of <paramref name="solutionRoot"/>).</summary>
    public static ServiceProcess Start(string solutionRoot, string project, bool web, IReadOnlyDictionary<string, string>? settings = null)
    {
        string[] arguments = ["run", "--no-build", "--no-launch-profile", "--project", project, .. web ? ["--urls", "http://127.0.0.1:0"] : Array.Empty<string>()];
        var startInfo = ProcessRunner.StartInfo("dotnet", arguments, solutionRoot, settings);
        var service = new ServiceProcess(Path.GetFileName(project), new Process { StartInfo = startInfo });
        service._process.OutputDataReceived += (_, e) => service.Received(e.Data);
        service._process.ErrorDataReceived += (_, e) => service.Received(e.Data);
        service._process.Start();
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        return service;
    }

    /// <summary>The address a web project logged that it listens on.</summary>
    public async Task<Uri> AddressAsync(TimeSpan timeout)
        => new((await WaitForAsync(ListeningOn(), timeout)).Groups["address"].Value);

    /// <summary>The first line (printed before or after the call) that matches <paramref name="pattern"/>; fails with the log if none comes in time or the process exits.</summary>
    public async Task<Match> WaitForAsync(Regex pattern, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_log)
        {
            var earlier = _log.ToString().Split('\n').Select(line => pattern.Match(line)).FirstOrDefault(match => match.Success);
            if (earlier is not null)
            {
                return earlier;
            }

            _awaited.Add((pattern, seen));
        }

        using var deadline = new CancellationTokenSource(timeout);
        var exited = _process.WaitForExitAsync(deadline.Token);
        if (await Task.WhenAny(seen.Task, exited) == seen.Task)
        {
            return await seen.Task;
        }

        throw Xunit.Sdk.FailException.ForFailure(_process.HasExited
            ? $"{Name} exited with {_process.ExitCode} before printing /{pattern}/:\n{Log}"
            : $"{Name} did not print /{pattern}/ within {timeout.TotalSeconds:0} seconds:\n{Log}");
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
            foreach (var (pattern, seen) in _awaited.ToList())
            {
                if (pattern.Match(line) is { Success: true } match)
                {
                    seen.TrySetResult(match);
                    _awaited.Remove((pattern, seen));
                }
            }
        }
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:[1-9][0-9]*)")]
    private static partial Regex ListeningOn();
}
