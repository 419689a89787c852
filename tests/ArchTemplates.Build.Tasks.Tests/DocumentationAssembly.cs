using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Build.Tasks.Tests;

/// <summary>Compiles an assembly holding documentation output as the generator emits it.</summary>
internal static class DocumentationAssembly
{
    public static void Compile(string path, string document, params (string Name, string Content)[] schemas)
        => CompileFiles(path, [("document", document), .. schemas.Select(schema => ("schema/" + schema.Name, schema.Content))]);

    /// <summary>Compiles an assembly holding these files under their logical names (<see cref="DocumentationContract"/>).</summary>
    public static void CompileFiles(string path, params (string LogicalName, string Content)[] files)
    {
        var constants = string.Join("\n", files.Select((file, index) => $"internal const string File{index} = {SymbolDisplay.FormatLiteral(file.Item1 + "\n" + file.Item2, true)};"));
        CompileSource(path, $"namespace ArchTemplates.Generated {{ internal static class DocumentationOutput {{ {constants} }} }}");
    }

    /// <summary>Compiles an assembly the generator did not run in: it holds no documentation output.</summary>
    public static void CompileWithoutOutput(string path) => CompileSource(path, "namespace Acme { internal static class Helper { } }");

    private static void CompileSource(string path, string source)
    {
        var result = CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(path),
                [CSharpSyntaxTree.ParseText(source)],
                [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .Emit(path);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
    }
}
