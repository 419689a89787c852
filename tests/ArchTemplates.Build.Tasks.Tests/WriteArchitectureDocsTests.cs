namespace ArchTemplates.Build.Tasks.Tests;

/// <summary>What the build task reports and writes, run against a real compiled assembly.</summary>
public sealed class WriteArchitectureDocsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archtemplates-write-").FullName;

    private readonly RecordingBuildEngine _engine = new();

    private string DocumentPath => Path.Combine(_root, "docs", "architecture.md");

    private string SchemasPath => Path.Combine(_root, "docs", "schemas");

    private string AlertSchemaPath => Path.Combine(SchemasPath, "alert.schema.json");

    private static string AlertSchema => $"{{\n  \"$comment\": \"{GeneratedFileMarker.Token}: derived from Acme.Alert\",\n  \"title\": \"Alert\"\n}}\n";

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
        Assert.Equal(GeneratedText.OfWholeFile(generated).Stamped, File.ReadAllText(schemaPath));
    }

    [Fact]
    public void The_drift_check_fails_with_one_single_line_error_naming_what_differs()
    {
        Directory.CreateDirectory(SchemasPath);
        File.WriteAllText(DocumentPath, Document("Old."));

        Assert.False(Run(Document("New."), check: true, discardEdits: false));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("ARCH103", error.Code);
        Assert.Equal(
            "The committed architecture documentation is out of date (docs/architecture.md: differs in Technical Summary). Run `dotnet build` (without -p:ArchDocsCheck=true) and commit the changed files.",
            error.Message);
    }

    [Fact]
    public void An_edit_outside_the_hand_written_blocks_fails_the_build_at_its_line_and_the_document_stays_byte_for_byte()
    {
        Assert.True(Run(Document("S.")));
        File.WriteAllText(DocumentPath, File.ReadAllText(DocumentPath).Replace("| 1.30 |", "| 1.31, upgraded by hand |", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
        var edited = File.ReadAllBytes(DocumentPath);

        Assert.False(Run(Document("S.")));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("ARCH105", DocumentPath, 10), (error.Code, error.File, error.LineNumber));
        Assert.Equal("| Kubernetes | 1.31, upgraded by hand |", File.ReadAllLines(DocumentPath)[error.LineNumber - 1]);
        Assert.Contains("move it into a hand-written block", error.Message, StringComparison.Ordinal);
        Assert.Contains("Then, or to discard the edits, build once with -p:ArchDocsDiscardEdits=true: it regenerates the text outside the blocks and keeps the blocks", error.Message, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllBytes(DocumentPath));

        // A change in the code does not regenerate it either.
        Assert.False(Run(Document("A summary changed in the code.")));
        Assert.Equal(["ARCH105", "ARCH105"], _engine.Errors.Select(report => report.Code));
        Assert.Equal(edited, File.ReadAllBytes(DocumentPath));
    }

    [Fact]
    public void The_drift_check_reports_a_hand_edit_at_its_line()
    {
        Assert.True(Run(Document("S.")));
        File.WriteAllText(DocumentPath, File.ReadAllText(DocumentPath).Replace("_None._", "Edited by hand.", StringComparison.Ordinal));

        Assert.False(Run(Document("S."), check: true, discardEdits: false));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("ARCH105", DocumentPath, 14), (error.Code, error.File, error.LineNumber));
    }

    [Fact]
    public void Discarding_the_edits_regenerates_the_document_as_a_fresh_build_writes_it_and_keeps_its_blocks()
    {
        Assert.True(Run(Document("S.")));
        var fresh = File.ReadAllText(DocumentPath);
        File.WriteAllText(DocumentPath, fresh.Replace("_None._", $"Edited by hand.\n<!-- archtemplates:handwritten -->\nMoved into a block.\n{HandwrittenBlocks.EndMarker}", StringComparison.Ordinal));

        Assert.True(Run(Document("S."), check: false, discardEdits: true));

        Assert.Empty(_engine.Errors);
        Assert.Equal($"{fresh}\n<!-- archtemplates:handwritten section=\"## Change Log\" -->\nMoved into a block.\n{HandwrittenBlocks.EndMarker}\n", File.ReadAllText(DocumentPath));
        Assert.Contains(_engine.Messages, message => message.Message == $"ArchTemplates: discarding the edits made by hand in {DocumentPath} (ArchDocsDiscardEdits=true)");
        Assert.True(Run(Document("S.")));
    }

    [Fact]
    public void Edits_inside_hand_written_blocks_are_kept_and_the_text_around_them_regenerated()
    {
        Assert.True(Run(Document("Old.")));
        File.WriteAllText(DocumentPath, File.ReadAllText(DocumentPath).Replace("Old.\n", $"Old.\n\n<!-- archtemplates:handwritten -->\n\nDecision: TimescaleDB.\n\n{HandwrittenBlocks.EndMarker}\n\n", StringComparison.Ordinal));
        Assert.True(Run(Document("New.")));

        File.WriteAllText(DocumentPath, File.ReadAllText(DocumentPath).Replace("Decision: TimescaleDB.", "Decision: TimescaleDB,\nfor SQL joins.", StringComparison.Ordinal));
        Assert.True(Run(Document("Newer.")));

        Assert.Empty(_engine.Errors);
        Assert.Contains(
            $"Newer.\n\n<!-- archtemplates:handwritten section=\"## Technical Summary\" -->\n\nDecision: TimescaleDB,\nfor SQL joins.\n\n{HandwrittenBlocks.EndMarker}\n\n## Technology Table",
            File.ReadAllText(DocumentPath),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkout_with_CRLF_line_endings_is_regenerated_without_reporting_an_edit()
    {
        Assert.True(Run(Document("Old.")));
        File.WriteAllText(DocumentPath, File.ReadAllText(DocumentPath).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.True(Run(Document("New.")));

        Assert.Empty(_engine.Errors);
        Assert.Equal(GeneratedText.OfDocument(Document("New.")).Stamped, File.ReadAllText(DocumentPath));
    }

    [Fact]
    public void A_document_from_before_content_hashes_is_regenerated_with_one()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DocumentPath)!);
        File.WriteAllText(DocumentPath, Document("Old.").Replace("_None._", "Written before edits were detected.", StringComparison.Ordinal));

        Assert.True(Run(Document("New.")));

        Assert.Empty(_engine.Errors);
        Assert.Equal(GeneratedText.OfDocument(Document("New.")).Stamped, File.ReadAllText(DocumentPath));
        Assert.Contains($"{GeneratedFileMarker.Token} hash=", File.ReadAllText(DocumentPath), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_schema_fails_the_build_at_its_line_stays_byte_for_byte_and_is_regenerated_when_the_edits_are_discarded()
    {
        var edited = BuildAndEditAlertSchema();

        Assert.False(Run(Document("S."), ("alert.schema.json", AlertSchema)));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("ARCH105", AlertSchemaPath, 3), (error.Code, error.File, error.LineNumber));
        Assert.Contains("make the change in the C# type", error.Message, StringComparison.Ordinal);
        Assert.Contains("discard the edits: delete the file or build once with -p:ArchDocsDiscardEdits=true", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", error.Message, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllBytes(AlertSchemaPath));

        Assert.True(Run(Document("S."), check: false, discardEdits: true, ("alert.schema.json", AlertSchema)));
        Assert.Equal(GeneratedText.OfWholeFile(AlertSchema).Stamped, File.ReadAllText(AlertSchemaPath));
    }

    [Fact]
    public void An_edited_export_fails_the_build_saying_to_change_the_model_and_stays_byte_for_byte()
    {
        var assembly = Path.Combine(_root, "exports.dll");
        var likeC4Path = Path.Combine(_root, "docs", "architecture.c4");
        const string likeC4 = $"// {GeneratedFileMarker.Token} — test\nmodel {{\n  Operator = person 'Operator'\n}}\n";
        DocumentationAssembly.CompileFiles(assembly, ("document", Document("S.")), (DocumentationContract.LikeC4Name, likeC4));
        WriteArchitectureDocs Task() => new() { BuildEngine = _engine, Assembly = assembly, DocumentPath = DocumentPath, SchemasDirectory = SchemasPath, LikeC4Path = likeC4Path, Root = _root };
        Assert.True(Task().Execute());
        Assert.Equal(GeneratedText.OfWholeFile(likeC4).Stamped, File.ReadAllText(likeC4Path));
        File.WriteAllText(likeC4Path, File.ReadAllText(likeC4Path).Replace("'Operator'", "'Admin'", StringComparison.Ordinal));
        var edited = File.ReadAllBytes(likeC4Path);

        Assert.False(Task().Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("ARCH105", likeC4Path, 3), (error.Code, error.File, error.LineNumber));
        Assert.Contains("The export is the model: make the change in the code or architecture.yml", error.Message, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllBytes(likeC4Path));
    }

    [Fact]
    public void An_edited_schema_whose_data_model_is_gone_is_kept_until_the_edits_are_discarded()
    {
        var edited = BuildAndEditAlertSchema();

        Assert.False(Run(Document("S.")));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("ARCH105", AlertSchemaPath, 0), (error.Code, error.File, error.LineNumber));
        Assert.Contains("its data model no longer exists", error.Message, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllBytes(AlertSchemaPath));

        Assert.True(Run(Document("S."), check: false, discardEdits: true));
        Assert.False(File.Exists(AlertSchemaPath));
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

    /// <summary>Builds with the Alert data model's schema, then changes its title as a person would; returns the edited file.</summary>
    private byte[] BuildAndEditAlertSchema()
    {
        Assert.True(Run(Document("S."), ("alert.schema.json", AlertSchema)));
        File.WriteAllText(AlertSchemaPath, File.ReadAllText(AlertSchemaPath).Replace("\"Alert\"", "\"Alarm\"", StringComparison.Ordinal));
        return File.ReadAllBytes(AlertSchemaPath);
    }

    private bool Run(string document, params (string Name, string Content)[] schemas) => Run(document, check: false, discardEdits: false, schemas);

    private bool Run(string document, bool check, bool discardEdits, params (string Name, string Content)[] schemas)
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
            DiscardEdits = discardEdits,
        }.Execute();
    }
}
