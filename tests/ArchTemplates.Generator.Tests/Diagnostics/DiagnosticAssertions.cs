using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Tests.Diagnostics;

internal static class DiagnosticAssertions
{
    /// <summary>The run reported exactly one diagnostic, with <paramref name="id"/>, in <paramref name="file"/> at 1-based <paramref name="line"/>; nothing crashed.</summary>
    public static Diagnostic Single(GeneratorRun run, string id, string file, int line)
    {
        AssertNoCrash(run);
        var diagnostic = Assert.Single(run.Diagnostics, candidate => candidate.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(file, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.EndsWith("docs/diagnostics.md#" + id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        return diagnostic;
    }

    /// <summary>A generator exception would be CS8785 (and a silently missing document); it must be ARCH099 at worst, and never happen here.</summary>
    public static void AssertNoCrash(GeneratorRun run)
    {
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id is "CS8785" or "ARCH099");
        Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
    }

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
