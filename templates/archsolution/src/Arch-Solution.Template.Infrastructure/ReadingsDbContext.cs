using Arch_Solution.Template.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Arch_Solution.Template.Infrastructure;

/// <summary>The readings database: every accepted reading and every alert it raised.</summary>
public sealed class ReadingsDbContext(DbContextOptions<ReadingsDbContext> options) : DbContext(options)
{
    /// <summary>The stored readings.</summary>
    public DbSet<StoredReading> Readings => Set<StoredReading>();

    /// <summary>The stored alerts.</summary>
    public DbSet<StoredAlert> Alerts => Set<StoredAlert>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StoredReading>().HasIndex(reading => reading.Timestamp);
        modelBuilder.Entity<StoredAlert>().HasIndex(alert => alert.Timestamp);
    }
}

/// <summary>A stored sensor reading. Times are UTC <see cref="DateTime"/>s, which SQLite and PostgreSQL both compare and order.</summary>
public sealed class StoredReading
{
    /// <summary>The row's key.</summary>
    public long Id { get; init; }

    /// <summary>The sensor that measured.</summary>
    public required string SensorId { get; init; }

    /// <summary>When it measured (UTC).</summary>
    public required DateTime Timestamp { get; init; }

    /// <summary>Degrees Celsius.</summary>
    public required double Temperature { get; init; }

    /// <summary>Hectopascals.</summary>
    public required double Pressure { get; init; }

    /// <summary>Relative humidity in percent.</summary>
    public required double Humidity { get; init; }

    /// <summary>The row for <paramref name="reading"/>.</summary>
    public static StoredReading From(SensorReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new()
        {
            SensorId = reading.SensorId,
            Timestamp = reading.Timestamp.UtcDateTime,
            Temperature = reading.Readings.Temperature,
            Pressure = reading.Readings.Pressure,
            Humidity = reading.Readings.Humidity,
        };
    }

    /// <summary>The reading this row holds (without its metadata, which is not stored).</summary>
    public SensorReading ToReading()
        => new(SensorId, new DateTimeOffset(DateTime.SpecifyKind(Timestamp, DateTimeKind.Utc)), new Readings(Temperature, Pressure, Humidity), Metadata: null);
}

/// <summary>A stored alert.</summary>
public sealed class StoredAlert
{
    /// <summary>The row's key.</summary>
    public long Id { get; init; }

    /// <summary>The sensor that measured.</summary>
    public required string SensorId { get; init; }

    /// <summary>When it measured (UTC).</summary>
    public required DateTime Timestamp { get; init; }

    /// <summary>What was measured: temperature, pressure or humidity.</summary>
    public required string Measurement { get; init; }

    /// <summary>The measured value.</summary>
    public required double Value { get; init; }

    /// <summary>The limit the value crossed.</summary>
    public required double Threshold { get; init; }

    /// <summary>The row for <paramref name="alert"/>.</summary>
    public static StoredAlert From(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new()
        {
            SensorId = alert.SensorId,
            Timestamp = alert.Timestamp.UtcDateTime,
            Measurement = alert.Measurement,
            Value = alert.Value,
            Threshold = alert.Threshold,
        };
    }
}
