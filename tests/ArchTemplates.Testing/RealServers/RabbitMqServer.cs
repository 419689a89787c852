using System.Net;
using System.Net.Sockets;

namespace ArchTemplates.Testing;

/// <summary>
/// A RabbitMQ node of Debian's <c>rabbitmq-server</c>, started with <c>rabbitmq-server -detached</c> on 127.0.0.1:
/// its AMQP, distribution and epmd ports are free ports of its own (so it shares no epmd with another node, and
/// the epmd it starts is killed with it), and its database, logs, configuration and Erlang cookie live in its
/// temporary folder. Its first boot creates the user <see cref="User"/> (a random password) and the virtual
/// host <see cref="VirtualHost"/> from its configuration file; the built-in <c>guest</c> user, which RabbitMQ only
/// lets in from loopback, is not used. No plugin is enabled.
/// </summary>
public sealed class RabbitMqServer : RealServer
{
    /// <summary>Where Debian's package puts the server's scripts (rabbitmq-server, rabbitmqctl).</summary>
    public const string ScriptsDirectory = "/usr/lib/rabbitmq/bin";

    public const string User = "archtemplates";

    public const string VirtualHost = "sensors";

    private static readonly byte[] ConnectionStart = [0, 10, 0, 10];

    private readonly Dictionary<string, string> _environment;

    private RabbitMqServer(int port)
        : base("RabbitMQ")
    {
        var ports = FreePorts(3);
        (Port, DistributionPort, EpmdPort) = (port == 0 ? ports[0] : port, ports[1], ports[2]);
        Password = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        NodeName = $"archtemplates-{Port}@localhost";
        _environment = new Dictionary<string, string>
        {
            // The Erlang cookie is written to and read from $HOME.
            ["HOME"] = Folder.Path,
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ERL_EPMD_PORT"] = EpmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["RABBITMQ_CONF_ENV_FILE"] = Folder.Combine("rabbitmq-env.conf"),
            ["RABBITMQ_CONFIG_FILE"] = Folder.Combine("rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Folder.Combine("advanced.config"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Folder.Combine("enabled_plugins"),
            ["RABBITMQ_MNESIA_BASE"] = Folder.Combine("mnesia"),
            ["RABBITMQ_LOG_BASE"] = Folder.Combine("log"),
            ["RABBITMQ_PID_FILE"] = PidFile,
        };

        Boot(() =>
        {
            if (!File.Exists(Script("rabbitmq-server")))
            {
                throw new InvalidOperationException($"RabbitMQ is not installed ({Script("rabbitmq-server")} is missing). Run {NodeTools.PrerequisitesScript} first.");
            }

            File.WriteAllLines(Folder.Combine("rabbitmq.conf"), [$"default_user = {User}", $"default_pass = {Password}", $"default_vhost = {VirtualHost}"]);
            File.WriteAllText(Folder.Combine("enabled_plugins"), "[].");
            Run(Script("rabbitmq-server"), ["-detached"], _environment);
            WaitUntil(AnswersAmqp, $"it answered AMQP on 127.0.0.1:{Port}", () => ProcessId = ReadProcessId(PidFile));
        });
    }

    /// <summary>Starts a node and waits until it accepts AMQP connections, on <paramref name="port"/> or a free port.</summary>
    public static RabbitMqServer Start(int? port = null) => new(port ?? 0);

    /// <summary>The AMQP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The Erlang distribution port (rabbitmqctl talks to the node through it), on 127.0.0.1.</summary>
    public int DistributionPort { get; }

    /// <summary>The port of the node's own epmd (Erlang's port mapper), on loopback.</summary>
    public int EpmdPort { get; }

    public string NodeName { get; }

    public string Password { get; }

    /// <summary>The broker's URI in the form of the <c>ConnectionStrings__Broker</c> setting: amqp://user:password@host:port/vhost.</summary>
    public string ConnectionString => $"amqp://{User}:{Password}@127.0.0.1:{Port}/{VirtualHost}";

    /// <summary>The settings that point a service of the scaffold at this broker.</summary>
    public IReadOnlyDictionary<string, string> ServiceSettings => new Dictionary<string, string>
    {
        ["Messaging__Transport"] = "RabbitMq",
        ["ConnectionStrings__Broker"] = ConnectionString,
    };

    private string PidFile => Folder.Combine("rabbitmq.pid");

    protected override void Shutdown()
    {
        ProcessId = ReadProcessId(PidFile);
        try
        {
            if (IsRunning(ProcessId))
            {
                // With the pid file, rabbitmqctl stop returns only once the node's process has exited.
                Run(Script("rabbitmqctl"), ["-n", NodeName, "stop", PidFile], _environment);
            }
        }
        finally
        {
            Kill(ProcessId);
            if (IsAccepting(EpmdPort))
            {
                Run("/usr/bin/epmd", ["-port", _environment["ERL_EPMD_PORT"], "-kill"]);
            }
        }
    }

    protected override IEnumerable<string> LogFiles()
        => Directory.Exists(Folder.Combine("log")) ? Directory.GetFiles(Folder.Combine("log"), "*.log") : [];

    /// <summary>
    /// Whether the node answers an AMQP 0-9-1 protocol header with Connection.Start (class 10, method 10): a port
    /// that merely accepts connections may belong to another program.
    /// </summary>
    private bool AnswersAmqp()
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, Port);
            using var stream = client.GetStream();
            stream.ReadTimeout = 1000;
            stream.Write("AMQP\0\0\u0009\u0001"u8);
            // Frame type (1 = method), channel (2 bytes), payload size (4 bytes), then the class and method ids.
            Span<byte> start = stackalloc byte[11];
            stream.ReadExactly(start);
            return start[0] == 1 && start[7..].SequenceEqual(ConnectionStart);
        }
        catch (Exception exception) when (exception is SocketException or IOException)
        {
            return false;
        }
    }

    private static string Script(string name) => Path.Combine(ScriptsDirectory, name);
}
