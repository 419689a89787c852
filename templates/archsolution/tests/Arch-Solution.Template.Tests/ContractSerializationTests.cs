using System.Text.Json;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Tests;

public sealed class ContractSerializationTests
{
    [Fact]
    public void A_sensor_reading_is_written_in_snake_case_as_its_data_model_declares()
    {
        var json = JsonSerializer.Serialize(Samples.Reading(), ContractSerialization.Options);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("sensor-42", root.GetProperty("sensor_id").GetString());
        Assert.Equal(45, root.GetProperty("readings").GetProperty("humidity").GetDouble());
        Assert.Equal("Plant 1, hall B", root.GetProperty("metadata").GetProperty("location").GetString());
        Assert.True(root.GetProperty("metadata").TryGetProperty("calibration_date", out _));
    }

    [Fact]
    public void A_sensor_reading_survives_a_round_trip()
    {
        var reading = Samples.Reading();

        var copy = JsonSerializer.Deserialize<SensorReading>(JsonSerializer.Serialize(reading, ContractSerialization.Options), ContractSerialization.Options);

        Assert.NotNull(copy);
        Assert.Equal(reading.Readings, copy.Readings);
        Assert.Equal(reading.Metadata, copy.Metadata);
    }
}
