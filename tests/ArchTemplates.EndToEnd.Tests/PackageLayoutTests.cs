using System.IO.Compression;
using System.Xml.Linq;

namespace ArchTemplates.EndToEnd.Tests;

[Collection(PackagesGroup.Name)]
public sealed class PackageLayoutTests(PackagesFixture packages)
{
    [Fact]
    public void Generator_package_bundles_the_generator_with_its_dependencies_in_the_analyzer_folder()
    {
        var entries = EntriesOf(packages.GeneratorPackage);

        Assert.Equal(
            [
                "analyzers/dotnet/cs/ArchTemplates.Attributes.dll", "analyzers/dotnet/cs/ArchTemplates.Generator.CodeFixes.dll", "analyzers/dotnet/cs/ArchTemplates.Generator.dll",
                // Scriban.Signed references System.Text.Json 10 (with the three below), which compilers on an older runtime lack.
                "analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll", "analyzers/dotnet/cs/Scriban.Signed.dll", "analyzers/dotnet/cs/System.IO.Pipelines.dll",
                "analyzers/dotnet/cs/System.Text.Encodings.Web.dll", "analyzers/dotnet/cs/System.Text.Json.dll", "analyzers/dotnet/cs/YamlDotNet.dll",
            ],
            entries.Where(entry => entry.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generator_package_ships_the_attributes_with_xml_docs_in_lib()
    {
        using var archive = ZipFile.OpenRead(packages.GeneratorPackage);
        var entries = archive.Entries.Select(entry => entry.FullName).ToList();

        Assert.Equal(
            ["lib/netstandard2.0/ArchTemplates.Attributes.dll", "lib/netstandard2.0/ArchTemplates.Attributes.xml"],
            entries.Where(entry => entry.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var docs = XDocument.Load(archive.GetEntry("lib/netstandard2.0/ArchTemplates.Attributes.xml")!.Open());
        Assert.Contains(docs.Descendants("member"), member => (string?)member.Attribute("name") == "T:ArchTemplates.ContainerAttribute");
    }

    [Fact]
    public void Generator_package_carries_msbuild_wiring_for_direct_and_transitive_references_and_the_task_assembly()
    {
        var entries = EntriesOf(packages.GeneratorPackage);

        Assert.Contains("build/ArchTemplates.Generator.props", entries);
        Assert.Contains("build/ArchTemplates.Generator.targets", entries);
        Assert.Contains("buildTransitive/ArchTemplates.Generator.props", entries);
        Assert.Contains("buildTransitive/ArchTemplates.Generator.targets", entries);
        Assert.Contains("tasks/netstandard2.0/ArchTemplates.Build.Tasks.dll", entries);
        Assert.Contains("tasks/netstandard2.0/ArchTemplates.Attributes.dll", entries);
    }

    [Theory]
    [InlineData("ArchTemplates")]
    [InlineData("ArchTemplates.Generator")]
    public void Both_packages_have_readme_license_icon_and_the_shared_version(string id)
    {
        var path = id == "ArchTemplates" ? packages.TemplatePackage : packages.GeneratorPackage;
        using var archive = ZipFile.OpenRead(path);
        var nuspec = XDocument.Load(archive.GetEntry($"{id}.nuspec")!.Open());
        var metadata = nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(element => element.Name.LocalName == name).Value;

        Assert.Equal(packages.Version, Value("version"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("icon.png", Value("icon"));
        Assert.Equal("MIT", Value("license"));
        Assert.NotNull(archive.GetEntry("README.md"));
        Assert.NotNull(archive.GetEntry("icon.png"));
        Assert.NotNull(archive.GetEntry("LICENSE"));
    }

    [Fact]
    public void Template_pack_is_a_template_package_holding_every_template_config_file()
    {
        using var archive = ZipFile.OpenRead(packages.TemplatePackage);
        var nuspec = XDocument.Load(archive.GetEntry("ArchTemplates.nuspec")!.Open());
        var packageType = nuspec.Descendants().Single(element => element.Name.LocalName == "packageType");
        Assert.Equal("Template", (string?)packageType.Attribute("name"));

        var expected = Directory.EnumerateFiles(Repository.TemplatesDirectory, "*", SearchOption.AllDirectories)
            .Where(file => file.Contains($"{Path.DirectorySeparatorChar}.template.config{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => "content/" + Path.GetRelativePath(Repository.TemplatesDirectory, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, archive.Entries.Select(entry => entry.FullName).Where(expected.Contains).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Template_manifests_are_stamped_with_the_pack_version()
    {
        using var archive = ZipFile.OpenRead(packages.TemplatePackage);
        var manifests = archive.Entries.Where(entry => entry.FullName.EndsWith(".template.config/template.json", StringComparison.Ordinal)).ToList();

        // archservice adds to a solution whose Directory.Packages.props already pins the generator; archadr adds a Markdown file.
        Assert.Equal(
            ["content/archadr/.template.config/template.json", "content/archdoc/.template.config/template.json", "content/archservice/.template.config/template.json", "content/archsolution/.template.config/template.json"],
            manifests.Select(manifest => manifest.FullName).Order(StringComparer.Ordinal));
        foreach (var manifest in manifests)
        {
            using var reader = new StreamReader(manifest.Open());
            var text = reader.ReadToEnd();
            Assert.DoesNotContain("__PACKAGE_VERSION__", text, StringComparison.Ordinal);
            Assert.Equal(manifest.FullName.Contains("archdoc", StringComparison.Ordinal) || manifest.FullName.Contains("archsolution", StringComparison.Ordinal), text.Contains($"\"value\": \"{packages.Version}\"", StringComparison.Ordinal));
        }
    }

    private static List<string> EntriesOf(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        return archive.Entries.Select(entry => entry.FullName).ToList();
    }
}
