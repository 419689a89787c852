using ArchTemplates.Generator.Tests.Conformance;
using static ArchTemplates.Generator.Tests.Conformance.ConformanceRun;

namespace ArchTemplates.Generator.Tests.Evidence;

/// <summary>
/// A component's code that reaches another component verifies the relationship declared between them: a direct use,
/// one through a helper type, one through a service the registrations bind, and across the projects of a container;
/// without a declaration, the use is inferred. The document reads what the conformance analyzer checks as code is typed.
/// </summary>
public sealed class ComponentEvidenceTests
{
    private const string Processing = """
        [assembly: ArchTemplates.Container("Processor")]
        namespace Acme.Processing
        {
            public interface IAlertSink { void Send(string alert); }

            [ArchTemplates.Component("Email Sink")]
            public sealed class EmailSink : IAlertSink { public void Send(string alert) { } }

            [ArchTemplates.Component("Threshold Store")]
            public sealed class ThresholdStore { public double Limit => 40; }

            public sealed class ThresholdCache(ThresholdStore store) { public double Limit => store.Limit; }

            [ArchTemplates.Component("Alert Evaluator")]
            [ArchTemplates.Relationship("Email Sink", "Sends alerts with")]
            [ArchTemplates.Relationship("Threshold Store", "Reads limits from")]
            [ArchTemplates.Relationship("Audit Log", "Records evaluations in")]
            public sealed class AlertEvaluator(IAlertSink sink, ThresholdCache limits)
            {
                public void Raise(double value) { if (value > limits.Limit) sink.Send("high"); }
            }

            [ArchTemplates.Component("Audit Log")]
            public sealed class AuditLog { }
        }
        """;

    private static string Run(params string[] processor)
    {
        var run = new GeneratorHarness().WithYaml("title: Sensors\n")
            .WithProjectReference(new TestProject("Acme.Processor", "src/services/processor", string.Empty, [.. processor, ConformanceRun.DependencyInjection]))
            .Run();
        Assert.Empty(run.Diagnostics);
        return run.Document();
    }

    [Fact]
    public void A_service_the_registrations_bind_and_a_helper_verify_and_a_relationship_no_code_shows_stays_declared()
    {
        var document = Run(Processing, Program("services.AddSingleton<IAlertSink, EmailSink>();"));

        Assert.Contains("- Alert Evaluator → Email Sink: Sends alerts with — verified in code", document, StringComparison.Ordinal);
        Assert.Contains("- Alert Evaluator → Threshold Store: Reads limits from — verified in code", document, StringComparison.Ordinal);
        Assert.Contains("- Alert Evaluator → Audit Log: Records evaluations in\n", document, StringComparison.Ordinal);
        Assert.Contains("2 verified (declared and found in the code), 1 declared only, 0 inferred from the code", document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_use_nothing_declares_is_inferred_between_the_components()
    {
        const string archiver = """
            namespace Acme.Processing
            {
                [ArchTemplates.Component("Reading Archiver")]
                public sealed class ReadingArchiver(AuditLog log) { public object Log => log; }
            }
            """;

        var document = Run(Processing, archiver, Program("services.AddSingleton<IAlertSink, EmailSink>();"));

        Assert.Contains("- Reading Archiver → Audit Log: Uses — inferred from code", document, StringComparison.Ordinal);
        Assert.Contains("2 verified (declared and found in the code), 1 declared only, 1 inferred from the code", document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_that_only_registers_another_verifies_a_declared_relationship_and_infers_none()
    {
        const string module = """
            namespace Acme.Processing
            {
                using Microsoft.Extensions.DependencyInjection;

                [ArchTemplates.Component("Processing Module")]
                [ArchTemplates.Relationship("Audit Log", "Runs")]
                public static class ProcessingModule
                {
                    public static void Add(IServiceCollection services)
                    {
                        services.AddSingleton<AuditLog>();
                        services.AddSingleton<ThresholdStore>();
                    }
                }
            }
            """;

        var document = Run(Processing, module, Program("services.AddSingleton<IAlertSink, EmailSink>();"));

        Assert.Contains("- Processing Module → Audit Log: Runs — verified in code", document, StringComparison.Ordinal);
        Assert.DoesNotContain("- Processing Module → Threshold Store", document, StringComparison.Ordinal);
        Assert.Contains(" 0 inferred from the code", document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("services.AddSingleton<IAlertSink>(_ => new EmailSink());")]
    [InlineData("")]
    public void A_service_bound_by_a_factory_or_not_at_all_verifies_nothing(string registration)
    {
        var document = Run(Processing, Program(registration));

        Assert.Contains("- Alert Evaluator → Email Sink: Sends alerts with\n", document, StringComparison.Ordinal);
        Assert.Contains("1 verified (declared and found in the code), 2 declared only", document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registration_outside_any_component_is_wiring_and_verifies_nothing()
    {
        var document = Run(Processing, Program("services.AddSingleton<AuditLog>(); services.AddSingleton<IAlertSink, EmailSink>();"));

        Assert.Contains("- Alert Evaluator → Audit Log: Records evaluations in\n", document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_in_a_library_of_the_container_is_reached_from_its_host_project()
    {
        const string library = """
            namespace Acme.Storage
            {
                [ArchTemplates.Component("Reading Store", Container = "Processor")]
                public sealed class ReadingStore { public void Save(double value) { } }
            }
            """;
        const string processor = """
            [assembly: ArchTemplates.Container("Processor")]
            namespace Acme.Processing
            {
                [ArchTemplates.Component("Reading Consumer")]
                [ArchTemplates.Relationship("Reading Store", "Stores readings with")]
                public sealed class ReadingConsumer
                {
                    public void Consume(double value) => new Acme.Storage.ReadingStore().Save(value);
                }
            }
            """;
        var run = new GeneratorHarness().WithYaml("title: Sensors\n")
            .WithProjectReference(new TestProject("Acme.Storage", "src/Acme.Storage", string.Empty, library))
            .WithProjectReference(new TestProject("Acme.Processor", "src/services/processor", string.Empty, processor) { References = ["Acme.Storage"] })
            .Run();

        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Reading Consumer → Reading Store: Stores readings with — verified in code", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_of_a_container_spread_over_projects_verifies_what_its_code_shows_and_is_never_reported_for_the_rest()
    {
        const string harness = """
            namespace Acme.Tests
            {
                [ArchTemplates.Component("Processor Harness", Container = "Test Suite")]
                [ArchTemplates.Relationship("Alert Evaluator", "Drives")]
                [ArchTemplates.Relationship("Email Sink", "Replaces")]
                public sealed class ProcessorHarness
                {
                    public object Start() => new Acme.Processing.AlertEvaluator(null!, null!);
                }
            }
            """;
        var run = new GeneratorHarness().WithYaml("title: Sensors\ncontainers:\n  - name: Test Suite\n    kind: application\n")
            .WithProjectReference(new TestProject("Acme.Processor", "src/services/processor", string.Empty, Processing, Program("services.AddSingleton<IAlertSink, EmailSink>();"), ConformanceRun.DependencyInjection))
            .WithProjectReference(new TestProject("Acme.Tests", "tests/Acme.Tests", string.Empty, harness) { References = ["Acme.Processor"] })
            .Run();

        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Processor Harness → Alert Evaluator: Drives — verified in code", run.Document(), StringComparison.Ordinal);
        Assert.Contains("- Processor Harness → Email Sink: Replaces\n", run.Document(), StringComparison.Ordinal);
    }
}
