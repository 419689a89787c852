using ArchTemplates;
using Arch_Solution.Template.Contracts;
using MassTransit;
using Microsoft.AspNetCore.Mvc;

namespace Arch_Solution.Template.Gateway;

/// <summary>The HTTP endpoint sensors send their readings to.</summary>
#if (singleHost)
[Component("Readings Endpoint", Container = "Host", Description = "Accepts sensor readings over HTTP, publishes them and acknowledges them")]
#else
[Component("Readings Endpoint", Description = "Accepts sensor readings over HTTP, publishes them and acknowledges them")]
#endif
[Relationship(ArchitectureModel.Components.ReadingValidator, "Validates readings with")]
[Decision(2)]
[Api("POST", "/readings", Description = "Send a sensor reading", Request = typeof(SensorReading), Response = typeof(ReadingAcknowledgement), Responses = "202, 400, 413, 503")]
public static class ReadingsEndpoint
{
    /// <summary>The largest request body accepted, in bytes; a larger one is refused with 413.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    /// <summary>How long publishing a reading may take before the gateway answers 503.</summary>
    public static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Maps <c>POST /readings</c>.</summary>
    public static IEndpointRouteBuilder MapReadings(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/readings", Accept).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return endpoints;
    }

    /// <summary>
    /// Validates the reading and publishes it for processing; answers 202 with an acknowledgement as soon as the
    /// message bus has it, 400 with the problems, 413 for a body over <see cref="MaxBodyBytes"/>, or 503 when the
    /// bus does not take the reading within <see cref="PublishTimeout"/>.
    /// </summary>
    public static async Task<IResult> Accept(HttpRequest request, ReadingValidator validator, IPublishEndpoint bus, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(clock);
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        SensorReading? reading;
        IDictionary<string, string[]> errors;
        try
        {
            (reading, errors) = await validator.ReadAsync(request.Body, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The sensor reading is not valid.");
        }

        using var publishing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        publishing.CancelAfter(PublishTimeout);
        try
        {
            await bus.Publish(reading!, publishing.Token);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The broker is down or unreachable: the sensor keeps the reading and sends it again.
            return Results.Problem(
                title: "The reading could not be queued for processing; send it again later.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Accepted(value: new ReadingAcknowledgement(reading!.SensorId, clock.GetUtcNow()));
    }

    private static IResult TooLarge()
        => Results.Problem(title: $"A sensor reading is at most {MaxBodyBytes} bytes of JSON.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
