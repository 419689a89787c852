using System.Linq;
using ArchTemplates.Generator.Common;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Diagnostics;

/// <summary>A diagnostic as an equatable value, reported from its own pipeline output.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    /// <summary>Other places the message names, which an IDE shows with the diagnostic.</summary>
    public EquatableArray<LocationInfo> AdditionalLocations { get; init; } = EquatableArray<LocationInfo>.Empty;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
        => new(descriptor, location, messageArgs.ToEquatableArray());

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(
            Descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            AdditionalLocations.Select(location => location.ToLocation()),
            [.. MessageArgs]);
}
