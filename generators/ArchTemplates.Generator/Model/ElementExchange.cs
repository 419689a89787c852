namespace ArchTemplates.Generator.Model;

/// <summary>
/// The fields of every element as they leave the generator: in a project's fragment (read back by the projects
/// that reference it), in the typed model's graph data (read by <c>ArchTemplates.Model.GraphData</c>, in the
/// runtime model's constructor order) and in the document template's script model. A field added to an element
/// is added here, once; the runtime model (<c>ArchTemplates.Model</c>) then needs the matching constructor
/// parameter, and ExchangeRoundTripTests fails until every field survives the fragment and the graph data.
/// </summary>
internal static class ElementExchange
{
    public static readonly ElementFields<Person> People = ElementFields<Person>.Define()
        .Text("name", person => person.Name)
        .Text("description", person => person.Description)
        .ReadWith(values => new Person(values.Required("name"), values.Text("description")));

    public static readonly ElementFields<ExternalSystem> ExternalSystems = ElementFields<ExternalSystem>.Define()
        .Text("name", system => system.Name)
        .Text("description", system => system.Description)
        .Text("technology", system => system.Technology)
        .ReadWith(values => new ExternalSystem(values.Required("name"), values.Text("description"), values.Text("technology")));

    public static readonly ElementFields<Container> Containers = ElementFields<Container>.Define()
        .Text("name", container => container.Name)
        .Text("description", container => container.Description)
        .Text("technology", container => container.Technology)
        .Enum("kind", container => container.Kind)
        .Text("project", container => container.Project)
        .Enum("provenance", container => container.Provenance)
        .ReadWith(values => new Container(
            values.Required("name"), values.Text("description"), values.Text("technology"), values.Enum<ContainerKind>("kind"), values.Text("project"),
            values.Enum<Provenance>("provenance")));

    public static readonly ElementFields<Component> Components = ElementFields<Component>.Define()
        .Text("name", component => component.Name)
        .Text("description", component => component.Description)
        .Reference("container", component => component.Container)
        .Text("technology", component => component.Technology)
        .Text("type", component => component.TypeName)
        .Enum("provenance", component => component.Provenance)
        .ReadWith(values => new Component(
            values.Required("name"), values.Reference("container"), values.Text("description"), values.Text("technology"), values.Text("type"),
            values.Enum<Provenance>("provenance")));

    public static readonly ElementFields<Relationship> Relationships = ElementFields<Relationship>.Define()
        .Reference("from", relationship => relationship.From)
        .Reference("to", relationship => relationship.To)
        .Text("description", relationship => relationship.Description)
        .Text("technology", relationship => relationship.Technology)
        .Flag("async", relationship => relationship.Async)
        .Enum("provenance", relationship => relationship.Provenance)
        .Enum("evidence", relationship => relationship.Evidence, published: false)
        .ReadWith(values => new Relationship(
            values.Reference("from"), values.Reference("to"), values.Required("description"), values.Text("technology"), values.Flag("async"),
            values.Enum<Provenance>("provenance"))
        {
            Evidence = values.Enum<global::ArchTemplates.Evidence>("evidence"),
        });

    /// <summary>A technology's package is what the merge looks its version up by; the published model has the version.</summary>
    public static readonly ElementFields<Technology> Technologies = ElementFields<Technology>.Define()
        .Text("name", technology => technology.Name)
        .Text("version", technology => technology.Version)
        .Text("description", technology => technology.Description)
        .Text("package", technology => technology.Package, published: false)
        .ReadWith(values => new Technology(values.Required("name"), values.Text("version"), values.Text("description"), values.Text("package")));

    public static readonly ElementFields<DataModel> DataModels = ElementFields<DataModel>.Define()
        .Text("name", dataModel => dataModel.Name)
        .Text("type", dataModel => dataModel.TypeName)
        .Text("description", dataModel => dataModel.Description)
        .Text("schema", dataModel => dataModel.Schema)
        .ReadWith(values => new DataModel(values.Required("name"), values.Required("type"), values.Text("description"), values.Required("schema")));

    public static readonly ElementFields<DecisionLink> DecisionLinks = ElementFields<DecisionLink>.Define()
        .Reference("element", link => link.Element)
        .Text("number", link => link.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .ReadWith(values => new DecisionLink(values.Reference("element"), int.Parse(values.Required("number"), System.Globalization.CultureInfo.InvariantCulture)));

    public static readonly ElementFields<ApiEndpoint> Apis = ElementFields<ApiEndpoint>.Define()
        .Text("container", api => api.Container)
        .Text("component", api => api.Component)
        .Text("method", api => api.Method)
        .Text("route", api => api.Route)
        .Text("description", api => api.Description)
        .Text("request", api => api.Request)
        .Text("response", api => api.Response)
        .Text("responses", api => api.Responses)
        .ReadWith(values => new ApiEndpoint(
            values.Text("container"), values.Text("component"), values.Required("method"), values.Required("route"),
            values.Text("description"), values.Text("request"), values.Text("response"), values.Text("responses")));
}
