namespace ArchTemplates.Build.Tasks.Tests;

/// <summary>What the build task reports and writes, run against a real compiled assembly.</summary>
public sealed class WriteArchitectureDocsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archtemplates-write-").FullName;

    private readonly RecordingBuildEngine _engine = new();

    private string DocumentPath => Path.Combine(_root, "docs", "architecture.md");

    private string SchemasPath => Path.Combine(_root, "docs", "schemas");

    private static string Document(string summary)
        => $"# Architecture for X\n{GeneratedFileMarker.MarkdownComment}\n\n## Technical Summary\n\n{summary}\n\n## Technology Table\n\n| Kubernetes | 1.30 |\n\n## Change Log\n\n_None._\n";

    [Fact]
    public void An_unclosed_hand_written_block_is_an_error_at_its_line_and_the_document_stays_as_written()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DocumentPath)!);
        var written = Document("Old.").Replace("## Technical Summary\n", "## Technical Summary\n<!-- archtemplates:handwritten -->\nNOTE\n", StringComparison.Ordinal);
        File.WriteAllText(DocumentPath, written);

        Assert.False(Run(Document("New.")));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("ARCH104", DocumentPath, 5), (error.Code, error.File, error.LineNumber));
        Assert.Contains("before the end of the file", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Add the line {HandwrittenBlocks.EndMarker}", error.Message, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(DocumentPath));
    }

    [Fact]
    public void A_start_marker_inside_an_open_block_is_an_error_at_the_open_block_and_the_document_stays_as_written()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DocumentPath)!);
        var written = Document("Old.")
            .Replace("## Technical Summary\n", "## Technical Summary\n<!-- archtemplates:handwritten -->\nNOTE\n", StringComparison.Ordinal)
            .Replace("_None._\n", $"_None._\n\n<!-- archtemplates:handwritten -->\nClosed.\n{HandwrittenBlocks.EndMarker}\n", StringComparison.Ordinal);
        File.WriteAllText(DocumentPath, written);

        Assert.False(Run(Document("New.")));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("ARCH104", 5), (error.Code, error.LineNumber));
        Assert.Contains("before the next hand-written block's start marker on line 18", error.Message, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(DocumentPath));
    }

    [Fact]
    public void A_block_whose_section_disappeared_is_reported_at_its_line_in_the_written_document()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DocumentPath)!);
        File.WriteAllText(DocumentPath, Document("S.") + $"\n#### Billing\n\n<!-- archtemplates:handwritten -->\nBilling notes.\n{HandwrittenBlocks.EndMarker}\n");

        Assert.True(Run(Document("S.")));

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(("ARCH102", DocumentPath), (warning.Code, warning.File));
        Assert.Equal("<!-- archtemplates:handwritten section=\"#### Billing\" -->", File.ReadAllLines(DocumentPath)[warning.LineNumber - 1]);
    }

    [Fact]
    public void A_hand_made_schema_is_reported_with_advice_for_json_that_adopts_it_when_followed()
    {
        Directory.CreateDirectory(SchemasPath);
        var schemaPath = Path.Combine(SchemasPath, "alert.schema.json");
        File.WriteAllText(schemaPath, "{\n  \"title\": \"hand-made\"\n}\n");
        var generated = $"{{\n  \"$comment\": \"{GeneratedFileMarker.Token}: test\",\n  \"title\": \"Alert\"\n}}\n";

        Assert.True(Run(Document("S."), ("alert.schema.json", generated)));

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(("ARCH101", schemaPath), (warning.Code, warning.File));
        Assert.DoesNotContain("<!--", warning.Message, StringComparison.Ordinal);
        Assert.Contains("ArchDocsSchemasPath", warning.Message, StringComparison.Ordinal);
        var advisedLine = warning.Message!.Split("add the line ")[1].Split(" right after")[0];
        Assert.Equal($"\"$comment\": \"{GeneratedFileMarker.Token}\",", advisedLine);

        File.WriteAllText(schemaPath, "{\n  " + advisedLine + "\n  \"title\": \"hand-made\"\n}\n");
        Assert.True(Run(Document("S."), ("alert.schema.json", generated)));
        Assert.Equal(generated, File.ReadAllText(schemaPath));
    }

    [Fact]
    public void The_drift_check_fails_with_one_single_line_error_naming_what_differs()
    {
        Directory.CreateDirectory(SchemasPath);
        File.WriteAllText(DocumentPath, Document("Old."));

        Assert.False(Run(Document("New."), check: true));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("ARCH103", error.Code);
        Assert.Equal(
            "The committed architecture documentation is out of date (docs/architecture.md: differs in Technical Summary). Run `dotnet build` (without -p:ArchDocsCheck=true) and commit the changed files.",
            error.Message);
    }

    [Fact]
    public void An_assembly_the_generator_did_not_run_in_is_ARCH100_and_nothing_is_written()
    {
        var assembly = Path.Combine(_root, "plain.dll");
        DocumentationAssembly.CompileWithoutOutput(assembly);

        Assert.True(new WriteArchitectureDocs { BuildEngine = _engine, Assembly = assembly, DocumentPath = DocumentPath, SchemasDirectory = SchemasPath, Root = _root }.Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(("ARCH100", assembly), (warning.Code, warning.File));
        Assert.Contains("ArchTemplates.Generator did not run in this compilation", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("docs/diagnostics.md#arch100", warning.HelpLink, StringComparison.Ordinal);
        Assert.Empty(_engine.Errors);
        Assert.False(Directory.Exists(Path.Combine(_root, "docs")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private bool Run(string document, params (string Name, string Content)[] schemas) => Run(document, check: false, schemas);

    private bool Run(string document, bool check, params (string Name, string Content)[] schemas)
    {
        var assembly = Path.Combine(_root, $"docs{Guid.NewGuid():N}.dll");
        DocumentationAssembly.Compile(assembly, document, schemas);
        return new WriteArchitectureDocs
        {
            BuildEngine = _engine,
            Assembly = assembly,
            DocumentPath = DocumentPath,
            SchemasDirectory = SchemasPath,
            Root = _root,
            Check = check,
        }.Execute();
    }
}
