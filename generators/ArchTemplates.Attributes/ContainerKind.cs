namespace ArchTemplates;

/// <summary>The kind of a container, which decides its shape in C4 diagrams.</summary>
public enum ContainerKind
{
    /// <summary>A service or application that runs code (the default).</summary>
    Service = 0,

    /// <summary>A user-facing application: a web front end, a desktop or mobile app.</summary>
    Application = 1,

    /// <summary>A data store: a relational, document or time-series database, a cache, a file store.</summary>
    Database = 2,

    /// <summary>A message broker, queue or event stream.</summary>
    Queue = 3,

    /// <summary>A serverless function app.</summary>
    Function = 4,
}
