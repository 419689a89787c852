namespace ArchTemplates;

/// <summary>
/// What the generator and the build tasks agree on. The generator compiles the files the build writes into
/// the documentation project's assembly as the string constants of <see cref="ClassName"/>, each
/// "logical name\ncontent"; the tasks read them back from the compiled assembly. Compiled into both.
/// </summary>
internal static class DocumentationContract
{
    public const string Namespace = "ArchTemplates.Generated";
    public const string ClassName = "DocumentationOutput";

    /// <summary>The logical name of the Markdown document.</summary>
    public const string DocumentName = "document";

    /// <summary>The logical name of the model as JSON (<c>ArchDocsJsonModel</c>).</summary>
    public const string JsonModelName = "model.json";

    /// <summary>The logical name of the model as a LikeC4 source (<c>ArchDocsLikeC4</c>).</summary>
    public const string LikeC4Name = "model.c4";

    /// <summary>The logical name of the model as released (<c>ArchDocsReleasedModelPath</c>): on a first build, or one with <c>ArchDocsRelease=true</c>.</summary>
    public const string ReleasedModelName = "released-model.json";

    /// <summary>The prefix of a schema's logical name: <c>schema/sensor-reading.schema.json</c>.</summary>
    public const string SchemaPrefix = "schema/";

    /// <summary>Where each diagnostic id is explained: this plus the lower-cased id.</summary>
    public const string HelpLinkBase = "https://github.com/archtemplates/archtemplates/blob/main/docs/diagnostics.md#";
}
