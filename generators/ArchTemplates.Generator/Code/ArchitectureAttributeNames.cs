namespace ArchTemplates.Generator.Code;

/// <summary>
/// The metadata names of the architecture attributes (ArchTemplates.Attributes): the vocabulary the attribute
/// readers, the evidence readers and the conformance analyzer all recognise. Names only, so that recognising an
/// attribute is no dependency on the component that reads it.
/// </summary>
internal static class ArchitectureAttributeNames
{
    public const string Container = "ArchTemplates.ContainerAttribute";
    public const string Person = "ArchTemplates.PersonAttribute";
    public const string ExternalSystem = "ArchTemplates.ExternalSystemAttribute";
    public const string Technology = "ArchTemplates.TechnologyAttribute";
    public const string Component = "ArchTemplates.ComponentAttribute";
    public const string Relationship = "ArchTemplates.RelationshipAttribute";
    public const string Decision = "ArchTemplates.DecisionAttribute";
    public const string Api = "ArchTemplates.ApiAttribute";
    public const string DataModel = "ArchTemplates.DataModelAttribute";
}
