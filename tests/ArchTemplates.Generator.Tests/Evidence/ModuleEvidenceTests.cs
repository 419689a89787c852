namespace ArchTemplates.Generator.Tests.Evidence;

/// <summary>A module library of a host container (the single-host styles): its components' code is evidence for them.</summary>
public sealed class ModuleEvidenceTests
{
    [Fact]
    public void A_primary_constructor_parameter_of_a_module_component_verifies_its_database_relationship()
    {
        const string host = "[assembly: ArchTemplates.Container(\"Host\")]\nnamespace Acme.Host { public static class Marker { } }";
        const string module = """
            namespace Acme.Processor
            {
                [ArchTemplates.Component("Reading Consumer", Container = "Host")]
                [ArchTemplates.Relationship("Database", "Stores readings in")]
                public sealed class ReadingConsumer(Acme.Processor.ReadingsDb database)
                {
                    public object Db => database;
                }

                public sealed class ReadingsDb : Microsoft.EntityFrameworkCore.DbContext { }
            }
            """ + LibraryStubs.EntityFramework;
        var run = new GeneratorHarness().WithYaml("title: Sensors\ncontainers:\n  - name: Database\n    kind: database\n    technology: SQLite\n")
            .WithProjectReference(new TestProject("Acme.Processor", "src/services/processor", string.Empty, module))
            .WithProjectReference(new TestProject("Acme.Host", "src/Acme.Host", string.Empty, host))
            .Run();

        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Reading Consumer → Database: Stores readings in — verified in code", run.Document(), StringComparison.Ordinal);
    }
}
