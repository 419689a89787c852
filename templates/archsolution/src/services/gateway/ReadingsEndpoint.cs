using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Gateway;

/// <summary>The HTTP endpoint sensors send their readings to.</summary>
#if (singleHost)
[Component("Readings Endpoint", Container = "Host", Description = "Accepts sensor readings over HTTP and acknowledges them")]
#else
[Component("Readings Endpoint", Description = "Accepts sensor readings over HTTP and acknowledges them")]
#endif
[Relationship(ArchitectureModel.Components.ReadingValidator, "Validates readings with")]
[Api("POST", "/readings", Description = "Send a sensor reading", Request = typeof(SensorReading), Response = typeof(ReadingAcknowledgement), Responses = "202, 400")]
public static class ReadingsEndpoint
{
    /// <summary>Maps <c>POST /readings</c>.</summary>
    public static IEndpointRouteBuilder MapReadings(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/readings", Accept);
        return endpoints;
    }

    /// <summary>Validates the reading; answers 202 with an acknowledgement, or 400 with the problems.</summary>
    public static IResult Accept(SensorReading? reading, ReadingValidator validator, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = validator.Validate(reading);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The sensor reading is not valid.");
        }

        // Forwarding to the processor goes here (a message broker in production).
        return Results.Accepted(value: new ReadingAcknowledgement(reading!.SensorId, clock.GetUtcNow()));
    }
}
