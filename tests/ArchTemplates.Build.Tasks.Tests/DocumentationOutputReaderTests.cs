using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Build.Tasks.Tests;

public sealed class DocumentationOutputReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("archtemplates-reader-").FullName;

    [Fact]
    public void Reads_every_file_constant_of_the_generated_class_from_a_compiled_assembly()
    {
        var assembly = Compile("""
            namespace ArchTemplates.Generated
            {
                internal static class DocumentationOutput
                {
                    internal const string File0 = "document\n# Architecture for X\n\"quoted\" ✓\n";
                    internal const string File1 = "schema/sensor-reading.schema.json\n{}\n";
                }
            }
            """);

        var files = DocumentationOutputReader.Read(assembly);

        Assert.NotNull(files);
        Assert.Equal("# Architecture for X\n\"quoted\" ✓\n", files["document"]);
        Assert.Equal("{}\n", files["schema/sensor-reading.schema.json"]);
    }

    [Fact]
    public void Returns_null_for_an_assembly_the_generator_did_not_run_on()
    {
        var assembly = Compile("namespace Acme { public static class Nothing { } }");

        Assert.Null(DocumentationOutputReader.Read(assembly));
    }

    private string Compile(string source)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".dll");
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(path),
            [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        return path;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
