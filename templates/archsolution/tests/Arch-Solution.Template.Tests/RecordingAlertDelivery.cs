using System.Collections.Concurrent;
using Arch_Solution.Template.Contracts;
using Arch_Solution.Template.Notifier;

namespace Arch_Solution.Template.Tests;

/// <summary>An alert delivery that keeps what it was given, for tests to read.</summary>
public sealed class RecordingAlertDelivery : IAlertDelivery
{
    private readonly ConcurrentQueue<(Alert Alert, string Message)> _delivered = new();

    /// <summary>The delivered alerts and their messages, in order.</summary>
    public IReadOnlyCollection<(Alert Alert, string Message)> Delivered => _delivered;

    /// <inheritdoc />
    public Task DeliverAsync(Alert alert, string message, CancellationToken cancellationToken)
    {
        _delivered.Enqueue((alert, message));
        return Task.CompletedTask;
    }
}
