namespace ArchTemplates;

/// <summary>How a data model's property names are written in JSON (mirrors System.Text.Json's naming policies).</summary>
public enum JsonNaming
{
    /// <summary>As declared in C# (System.Text.Json's default).</summary>
    AsDeclared = 0,

    /// <summary><c>camelCase</c>, as ASP.NET Core serializes by default.</summary>
    CamelCase = 1,

    /// <summary><c>snake_case</c>.</summary>
    SnakeCaseLower = 2,

    /// <summary><c>kebab-case</c>.</summary>
    KebabCaseLower = 3,
}
