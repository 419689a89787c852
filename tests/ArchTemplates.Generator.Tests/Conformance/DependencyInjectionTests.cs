using static ArchTemplates.Generator.Tests.Conformance.ConformanceRun;

namespace ArchTemplates.Generator.Tests.Conformance;

public sealed class DependencyInjectionTests
{
    private const string Components = """
        namespace Acme.Processing
        {
            public interface IAlertSink { void Send(string alert); }

            [ArchTemplates.Component("Email Sink", Container = "Processor")]
            public sealed class EmailSink : IAlertSink { public void Send(string alert) { } }

            [ArchTemplates.Component("Alert Evaluator", Container = "Processor")]
            [ArchTemplates.Relationship("Threshold Evaluator", "Evaluates with")]
            public sealed class AlertEvaluator(IAlertSink sink)
            {
                public void Raise() => sink.Send("high");
            }

            [ArchTemplates.Component("Threshold Evaluator", Container = "Processor")]
            public sealed class ThresholdEvaluator { }
        }
        """;

    [Theory]
    [InlineData("services.AddSingleton<IAlertSink, EmailSink>();")]
    [InlineData("services.AddTransient<IAlertSink, EmailSink>();")]
    [InlineData("services.AddScoped(typeof(IAlertSink), typeof(EmailSink));")]
    [InlineData("services.AddSingleton<IAlertSink>(new EmailSink());")]
    [InlineData("services.AddHttpClient<IAlertSink, EmailSink>();")]
    public async Task A_use_of_an_interface_is_a_use_of_the_component_registered_for_it(string registration)
    {
        var findings = await Findings(Components, Program(registration));

        // Alert Evaluator never uses Threshold Evaluator (ARCH202), and uses Email Sink through IAlertSink undeclared (ARCH201, once in the file).
        Assert.Equal(
            [("ARCH201", "File1.cs", 10, "IAlertSink"), ("ARCH202", "File1.cs", 9, "ArchTemplates.Relationship(\"Threshold Evaluator\", \"Evaluates with\")")],
            Where(findings).OrderBy(finding => finding.Id));
        Assert.StartsWith("Alert Evaluator uses Email Sink (Processor) here", findings.Single(finding => finding.Id == "ARCH201").GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("services.AddSingleton<IAlertSink>(_ => new EmailSink());")]
    [InlineData("")]
    public async Task A_factory_or_no_registration_gives_no_finding_rather_than_a_guess(string registration)
    {
        // Nothing says which component IAlertSink is, so neither a use of Email Sink nor a missing one is reported.
        Assert.Empty(await Findings(Components, Program(registration)));
    }

    [Fact]
    public async Task A_method_of_the_same_name_outside_Microsoft_Extensions_DependencyInjection_registers_nothing()
    {
        const string own = """
            namespace Acme
            {
                public static class Registrations
                {
                    public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddSingleton<TService, TImplementation>(this Microsoft.Extensions.DependencyInjection.IServiceCollection services) => services;
                }
            }
            """;

        Assert.Empty(await Findings(Components, own, Program("Acme.Registrations.AddSingleton<IAlertSink, EmailSink>(services);")));
    }

    [Fact]
    public async Task Registering_a_component_verifies_a_relationship_but_does_not_need_one()
    {
        const string modules = """
            using Microsoft.Extensions.DependencyInjection;
            namespace Acme.Processing
            {
                [ArchTemplates.Component("Processor Module", Container = "Processor")]
                [ArchTemplates.Relationship("Email Sink", "Runs")]
                public static class ProcessorModule
                {
                    public static IServiceCollection AddProcessor(this IServiceCollection services)
                    {
                        services.AddSingleton<ThresholdEvaluator>();
                        services.AddScoped(typeof(IAlertSink), typeof(EmailSink));
                        return services;
                    }
                }
            }
            """;

        // Threshold Evaluator is registered without a relationship (no ARCH201); Email Sink's relationship is verified.
        var findings = Where(await Findings(Components, modules));

        Assert.Equal([("ARCH202", "File1.cs", 9, "ArchTemplates.Relationship(\"Threshold Evaluator\", \"Evaluates with\")")], findings.Where(finding => finding.File != "File1.cs" || finding.Line != 10));
        Assert.DoesNotContain(findings, finding => finding.File == "File2.cs");
    }

    [Fact]
    public async Task Implementing_a_registered_interface_is_not_a_use_of_its_other_implementations()
    {
        const string second = """
            namespace Acme.Processing
            {
                [ArchTemplates.Component("Sms Sink", Container = "Processor")]
                public sealed class SmsSink : IAlertSink { public void Send(string alert) { } }
            }
            """;

        var findings = await Findings(Components, second, Program("services.AddSingleton<IAlertSink, EmailSink>();"));

        Assert.DoesNotContain(findings, finding => finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("Sms Sink", StringComparison.Ordinal));
    }
}
