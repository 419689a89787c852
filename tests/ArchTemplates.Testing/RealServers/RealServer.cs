using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ArchTemplates.Testing;

/// <summary>
/// A real server started for a test from the machine's Debian package: it listens on 127.0.0.1 only, on free
/// ports, keeps all its files in a temporary folder, and is stopped (its folder deleted) on dispose. A server
/// that fails to start is stopped and deleted before the failure is thrown, so a failed start leaves nothing
/// running.
/// </summary>
[ArchTemplates.Component("Real Servers", Container = "Test Suite", Description = "RabbitMQ and PostgreSQL started from Debian's packages on loopback ports and temporary folders, stopped afterwards")]
public abstract class RealServer : IDisposable
{
    /// <summary>How long a server may take to start or stop before the test fails (generous: the machine may be busy with builds).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private const int LogTailLines = 40;

    private bool _disposed;

    protected RealServer(string name)
    {
        Name = name;
        Folder = new TempDirectory(name.ToLowerInvariant());
    }

    /// <summary>The server's name in messages: "RabbitMQ", "PostgreSQL".</summary>
    public string Name { get; }

    /// <summary>The temporary folder that holds the server's data, configuration and logs.</summary>
    public TempDirectory Folder { get; }

    /// <summary>How long the server took from the first command until it accepted connections.</summary>
    public TimeSpan StartTime { get; private set; }

    /// <summary>The id of the server's main process (the Erlang VM, the postmaster); 0 before it started.</summary>
    public int ProcessId { get; protected set; }

    /// <summary>Whether a process with <paramref name="processId"/> runs (and is not a zombie waiting to be reaped).</summary>
    public static bool IsRunning(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // The state follows the parenthesised command name, which may itself contain spaces.
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Whether something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static bool IsAccepting(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Shutdown();
        }
        finally
        {
            Folder.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Picks <paramref name="count"/> distinct ports that are free on 127.0.0.1 now.</summary>
    protected static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }

    /// <summary>Runs <paramref name="start"/>, timed; when it throws, stops the server, deletes its folder and rethrows.</summary>
    protected void Boot(Action start)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            start();
            StartTime = stopwatch.Elapsed;
        }
        catch (Exception startFailure)
        {
            try
            {
                Dispose();
            }
            catch (Exception stopFailure)
            {
                throw new AggregateException(startFailure, stopFailure);
            }

            throw;
        }
    }

    /// <summary>Stops the server and waits until its processes are gone; a server that did not start is left alone.</summary>
    protected abstract void Shutdown();

    /// <summary>The files whose last lines explain a failure.</summary>
    protected abstract IEnumerable<string> LogFiles();

    /// <summary>Runs a command of the server; a failure names the command, its output and the server's log tail.</summary>
    protected ProcessResult Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        ProcessResult result;
        try
        {
            result = ProcessRunner.Run(fileName, arguments, Folder.Path, Timeout, environment);
        }
        catch (TimeoutException exception)
        {
            throw Failure(exception.Message);
        }

        return result.ExitCode == 0 ? result : throw Failure($"`{result.Command}` exited with {result.ExitCode}:\n{result.Output}");
    }

    /// <summary>Waits until <paramref name="ready"/>; fails early when the server's process (once known) is gone.</summary>
    protected void WaitUntil(Func<bool> ready, string what, Func<int> processId)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!ready())
        {
            var id = processId();
            if (id != 0 && !IsRunning(id))
            {
                throw Failure($"its process {id} exited before {what}.");
            }

            if (stopwatch.Elapsed > Timeout)
            {
                throw Failure($"it did not {what} within {Timeout.TotalSeconds} s.");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>Kills a process that did not stop when asked to.</summary>
    protected static void Kill(int processId)
    {
        if (IsRunning(processId))
        {
            using var process = Process.GetProcessById(processId);
            process.Kill();
            process.WaitForExit(Timeout);
        }
    }

    /// <summary>Reads the first line of a pid file as a process id; 0 while the file does not exist.</summary>
    protected static int ReadProcessId(string pidFile)
    {
        try
        {
            var firstLine = File.ReadLines(pidFile).FirstOrDefault();
            return int.TryParse(firstLine, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private InvalidOperationException Failure(string what)
    {
        var tails = LogFiles().Where(File.Exists).Select(file => $"--- last lines of {file}:\n{string.Join('\n', File.ReadLines(file).TakeLast(LogTailLines))}");
        return new InvalidOperationException(
            $"{Name} (from Debian's package; {NodeTools.PrerequisitesScript} installs it) failed: {what}\n{string.Join('\n', tails)}");
    }
}
