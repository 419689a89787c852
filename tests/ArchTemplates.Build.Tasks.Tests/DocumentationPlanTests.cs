namespace ArchTemplates.Build.Tasks.Tests;

/// <summary>The plan of files to write, and the drift report the CI check prints, from a real compiled assembly.</summary>
public sealed class DocumentationPlanTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archtemplates-plan-").FullName;

    private string DocumentPath => Path.Combine(_root, "docs", "architecture.md");

    private string SchemasPath => Path.Combine(_root, "docs", "schemas");

    private string JsonModelPath => Path.Combine(_root, "docs", "architecture.json");

    private string LikeC4Path => Path.Combine(_root, "docs", "architecture.c4");

    private string ReleasedModelPath => Path.Combine(_root, "docs", "architecture.released.json");

    private ExportPaths Exports => new(JsonModelPath, LikeC4Path, ReleasedModelPath);

    private static string Document(string summary)
        => $"# Architecture for X\n{GeneratedFileMarker.MarkdownComment}\n\n## Technical Summary\n\n{summary}\n\n## Change Log\n\n_None._\n";

    private static string Schema(string title)
        => $"{{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$comment\": \"{GeneratedFileMarker.Token}: test\",\n  \"title\": \"{title}\"\n}}\n";

    [Fact]
    public void A_fresh_folder_plans_the_document_and_every_schema()
    {
        var plan = Plan(Document("S."), ("reading.schema.json", Schema("Reading")));

        Assert.Equal([DocumentPath, Path.Combine(SchemasPath, "reading.schema.json")], plan.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["docs/architecture.md: missing", "docs/schemas/reading.schema.json: missing"], DriftReport.Describe(plan, _root));
    }

    [Fact]
    public void Each_export_is_planned_at_its_path_and_a_persons_file_there_is_left_alone()
    {
        var assembly = Path.Combine(_root, "docs.dll");
        DocumentationAssembly.CompileFiles(
            assembly,
            ("document", Document("S.")),
            (DocumentationContract.JsonModelName, Schema("Model")),
            (DocumentationContract.LikeC4Name, $"// {GeneratedFileMarker.Token} — test\nmodel {{\n}}\n"));

        var plan = DocumentationPlan.Create(assembly, DocumentPath, SchemasPath, Exports, discardEdits: false)!;
        Assert.Equal([LikeC4Path, JsonModelPath, DocumentPath], plan.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["docs/architecture.c4: missing", "docs/architecture.json: missing", "docs/architecture.md: missing"], DriftReport.Describe(plan, _root));
        Assert.StartsWith($"// {GeneratedFileMarker.Token} hash=", plan.Files[LikeC4Path], StringComparison.Ordinal);

        Directory.CreateDirectory(Path.GetDirectoryName(JsonModelPath)!);
        File.WriteAllText(JsonModelPath, "{ \"ours\": true }\n");
        File.WriteAllText(LikeC4Path, "// Our own model\nmodel {\n}\n");
        plan = DocumentationPlan.Create(assembly, DocumentPath, SchemasPath, Exports, discardEdits: false)!;
        Assert.Equal([LikeC4Path, JsonModelPath], plan.ForeignFiles.Order(StringComparer.Ordinal));
        Assert.Equal([DocumentPath], plan.Files.Keys);

        var withoutPaths = DocumentationPlan.Create(assembly, DocumentPath, SchemasPath, ExportPaths.None, discardEdits: false)!;
        Assert.Empty(withoutPaths.ForeignFiles);
        Assert.Equal([DocumentPath], withoutPaths.Files.Keys);
    }

    [Fact]
    public void The_released_model_is_written_when_the_generator_made_it_and_a_persons_file_there_is_left_alone()
    {
        var assembly = Path.Combine(_root, "docs.dll");
        DocumentationAssembly.CompileFiles(assembly, ("document", Document("S.")), (DocumentationContract.ReleasedModelName, Schema("Released")));

        var plan = DocumentationPlan.Create(assembly, DocumentPath, SchemasPath, Exports, discardEdits: false)!;
        Assert.Equal([DocumentPath, ReleasedModelPath], plan.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ReleasedModelPath, plan.Exports.ReleasedModel);

        Directory.CreateDirectory(Path.GetDirectoryName(ReleasedModelPath)!);
        File.WriteAllText(ReleasedModelPath, "{ \"format\": 1 }\n");
        plan = DocumentationPlan.Create(assembly, DocumentPath, SchemasPath, Exports, discardEdits: false)!;
        Assert.Equal([ReleasedModelPath], plan.ForeignFiles);
        Assert.Equal([DocumentPath], plan.Files.Keys);
    }

    [Fact]
    public void Current_files_have_no_drift()
    {
        Directory.CreateDirectory(SchemasPath);
        File.WriteAllText(DocumentPath, GeneratedText.OfDocument(Document("S.")).Stamped);
        File.WriteAllText(Path.Combine(SchemasPath, "reading.schema.json"), GeneratedText.OfWholeFile(Schema("Reading")).Stamped);

        Assert.Empty(DriftReport.Describe(Plan(Document("S."), ("reading.schema.json", Schema("Reading"))), _root));
    }

    [Fact]
    public void A_document_from_before_content_hashes_differs_only_in_its_marker_line()
    {
        Directory.CreateDirectory(SchemasPath);
        File.WriteAllText(DocumentPath, Document("S."));

        Assert.Equal(["docs/architecture.md: differs in its marker line's content hash"], DriftReport.Describe(Plan(Document("S.")), _root));
    }

    [Fact]
    public void The_drift_report_names_the_sections_and_files_that_differ()
    {
        Directory.CreateDirectory(SchemasPath);
        File.WriteAllText(DocumentPath, Document("Old summary."));
        File.WriteAllText(Path.Combine(SchemasPath, "reading.schema.json"), Schema("Old"));
        File.WriteAllText(Path.Combine(SchemasPath, "removed.schema.json"), Schema("Removed"));

        var drift = DriftReport.Describe(Plan(Document("New summary."), ("reading.schema.json", Schema("Reading"))), _root);

        Assert.Equal(
            ["docs/architecture.md: differs in Technical Summary", "docs/schemas/reading.schema.json: differs", "docs/schemas/removed.schema.json: its data model no longer exists"],
            drift);
    }

    [Fact]
    public void A_file_that_only_mentions_the_marker_in_its_text_is_still_a_persons_file()
    {
        Directory.CreateDirectory(SchemasPath);
        File.WriteAllText(DocumentPath, $"# Notes\n\nOur generated files carry {GeneratedFileMarker.Token} in their header.\n");

        Assert.Equal([DocumentPath], Plan(Document("S.")).ForeignFiles);
    }

    [Fact]
    public void Files_a_person_wrote_are_neither_planned_nor_stale()
    {
        Directory.CreateDirectory(SchemasPath);
        File.WriteAllText(DocumentPath, "# Our own document\n");
        File.WriteAllText(Path.Combine(SchemasPath, "ours.schema.json"), "{ \"title\": \"hand-made\" }\n");

        var plan = Plan(Document("S."));

        Assert.Equal([DocumentPath], plan.ForeignFiles);
        Assert.Empty(plan.Files);
        Assert.Empty(plan.StaleFiles);
    }

    private DocumentationPlan Plan(string document, params (string Name, string Content)[] schemas)
    {
        var assembly = Path.Combine(_root, "docs.dll");
        DocumentationAssembly.Compile(assembly, document, schemas);
        return DocumentationPlan.Create(assembly, DocumentPath, SchemasPath, Exports, discardEdits: false)!;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
