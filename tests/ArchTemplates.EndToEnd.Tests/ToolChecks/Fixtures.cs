
namespace ArchTemplates.EndToEnd.Tests.ToolChecks;

/// <summary>The checked-in inputs of the tool-check tests, in <c>ToolChecks/Fixtures</c>.</summary>
internal static class Fixtures
{
    private const string MermaidFence = "```mermaid";

    public static string PathOf(string name)
        => Path.Combine(Repository.Root, "tests", "ArchTemplates.EndToEnd.Tests", "ToolChecks", "Fixtures", name);

    /// <summary>The 1-based lines of the <c>```mermaid</c> fences of a fixture (which nests no fences).</summary>
    public static IReadOnlyList<int> MermaidFenceLines(string name)
        => [.. File.ReadAllLines(PathOf(name)).Select((line, index) => (line, index)).Where(entry => entry.line.Trim() == MermaidFence).Select(entry => entry.index + 1)];

    /// <summary>The 1-based line of the <c>```mermaid</c> fence that opens the block with a line starting with <paramref name="blockLine"/>.</summary>
    public static int MermaidFenceLineOf(string name, string blockLine)
    {
        var lines = File.ReadAllLines(PathOf(name));
        var index = Array.FindIndex(lines, line => line.Trim().StartsWith(blockLine, StringComparison.Ordinal));
        for (index--; index >= 0; index--)
        {
            var text = lines[index].Trim();
            if (text == MermaidFence)
            {
                return index + 1;
            }

            if (text.StartsWith("```", StringComparison.Ordinal))
            {
                break;
            }
        }

        throw new InvalidOperationException($"The fixture {name} has no Mermaid block with a line starting with \"{blockLine}\".");
    }
}
