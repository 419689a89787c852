using Arch_Solution.Template.Gateway;

namespace Arch_Solution.Template.Tests;

public sealed class ReadingValidatorTests
{
    private readonly ReadingValidator _validator = new();

    [Fact]
    public void A_complete_plausible_reading_is_valid()
        => Assert.Empty(_validator.Validate(Samples.Reading()));

    [Fact]
    public void A_missing_body_is_reported()
        => Assert.Equal(["body"], _validator.Validate(null).Keys);

    [Fact]
    public void Each_problem_is_reported_under_the_field_as_it_is_sent()
    {
        var errors = _validator.Validate(Samples.Reading(temperature: -300, humidity: 120, sensorId: " "));

        Assert.Equal(["readings.humidity", "readings.temperature", "sensor_id"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
