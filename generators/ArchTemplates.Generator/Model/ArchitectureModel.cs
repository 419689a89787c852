using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Model;

/// <summary>The merged architecture: architecture.yml and the code's attributes, ready to render and emit.</summary>
internal sealed record ArchitectureModel(ArchitectureDefinition Definition, EquatableArray<ContainerDeclaration> Containers);
