namespace ArchTemplates.Generator.Model;

/// <summary>What a piece of code shows about how its container talks to others.</summary>
internal enum CodeFactKind
{
    /// <summary>An HTTP call: <see cref="CodeFact.Subject"/> is the route, <see cref="CodeFact.Detail"/> the method.</summary>
    HttpCall,

    /// <summary>An ASP.NET Core endpoint: <see cref="CodeFact.Subject"/> is the route template, <see cref="CodeFact.Detail"/> the method.</summary>
    Endpoint,

    /// <summary>A message published or sent: <see cref="CodeFact.Subject"/> is the message type's full name.</summary>
    MessageSent,

    /// <summary>A message consumed: <see cref="CodeFact.Subject"/> is the message type's full name.</summary>
    MessageConsumed,

    /// <summary>
    /// A database used: <see cref="CodeFact.Subject"/> is the provider (<see cref="DatabaseProviders"/>), or
    /// <see cref="DatabaseProviders.EntityFramework"/> when an EF Core context's provider is the project's to choose.
    /// </summary>
    DatabaseUse,

    /// <summary>
    /// <see cref="CodeFact.Component"/>'s code reaches another component: <see cref="CodeFact.Subject"/> is its name.
    /// The code uses that component's types, directly, through types that are no component, or through a service
    /// registered with an implementation in it. <see cref="CodeFact.Detail"/> is <see cref="CodeFact.RegistrationOnly"/>
    /// when only dependency-injection registrations reach it: wiring, which shows a declared relationship but is no use.
    /// </summary>
    ComponentUse,
}

/// <summary>
/// One fact the code of a project shows, with the component whose code shows it (null for code outside any
/// component, such as Program.cs). Facts travel in the project's fragment; the merge matches them across
/// containers into evidence for relationships.
/// </summary>
internal sealed record CodeFact(CodeFactKind Kind, string? Component, string Subject, string? Detail = null)
{
    /// <summary>The <see cref="Detail"/> of a <see cref="CodeFactKind.ComponentUse"/> that only registrations show.</summary>
    public const string RegistrationOnly = "registration";
}

/// <summary>The database providers evidence names, as a database container's technology would.</summary>
internal static class DatabaseProviders
{
    public const string PostgreSql = "PostgreSQL";
    public const string Sqlite = "SQLite";
    public const string SqlServer = "SQL Server";

    /// <summary>An EF Core context: the provider is whichever EF Core provider package the project references.</summary>
    public const string EntityFramework = "EF Core";
}
