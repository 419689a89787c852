using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Gateway;

/// <summary>The HTTP-triggered function sensors send their readings to (<c>POST /readings</c>).</summary>
[Component("Submit Reading Function", Description = "HTTP-triggered function that accepts sensor readings and acknowledges them")]
[Relationship(ArchitectureModel.Components.ReadingValidator, "Validates readings with")]
[Api("POST", "/readings", Description = "Send a sensor reading", Request = typeof(SensorReading), Response = typeof(ReadingAcknowledgement), Responses = "202, 400")]
public static class SubmitReadingFunction
{
    /// <summary>The function's entry point: validates the reading; answers 202 with an acknowledgement, or 400 with the problems.</summary>
    public static IResult Run(SensorReading? reading, ReadingValidator validator, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = validator.Validate(reading);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The sensor reading is not valid.");
        }

        // Publishing to the processor's trigger (a queue in production) goes here.
        return Results.Accepted(value: new ReadingAcknowledgement(reading!.SensorId, clock.GetUtcNow()));
    }
}
