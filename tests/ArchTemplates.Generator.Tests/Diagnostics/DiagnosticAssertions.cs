using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Tests.Diagnostics;

internal static class DiagnosticAssertions
{
    /// <summary>The run reported exactly one diagnostic, with <paramref name="id"/>, in <paramref name="file"/> at 1-based <paramref name="line"/>; nothing crashed.</summary>
    public static Diagnostic Single(GeneratorRun run, string id, string file, int line) => Exactly(run, (id, file, line))[0];

    /// <summary>
    /// The run reported these diagnostics (id, file, 1-based line) and no other, each with its help link; nothing
    /// crashed. Returns them in the order given.
    /// </summary>
    public static Diagnostic[] Exactly(GeneratorRun run, params (string Id, string File, int Line)[] expected)
    {
        AssertNoCrash(run);
        var reported = run.Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1)).ToList();
        Assert.True(
            reported.Order().SequenceEqual(expected.Order()),
            $"Expected {string.Join(", ", expected.Select(item => $"{item.Id} at {item.File}({item.Line})"))}, but the run reported:\n{Describe(run.Diagnostics)}");
        Assert.All(run.Diagnostics, diagnostic => Assert.EndsWith("docs/diagnostics.md#" + diagnostic.Id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal));
        return [.. expected.Select(item => run.Diagnostics[reported.IndexOf(item)])];
    }

    /// <summary>A generator exception would be CS8785 (and a silently missing document); it must be ARCH099 at worst, and never happen here.</summary>
    public static void AssertNoCrash(GeneratorRun run)
    {
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id is "CS8785" or "ARCH099");
        Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
    }

    /// <summary>One line per diagnostic, as the compiler prints it, for failure messages.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join("\n", diagnostics.Select(diagnostic => diagnostic.ToString()));

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
