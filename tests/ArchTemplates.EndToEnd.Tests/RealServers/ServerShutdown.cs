using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace ArchTemplates.EndToEnd.Tests.RealServers;

/// <summary>Asserts that a real server leaves nothing behind (processes, ports, files): once stopped, and when its start failed.</summary>
internal static class ServerShutdown
{
    /// <summary>Disposes <paramref name="server"/> and asserts its processes are gone, <paramref name="ports"/> are closed and its folder is deleted.</summary>
    public static void AssertLeavesNothing(RealServer server, params int[] ports)
    {
        Assert.True(RealServer.IsRunning(server.ProcessId), $"{server.Name}'s process {server.ProcessId} was not running before the stop.");
        var processes = Descendants(server.ProcessId).Prepend(server.ProcessId).ToList();
        Assert.All(ports, port => Assert.True(RealServer.IsAccepting(port), $"{server.Name}'s port {port} was not open before the stop."));

        server.Dispose();

        Assert.All(processes, id => Assert.False(RealServer.IsRunning(id), $"{server.Name}'s process {id} still runs after the stop."));
        Assert.All(ports, port => Assert.False(RealServer.IsAccepting(port), $"{server.Name}'s port {port} is still open after the stop."));
        Assert.False(Directory.Exists(server.Folder.Path), $"{server.Folder.Path} was not deleted.");
        AssertNoProcessMentions(server.Folder.Path);
    }

    /// <summary>
    /// Starts a server on a port that another program holds (it accepts connections and says nothing), asserts that
    /// the failed start left nothing behind and returns the failure and the port.
    /// </summary>
    public static (InvalidOperationException Failure, int Port) FailToStartOnATakenPort(Func<int, RealServer> start)
    {
        var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        try
        {
            var port = ((IPEndPoint)occupant.LocalEndpoint).Port;
            var failure = Assert.Throws<InvalidOperationException>(() => start(port));
            AssertFailedStartLeftNothing(failure);
            return (failure, port);
        }
        finally
        {
            occupant.Stop();
        }
    }

    /// <summary>Asserts that the server whose start failed with <paramref name="failure"/> left neither its folder (named by its log tail) nor a process.</summary>
    private static void AssertFailedStartLeftNothing(InvalidOperationException failure)
    {
        var folder = Regex.Match(failure.Message, @"--- last lines of (/\S*?/archtemplates-[a-z]+-[^/]+)/").Groups[1].Value;
        Assert.True(folder.Length > 0, $"The failure names no log file of the server's folder:\n{failure.Message}");
        Assert.False(Directory.Exists(folder), $"{folder} was not deleted.");
        AssertNoProcessMentions(folder);
    }

    /// <summary>Asserts that no process (as `ps` lists them) has <paramref name="text"/> in its command line.</summary>
    private static void AssertNoProcessMentions(string text)
    {
        var processes = ProcessRunner.Run("ps", ["-eo", "pid,args"], Path.GetTempPath()).EnsureSuccess().StandardOutput;
        var strays = processes.Split('\n').Where(line => line.Contains(text, StringComparison.Ordinal)).ToList();
        Assert.True(strays.Count == 0, $"Processes still mention {text}:\n{string.Join('\n', strays)}");
    }

    /// <summary>The ids of every process below <paramref name="processId"/>, from /proc.</summary>
    private static List<int> Descendants(int processId)
    {
        var parents = Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => (Id: int.Parse(name!, System.Globalization.CultureInfo.InvariantCulture), Parent: ParentOf(name!)))
            .ToList();
        var found = new List<int>();
        var frontier = new Queue<int>([processId]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (id, _) in parents.Where(process => process.Parent == parent))
            {
                found.Add(id);
                frontier.Enqueue(id);
            }
        }

        return found;
    }

    private static int ParentOf(string processId)
    {
        try
        {
            // pid (comm) state ppid ...: the command name may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
