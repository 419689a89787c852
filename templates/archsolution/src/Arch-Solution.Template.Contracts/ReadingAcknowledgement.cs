namespace Arch_Solution.Template.Contracts;

/// <summary>What the gateway answers when it accepts a reading.</summary>
/// <param name="SensorId">The sensor whose reading was accepted.</param>
/// <param name="ReceivedAt">When the gateway accepted it.</param>
public sealed record ReadingAcknowledgement(string SensorId, DateTimeOffset ReceivedAt);
