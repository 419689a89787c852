using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Build.Tasks.Tests;

/// <summary>Compiles an assembly holding documentation output as the generator emits it.</summary>
internal static class DocumentationAssembly
{
    public static void Compile(string path, string document, params (string Name, string Content)[] schemas)
    {
        var files = new[] { ("document", document) }.Concat(schemas.Select(schema => ("schema/" + schema.Name, schema.Content)));
        var constants = string.Join("\n", files.Select((file, index) => $"internal const string File{index} = {SymbolDisplay.FormatLiteral(file.Item1 + "\n" + file.Item2, true)};"));
        var result = CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(path),
                [CSharpSyntaxTree.ParseText($"namespace ArchTemplates.Generated {{ internal static class DocumentationOutput {{ {constants} }} }}")],
                [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .Emit(path);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
    }
}
