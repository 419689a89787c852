using System.Globalization;

namespace ArchTemplates.Testing;

/// <summary>
/// A PostgreSQL server of Debian's <c>postgresql</c> package: a new cluster (initdb) in its temporary folder,
/// started with pg_ctl, listening on 127.0.0.1 on a free port, its Unix socket in the same folder. PostgreSQL
/// refuses to run as root, so under root every command runs as the <c>postgres</c> user, who then owns the
/// folder. The cluster's superuser <c>postgres</c> can only log in through the socket; over TCP there is the
/// role <see cref="User"/> with a random password (scram-sha-256), owner of the database <see cref="Database"/>.
/// </summary>
public sealed class PostgresServer : RealServer
{
    public const string User = "archtemplates";

    public const string Database = "readings";

    private const string PostgresUser = "postgres";

    private static readonly bool IsRoot = Environment.UserName == "root";

    private PostgresServer(int port)
        : base("PostgreSQL")
    {
        Port = port == 0 ? FreePorts(1)[0] : port;
        Password = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        Boot(() =>
        {
            if (IsRoot)
            {
                Run("chown", [$"{PostgresUser}:", Folder.Path]);
            }

            AsServerUser("initdb", "-D", DataDirectory, "-U", PostgresUser, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions");
            File.AppendAllLines(Path.Combine(DataDirectory, "postgresql.conf"),
            [
                "listen_addresses = '127.0.0.1'",
                $"port = {Port.ToString(CultureInfo.InvariantCulture)}",
                $"unix_socket_directories = '{Folder.Path}'",
                // Throwaway data: no flush to disk.
                "fsync = off",
            ]);
            AsServerUser("pg_ctl", "start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", SecondsOf(Timeout));
            ProcessId = ReadProcessId(Path.Combine(DataDirectory, "postmaster.pid"));
            AsServerUser(
                "psql", "-h", Folder.Path, "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", PostgresUser, "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                "-c", $"CREATE ROLE {User} LOGIN PASSWORD '{Password}'",
                "-c", $"CREATE DATABASE {Database} OWNER {User}");
        });
    }

    /// <summary>Creates a cluster, starts it on <paramref name="port"/> or a free port, and creates the role and database.</summary>
    public static PostgresServer Start(int? port = null) => new(port ?? 0);

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    public string Password { get; }

    /// <summary>The Npgsql connection string of <see cref="Database"/>, the form of the <c>ConnectionStrings__Readings</c> setting.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Database={Database};Username={User};Password={Password}";

    /// <summary>The settings that point a service of the scaffold at this database.</summary>
    public IReadOnlyDictionary<string, string> ServiceSettings => new Dictionary<string, string>
    {
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Readings"] = ConnectionString,
    };

    private string DataDirectory => Folder.Combine("data");

    private string LogFile => Folder.Combine("server.log");

    protected override void Shutdown()
    {
        try
        {
            if (IsRunning(ProcessId))
            {
                AsServerUser("pg_ctl", "stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", SecondsOf(Timeout));
            }
        }
        finally
        {
            Kill(ProcessId);
        }
    }

    protected override IEnumerable<string> LogFiles() => [LogFile];

    private static string SecondsOf(TimeSpan time) => ((int)time.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>The bin folder of the newest PostgreSQL that Debian's packages installed.</summary>
    private static string Binaries()
    {
        const string Root = "/usr/lib/postgresql";
        var newest = Directory.Exists(Root)
            ? Directory.GetDirectories(Root)
                .Select(directory => Path.Combine(directory, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .MaxBy(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), CultureInfo.InvariantCulture, out var major) ? major : 0)
            : null;
        return newest ?? throw new InvalidOperationException($"PostgreSQL is not installed (no {Root}/<version>/bin/initdb). Run {NodeTools.PrerequisitesScript} first.");
    }

    private void AsServerUser(string program, params string[] arguments)
    {
        var path = Path.Combine(Binaries(), program);
        if (IsRoot)
        {
            Run("runuser", ["-u", PostgresUser, "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }
}
