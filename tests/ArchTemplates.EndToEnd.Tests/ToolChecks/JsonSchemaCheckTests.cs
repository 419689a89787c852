
namespace ArchTemplates.EndToEnd.Tests.ToolChecks;

public sealed class JsonSchemaCheckTests
{
    private static readonly string SensorReadingSchema = Fixtures.PathOf("sensor-reading.schema.json");

    [Fact]
    public void A_draft_2020_12_schema_compiles()
    {
        var result = JsonSchemaCheck.CompileSchema(SensorReadingSchema);

        Assert.True(result.Ok, string.Join('\n', result.Errors));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void A_schema_that_is_not_valid_json_schema_fails_to_compile()
    {
        var result = JsonSchemaCheck.CompileSchema(Fixtures.PathOf("not-a-schema.schema.json"));

        Assert.False(result.Ok);
        Assert.Contains(result.Errors, error => error.StartsWith("/type must be equal to one of the allowed values", StringComparison.Ordinal));
    }

    [Fact]
    public void Ajv_runs_in_strict_mode_and_refuses_an_unknown_keyword()
    {
        // A valid schema to a lenient validator, which ignores the misspelt "propertise" and checks no property.
        var result = JsonSchemaCheck.CompileSchema(Fixtures.PathOf("strict-only.schema.json"));

        Assert.False(result.Ok);
        Assert.Equal(["strict mode: unknown keyword: \"propertise\""], result.Errors);
    }

    [Fact]
    public void An_instance_with_a_wrong_type_is_rejected()
    {
        var (valid, errors) = JsonSchemaCheck.Validate(SensorReadingSchema, """
            { "sensorId": "7f8e2a7c-2b7e-4a35-9a65-9c8d2d1e4b11", "timestamp": "2024-05-01T12:00:00Z", "value": "21.5", "unit": "celsius" }
            """);

        Assert.False(valid);
        Assert.Equal(["/value must be number"], errors);
    }

    [Fact]
    public void A_matching_instance_is_accepted()
    {
        var (valid, errors) = JsonSchemaCheck.Validate(SensorReadingSchema, """
            { "sensorId": "7f8e2a7c-2b7e-4a35-9a65-9c8d2d1e4b11", "timestamp": "2024-05-01T12:00:00Z", "value": 21.5, "unit": "celsius", "location": null }
            """);

        Assert.True(valid, string.Join('\n', errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void Formats_and_closed_objects_are_enforced()
    {
        var (valid, errors) = JsonSchemaCheck.Validate(SensorReadingSchema, """
            { "sensorId": "sensor-1", "timestamp": "yesterday", "value": 21.5, "unit": "celsius", "colour": "red" }
            """);

        Assert.False(valid);
        Assert.Equal(
            ["(instance) must NOT have additional properties: 'colour'", "/sensorId must match format \"uuid\"", "/timestamp must match format \"date-time\""],
            errors.Order(StringComparer.Ordinal));
    }
}
