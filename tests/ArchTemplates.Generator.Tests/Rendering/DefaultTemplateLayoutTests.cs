using ArchTemplates.Generator.Rendering;

namespace ArchTemplates.Generator.Tests.Rendering;

/// <summary>
/// The default template's Markdown structure over every mix of empty and filled sections: a heading, placeholder,
/// paragraph, table, list or code block is never run into its neighbour, whichever sections are empty.
/// </summary>
public sealed class DefaultTemplateLayoutTests
{
    /// <summary>Nothing, everything, each part alone and everything but each part: every pair of neighbouring sections, empty and filled.</summary>
    public static TheoryData<string[]> Mixes()
    {
        var names = ModelParts.All.Select(part => part.Name).ToArray();
        var mixes = new TheoryData<string[]> { System.Array.Empty<string>(), names };
        foreach (var name in names)
        {
            mixes.Add([name]);
            mixes.Add([.. names.Where(other => other != name)]);
        }

        return mixes;
    }

    [Theory]
    [MemberData(nameof(Mixes))]
    public void Every_block_is_set_off_by_exactly_one_blank_line(string[] filled)
    {
        var markdown = Render(ModelParts.Fill(ModelParts.Empty, filled));

        AssertBlocksSeparated(markdown);
        new ArchitectureDocument(markdown).AssertTemplateSectionsInOrder();
    }

    [Fact]
    public void An_empty_model_gets_a_placeholder_paragraph_in_every_section()
    {
        var lines = Render(ModelParts.Empty).Split('\n');

        Assert.Equal(15, lines.Count(line => line.StartsWith("_No ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_empty_technology_table_says_where_its_rows_come_from_and_the_command_that_wires_the_projects()
    {
        var placeholder = Assert.Single(Render(ModelParts.Empty).Split('\n'), line => line.StartsWith("_No technologies yet", StringComparison.Ordinal));

        Assert.Contains("projects that reference ArchTemplates.Generator and that the documentation project references", placeholder, StringComparison.Ordinal);
        Assert.Contains("`dotnet msbuild src/<Name>.Architecture -t:ArchDocsAdoptProjects`", placeholder, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_models_placeholder_does_not_sit_under_a_sequence_diagram()
    {
        var lines = Render(ModelParts.Fill(ModelParts.Empty, ["sequences"])).Split('\n').ToList();

        var placeholder = lines.FindIndex(line => line.StartsWith("_No data models yet", StringComparison.Ordinal));
        Assert.InRange(placeholder, 0, lines.FindIndex(line => line.StartsWith("### Sequence Diagram for ", StringComparison.Ordinal)));
        Assert.StartsWith("## Architectural Diagrams", lines.Take(placeholder).Last(line => line.StartsWith('#')), StringComparison.Ordinal);
    }

    private static string Render(Model.ArchitectureModel model)
    {
        var result = DocumentRenderer.Render(model, custom: null, "schemas", DocumentRenderer.DefaultTimeout, CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<string>(result.Markdown);
    }

    /// <summary>
    /// Outside code blocks, only table rows may touch table rows and list items list items; headings, placeholder
    /// lines, text lines and code fences stand between blank lines (runs of blank lines are collapsed by the renderer).
    /// </summary>
    private static void AssertBlocksSeparated(string markdown)
    {
        Assert.EndsWith("\n", markdown, StringComparison.Ordinal);

        // The generated-file marker is put under the title whatever the template writes.
        var lines = markdown.Split('\n')[..^1].Where(line => line != GeneratedFileMarker.MarkdownComment).ToList();
        var kinds = new List<LineKind>();
        var inFence = false;
        foreach (var line in lines)
        {
            var fence = line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            kinds.Add(fence ? LineKind.Fence : inFence ? LineKind.Code : KindOf(line));
            inFence ^= fence;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            var (before, after) = (kinds[i - 1], kinds[i]);
            var fenceInside = (before == LineKind.Fence && after == LineKind.Code) || (before == LineKind.Code && after is LineKind.Code or LineKind.Fence);
            var sameBlock = before == after && before is LineKind.TableRow or LineKind.ListItem;
            Assert.True(
                before == LineKind.Blank || after == LineKind.Blank || fenceInside || sameBlock,
                $"Line {i + 1} ({after}) touches the {before} line above it:\n{lines[i - 1]}\n{lines[i]}\n\n{markdown}");
        }
    }

    private static LineKind KindOf(string line) => line switch
    {
        "" => LineKind.Blank,
        _ when line.StartsWith('#') => LineKind.Heading,
        _ when line.StartsWith('_') && line.EndsWith('_') => LineKind.Placeholder,
        _ when line.StartsWith('|') => LineKind.TableRow,
        _ when line.StartsWith("- ", StringComparison.Ordinal) || (line.Length > 2 && char.IsAsciiDigit(line[0]) && line[1..].StartsWith(". ", StringComparison.Ordinal)) => LineKind.ListItem,
        _ => LineKind.Text,
    };

    private enum LineKind
    {
        Blank,
        Heading,
        Placeholder,
        TableRow,
        ListItem,
        Text,
        Fence,
        Code,
    }
}
