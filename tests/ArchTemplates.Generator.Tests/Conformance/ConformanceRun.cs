using ArchTemplates.Generator.Conformance;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Tests.Conformance;

/// <summary>Runs the generator and then the conformance analyzer on in-memory projects, and checks what it found.</summary>
internal static class ConformanceRun
{
    public const string BaseYaml = """
        title: Sensor Monitoring Platform
        containers:
          - name: Gateway
          - name: Processor
          - name: Database
            kind: database
        people:
          - name: Operator
        externalSystems:
          - name: Mail Service
        """;

    /// <summary>Just enough of Microsoft.Extensions.DependencyInjection for registrations to bind as they do in an application.</summary>
    public const string DependencyInjection = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IServiceCollection { }

            public static class ServiceCollectionServiceExtensions
            {
                public static IServiceCollection AddSingleton<TService, TImplementation>(this IServiceCollection services) where TService : class where TImplementation : class, TService => services;
                public static IServiceCollection AddSingleton<TService>(this IServiceCollection services) where TService : class => services;
                public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, System.Func<System.IServiceProvider, TService> implementationFactory) where TService : class => services;
                public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, TService implementationInstance) where TService : class => services;
                public static IServiceCollection AddScoped(this IServiceCollection services, System.Type serviceType, System.Type implementationType) => services;
                public static IServiceCollection AddTransient<TService, TImplementation>(this IServiceCollection services) where TService : class where TImplementation : class, TService => services;
            }

            public static class HttpClientFactoryServiceCollectionExtensions
            {
                public static IServiceCollection AddHttpClient<TClient>(this IServiceCollection services) where TClient : class => services;
                public static IServiceCollection AddHttpClient<TClient, TImplementation>(this IServiceCollection services) where TClient : class where TImplementation : class, TClient => services;
            }
        }
        """;

    /// <summary>A Program that configures services in the namespace <c>Acme.Processing</c> with <paramref name="registration"/>.</summary>
    public static string Program(string registration) => $$"""
        using Acme.Processing;
        using Microsoft.Extensions.DependencyInjection;
        public static class Program
        {
            public static void Configure(IServiceCollection services)
            {
                {{registration}}
            }
        }
        """;

    public static Task<Diagnostic[]> Findings(params string[] sources) => Findings(new GeneratorHarness().WithYaml(BaseYaml), sources);

    public static async Task<Diagnostic[]> Findings(GeneratorHarness harness, params string[] sources)
    {
        var diagnostics = await harness.Analyze(new ConformanceAnalyzer(), [DependencyInjection, .. sources]);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id.StartsWith("AD", StringComparison.Ordinal));
        return [.. diagnostics.OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)];
    }

    /// <summary>"ARCH201 File1.cs(4): message": what a finding says and where, for exact comparisons.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1}): {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The findings as (id, file, 1-based line, the text they point at).</summary>
    public static (string Id, string File, int Line, string Text)[] Where(IEnumerable<Diagnostic> diagnostics)
        => [.. diagnostics.Select(diagnostic => (
            diagnostic.Id,
            Path.GetFileName(diagnostic.Location.GetLineSpan().Path),
            diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1,
            diagnostic.Location.SourceTree?.GetText().ToString(diagnostic.Location.SourceSpan) ?? string.Empty))];
}
