using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Generator.Tests.Emit;

/// <summary>Element names become C# constants: whatever a name holds, the generated code compiles and every element gets its own constant.</summary>
public sealed class ElementIdentifierTests
{
    [Fact]
    public void Names_of_keywords_symbols_digits_and_ones_that_collide_compile_to_distinct_constants()
    {
        string[] names = ["class", "🚀", "<>", "123 go", "a-b", "A B", "People", "x\"y\\z\nw", "עברית", "__arglist"];
        var yaml = "title: T\npeople:\n" + string.Concat(names.Select(name => $"  - name: {Quoted(name)}\n"));

        var run = new GeneratorHarness().WithYaml(yaml).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        var source = run.Source("ArchitectureModel.g.cs");
        var identifiers = names.Select(name => Assert.Single(
            source.Split('\n'),
            line => line.Contains($" = {SymbolDisplay.FormatLiteral(name, quote: true)};", StringComparison.Ordinal)).Trim().Split(' ')[3]).ToList();
        Assert.Equal(identifiers.Count, identifiers.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["Class", "__2", "_", "_123Go", "AB_2", "AB", "People_2", "XYZW", "עברית", "@__arglist"], identifiers);
    }

    private static string Quoted(string text)
        => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
