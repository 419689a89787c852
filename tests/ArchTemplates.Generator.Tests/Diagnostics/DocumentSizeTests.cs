using Microsoft.CodeAnalysis;
using static ArchTemplates.Generator.Tests.Diagnostics.DiagnosticAssertions;

namespace ArchTemplates.Generator.Tests.Diagnostics;

/// <summary>However large the input, the document is complete or it is not regenerated: size is a diagnostic, never a cut.</summary>
public sealed class DocumentSizeTests
{
    private const string Yaml = GeneratorHarness.YamlPath;

    /// <summary>One sentence of <paramref name="length"/> characters, as a pasted text would be: the diagrams show a summary's first sentence.</summary>
    private static string Prose(int length)
    {
        var words = string.Concat(Enumerable.Repeat("sensors report readings to the gateway, ", (length / 40) + 1));
        return "S" + words[1..(length - 1)] + ".";
    }

    [Fact]
    public void A_value_longer_than_the_limit_is_ARCH017_at_its_key_and_the_document_still_holds_all_of_it()
    {
        // 4.5 million characters: more than Scriban's 4 MiB limit on a value, which cut it and wrote on.
        var summary = Prose(4_500_000);
        var run = new GeneratorHarness().WithYaml($"title: Sensors\nsummary: {summary}\n").Run("[assembly: ArchTemplates.Container(\"Gateway\")]");

        // The document holds all of it, although the error fails the build and leaves the document on disk as it was.
        var lines = run.Document().Split('\n');
        Assert.Contains(summary, lines);
        Assert.Contains($"    System(system, \"Sensors\", \"{summary}\")", lines);
        Assert.Equal(["# Architecture for Sensors", "## Technical Summary", "## Technology Table", "## High-Level Overview", "### System Context", "### Containers"], HeadingsOutsideCodeBlocks(lines)[..6]);

        var diagnostic = Single(run, "ARCH017", Yaml, 2);
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("'summary' is 4,500,000 characters long, more than the 1,048,576 a value in architecture.yml may have", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_as_long_as_the_limit_is_fine()
    {
        var run = new GeneratorHarness().WithYaml($"title: Sensors\nsummary: {Prose(1_048_576)}\n").Run();

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void A_document_longer_than_the_limit_from_the_default_template_is_ARCH018_and_none_is_emitted()
    {
        // Seventeen values within the limit for a value; each appears twice, in the context and the container diagram.
        var people = string.Concat(Enumerable.Range(0, 17).Select(index => $"  - name: P{index}\n    description: {Prose(1_000_000)}\n"));
        var run = new GeneratorHarness().WithYaml($"title: Sensors\ncontainers:\n  - name: Gateway\npeople:\n{people}").Run();

        AssertNoCrash(run);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ARCH018", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Matches("^The architecture document would be 3[4-9],[0-9]{3},[0-9]{3} characters long, more than the 33,554,432 it may have, so it was not regenerated", Message(diagnostic));
        Assert.False(run.HasSource("DocumentationOutput.g.cs"));
    }

    [Fact]
    public void A_document_longer_than_the_limit_from_a_teams_template_is_ARCH018_with_its_exact_length()
    {
        // Scriban's own output limit cut this at 32 MiB and the rest went missing without a word.
        const string template = "# Big\n{{ line = \"x\" * 1000 }}{{ for i in 1..40000 }}{{ line }}\n{{ end }}";
        var run = new GeneratorHarness().WithYaml("title: Sensors\n").WithTemplate("/repo/docs/big.scriban", template).Run();

        var diagnostic = Single(run, "ARCH018", "/repo/docs/big.scriban", 1);
        Assert.Contains("would be 40,040,006 characters long, more than the 33,554,432 it may have", Message(diagnostic), StringComparison.Ordinal);
        Assert.False(run.HasSource("DocumentationOutput.g.cs"));
    }

    /// <summary>The Markdown headings a reader sees: a code block left open would hide every one after it.</summary>
    private static string[] HeadingsOutsideCodeBlocks(IEnumerable<string> lines)
    {
        var headings = new List<string>();
        var inCode = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode && line.StartsWith('#'))
            {
                headings.Add(line);
            }
        }

        Assert.False(inCode, "A code block is never closed.");
        return [.. headings];
    }
}
