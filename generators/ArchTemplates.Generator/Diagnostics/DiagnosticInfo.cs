using ArchTemplates.Generator.Common;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Diagnostics;

/// <summary>A diagnostic as an equatable value, reported from its own pipeline output.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
        => new(descriptor, location, messageArgs.ToEquatableArray());

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, [.. MessageArgs]);
}
