using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Tests;

public sealed class YamlDiagnosticsTests
{
    [Fact]
    public void Malformed_yaml_is_ARCH001_at_the_offending_line()
    {
        var diagnostic = SingleDiagnostic("title: Sensors\nstatus: [Draft\n");

        Assert.Equal("ARCH001", diagnostic.Id);
        Assert.Equal(GeneratorHarness.YamlPath, diagnostic.Location.GetLineSpan().Path);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 1, diagnostic.ToString());
    }

    [Fact]
    public void Unknown_key_is_ARCH002_with_a_suggestion_at_the_key()
    {
        var diagnostic = SingleDiagnostic("title: Sensors\nstatsu: Draft\n");

        Assert.Equal("ARCH002", diagnostic.Id);
        Assert.Contains("did you mean 'status'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((1, 0), (span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public void A_list_where_text_belongs_is_ARCH003()
    {
        var diagnostic = SingleDiagnostic("title:\n  - one\n  - two\n");

        Assert.Equal("ARCH003", diagnostic.Id);
        Assert.Contains("'title' must be a text value", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_status_is_ARCH004_listing_the_allowed_values()
    {
        var diagnostic = SingleDiagnostic("title: Sensors\nstatus: Final\n");

        Assert.Equal("ARCH004", diagnostic.Id);
        Assert.Contains("Draft, Approved", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Missing_title_is_ARCH005()
    {
        var diagnostic = SingleDiagnostic("status: Draft\n");

        Assert.Equal("ARCH005", diagnostic.Id);
        Assert.Contains("title", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Documentation_project_without_architecture_yml_gets_ARCH011_and_still_a_document()
    {
        var run = new GeneratorHarness().Run("[assembly: ArchTemplates.Container(\"Gateway\")]");

        Assert.Equal("ARCH011", Assert.Single(run.Diagnostics).Id);
        Assert.StartsWith("# Architecture for ", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_diagnostic_links_to_its_entry_in_the_diagnostics_documentation()
    {
        var diagnostic = SingleDiagnostic("title: Sensors\nstatus: Final\n");

        Assert.EndsWith("docs/diagnostics.md#arch004", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    private static Diagnostic SingleDiagnostic(string yaml)
    {
        var run = new GeneratorHarness().WithYaml(yaml).Run();
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id == "CS8785");
        return Assert.Single(run.Diagnostics);
    }
}
