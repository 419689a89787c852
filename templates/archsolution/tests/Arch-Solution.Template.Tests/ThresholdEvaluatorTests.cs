using Arch_Solution.Template.Processor;

namespace Arch_Solution.Template.Tests;

public sealed class ThresholdEvaluatorTests
{
    private readonly ThresholdEvaluator _evaluator = new(new Thresholds(MinTemperature: 5, MaxTemperature: 35, MaxPressure: 1080, MaxHumidity: 80));

    [Fact]
    public void A_normal_reading_raises_no_alert()
        => Assert.False(_evaluator.IsThresholdExceeded(Samples.Reading()));

    [Fact]
    public void A_reading_above_a_threshold_raises_an_alert_naming_the_measurement_and_the_limit()
    {
        var alert = Assert.Single(_evaluator.Evaluate(Samples.Reading(temperature: 41.3)));

        Assert.Equal(("sensor-42", "temperature", 41.3, 35.0), (alert.SensorId, alert.Measurement, alert.Value, alert.Threshold));
    }

    [Fact]
    public void A_reading_below_the_minimum_temperature_raises_an_alert()
        => Assert.Equal(5, Assert.Single(_evaluator.Evaluate(Samples.Reading(temperature: -2))).Threshold);

    [Fact]
    public void Every_measurement_outside_its_threshold_raises_its_own_alert()
        => Assert.Equal(["temperature", "pressure", "humidity"], _evaluator.Evaluate(Samples.Reading(temperature: 50, pressure: 1100, humidity: 95)).Select(alert => alert.Measurement));
}
