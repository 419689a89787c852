using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Evidence;

/// <summary>What one syntax tree contributes: its uses of types that can lead to a component, and its service registrations.</summary>
internal sealed record TreeUses(EquatableArray<ComponentLink> Uses, EquatableArray<BoundService> Registrations)
{
    public static readonly TreeUses Empty = new(EquatableArray<ComponentLink>.Empty, EquatableArray<BoundService>.Empty);
}

/// <summary>A use, with the components of the user and of the used type (null for a type that belongs to none).</summary>
internal sealed record ComponentLink(TypeUse Use, string? UserComponent, string? UsedComponent);

/// <summary>A registration, with the component of its implementation and whether that is in an assembly where components can be.</summary>
internal sealed record BoundService(ServiceRegistration Registration, string? ImplementationComponent, bool InArchitectureAssembly);
