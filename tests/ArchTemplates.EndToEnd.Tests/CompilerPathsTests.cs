using System.IO.Compression;
using System.Text.Json;

namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// The compiler's .editorconfig reader cuts a value at '#' or ';' and trims its spaces, so the package's targets
/// hand the generator its paths percent-encoded. MSBuild's own escaping makes that easy to get wrong; this
/// evaluates the packed targets with such paths and decodes what the compiler would be given.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed class CompilerPathsTests(PackagesFixture packages)
{
    private static readonly string[] EncodedProperties = ["_ArchDocsEncodedRoot", "_ArchDocsEncodedTemplate", "_ArchDocsEncodedSchemasPath"];

    [Fact]
    public void Paths_with_hash_semicolon_percent_and_spaces_reach_the_generator_whole()
    {
        using var directory = new TempDirectory("paths");
        using (var archive = ZipFile.OpenRead(packages.GeneratorPackage))
        {
            archive.GetEntry("build/ArchTemplates.Generator.props")!.ExtractToFile(directory.Combine("package.props"));
            archive.GetEntry("build/ArchTemplates.Generator.targets")!.ExtractToFile(directory.Combine("package.targets"));
        }

        var root = directory.Combine("C# apps; 100% done") + "/";
        var template = directory.Combine("templates #2", "doc;v2.scriban");
        File.WriteAllText(directory.Combine("probe.proj"), $"""
            <Project>
              <Import Project="package.props" />
              <PropertyGroup>
                <ArchDocsRoot>{MSBuildEscape(root)}</ArchDocsRoot>
                <ArchDocsTemplate>{MSBuildEscape(template)}</ArchDocsTemplate>
              </PropertyGroup>
              <Import Project="package.targets" />
            </Project>
            """);

        var result = ProcessRunner.Dotnet(
            directory.Path, ["msbuild", "probe.proj", "-t:ArchDocsEncodePaths", .. EncodedProperties.Select(name => "-getProperty:" + name)]).EnsureSuccess();

        var properties = JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("Properties");
        var encoded = EncodedProperties.ToDictionary(name => name, name => properties.GetProperty(name).GetString()!);
        Assert.All(encoded.Values, value => Assert.DoesNotMatch("[#; ]", value));
        Assert.Equal(root, Uri.UnescapeDataString(encoded["_ArchDocsEncodedRoot"]));
        Assert.Equal(template, Uri.UnescapeDataString(encoded["_ArchDocsEncodedTemplate"]));
        Assert.Equal(root + "docs/schemas/", Uri.UnescapeDataString(encoded["_ArchDocsEncodedSchemasPath"]));
    }

    /// <summary>A literal value in a project file: MSBuild would read '%xx' as an escape and ';' as a list separator.</summary>
    private static string MSBuildEscape(string value) => value.Replace("%", "%25").Replace(";", "%3B");
}
