using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Emit;
using ArchTemplates.Generator.Fragments;
using ArchTemplates.Generator.Model;
using ArchTemplates.Model;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Generator.Tests.Emit;

/// <summary>
/// Every field of every element survives the exchanges, found by reflection so that a field added to an
/// element and forgotten in <see cref="ElementExchange"/> (or in the runtime model) fails here: each element
/// is made with a distinct value in every constructor parameter, written and read back.
/// </summary>
public sealed class ExchangeRoundTripTests
{
    private const string Root = "/repo";

    private static readonly EquatableArray<PackageReference> Packages = new[] { new PackageReference("Serilog", "4.0.0") }.ToEquatableArray();

    private static readonly EquatableArray<string> Frameworks = new[] { "Microsoft.AspNetCore.App" }.ToEquatableArray();

    private static readonly EquatableArray<string> ProjectReferences = new[] { "Acme.Contracts", "Acme.Domain" }.ToEquatableArray();

    /// <summary>The element types, as the declarations of one source hold them.</summary>
    private static readonly Type[] ElementTypes = typeof(ElementDeclarations).GetProperties()
        .Select(property => property.PropertyType.GetGenericArguments().Single().GetGenericArguments().Single())
        .ToArray();

    [Fact]
    public void Every_field_of_every_element_survives_a_fragment_written_and_read_back()
    {
        var project = new ProjectInfo(
            "Acme.Gateway", "src/gateway", "net10.0", Packages, Frameworks, ProjectKind.Web, ProjectReferences);
        var location = new LocationInfo($"{Root}/src/gateway/Router.cs", default, new LinePositionSpan(new LinePosition(3, 4), new LinePosition(3, 40)));
        var arguments = ElementTypes.Select(type => Declarations(type, symbolReferences: true, location)).ToArray();
        var declarations = new ProjectDeclarations(project, (ElementDeclarations)Activator.CreateInstance(typeof(ElementDeclarations), arguments)!);

        var read = FragmentSerializer.Read(FragmentSerializer.Write(declarations, Root), Root);

        Assert.NotNull(read);
        Assert.Equal(project, read.Project);
        foreach (var property in typeof(ElementDeclarations).GetProperties())
        {
            // One element at a time, so that a failure shows the element with its fields.
            Assert.Equal(Items(property.GetValue(declarations.Elements)), Items(property.GetValue(read.Elements)));
        }

        Assert.Equal(declarations, read);
    }

    [Fact]
    public void Every_published_field_of_every_element_survives_the_graph_data_written_and_read_back()
    {
        var model = ArchitectureModel.TitleOnly(ArchitectureDefinition.Empty);
        // A link with a decision record is no element: the runtime graph has elements and relationships only.
        var elements = ElementTypes.Where(type => type != typeof(DecisionLink)).ToDictionary(type => type, type => Filled(type, symbolReferences: false));
        var constructor = typeof(ArchitectureModel).GetConstructors().Single();
        var arguments = constructor.GetParameters()
            .Select(parameter => ElementType(parameter.ParameterType) is { } type && elements.TryGetValue(type, out var element)
                ? EquatableArrayOf(type, element)
                : typeof(ArchitectureModel).GetProperty(parameter.Name!)!.GetValue(model))
            .ToArray();
        Assert.Equal(elements.Count, arguments.Count(argument => elements.Values.Any(element => ContainsOnly(argument, element))));

        var graph = SystemArchitecture.FromGeneratedData(GraphDataWriter.Write((ArchitectureModel)constructor.Invoke(arguments)));

        var runtimeObjects = typeof(SystemArchitecture).GetProperties()
            .Where(property => property.PropertyType.IsGenericType)
            .SelectMany(property => ((System.Collections.IEnumerable)property.GetValue(graph)!).Cast<object>())
            .ToList();
        foreach (var (type, element) in elements)
        {
            var expected = PublishedValues(type, element);
            Assert.True(
                runtimeObjects.Any(runtime => expected.All(Values(runtime).Contains)),
                $"No element of the graph read back has every published value of {type.Name}: {string.Join(", ", expected)}.");
        }
    }

    /// <summary>A one-element EquatableArray of Declared&lt;T&gt;, the element filled and declared at <paramref name="location"/>.</summary>
    private static object Declarations(Type type, bool symbolReferences, LocationInfo location)
    {
        var declaredType = typeof(Declared<>).MakeGenericType(type);
        return EquatableArrayOf(declaredType, Activator.CreateInstance(declaredType, Filled(type, symbolReferences), location)!);
    }

    /// <summary>An element with a distinct value in every constructor parameter (a non-default one for enums and flags).</summary>
    private static object Filled(Type type, bool symbolReferences)
    {
        var constructor = type.GetConstructors().Single();
        return constructor.Invoke(constructor.GetParameters().Select(parameter =>
        {
            var text = $"{type.Name}.{parameter.Name}";
            return parameter.ParameterType switch
            {
                var stringType when stringType == typeof(string) => text,
                var referenceType when referenceType == typeof(ElementReference) => symbolReferences ? new ElementReference(text, "Containers") : new ElementReference(text),
                var boolType when boolType == typeof(bool) => true,
                var intType when intType == typeof(int) => text.Length,
                { IsEnum: true } enumType => Enum.GetValues(enumType).Cast<object>().Last(),
                var other => throw new InvalidOperationException($"{type.Name}.{parameter.Name} is a {other.Name}: give this test a distinct value for it."),
            };
        }).ToArray());
    }

    /// <summary>What the runtime model holds for each published field: text as is, a reference's name, an enum's name, a flag as the Async/Sync enum.</summary>
    private static List<string> PublishedValues(Type type, object element)
    {
        var exchange = typeof(ElementExchange).GetFields().Single(field => field.FieldType.GetGenericArguments().Single() == type).GetValue(null)!;
        var unpublished = ((System.Collections.IEnumerable)exchange.GetType().GetProperty("All")!.GetValue(exchange)!).Cast<object>()
            .Where(field => !(bool)field.GetType().GetProperty("Published")!.GetValue(field)!)
            .Select(field => ((Delegate)field.GetType().GetProperty("Value")!.GetValue(field)!).DynamicInvoke(element))
            .ToHashSet();
        return type.GetConstructors().Single().GetParameters()
            .Select(parameter => type.GetProperty(parameter.Name!)!.GetValue(element))
            .Where(value => !unpublished.Contains(value))
            .Select(value => value switch
            {
                ElementReference reference => reference.Name,
                true => Interaction.Async.ToString(),
                _ => value!.ToString()!,
            })
            .ToList();
    }

    /// <summary>A runtime object's values, except the kind every element of its class has.</summary>
    private static HashSet<string> Values(object runtime)
        => runtime.GetType().GetProperties()
            .Where(property => property.Name != nameof(ArchitectureElement.Kind) && property.GetIndexParameters().Length == 0)
            .Select(property => property.GetValue(runtime)?.ToString())
            .OfType<string>()
            .ToHashSet();

    private static Type? ElementType(Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>) ? type.GetGenericArguments()[0] : null;

    private static object EquatableArrayOf(Type itemType, object item)
    {
        var items = Array.CreateInstance(itemType, 1);
        items.SetValue(item, 0);
        return typeof(EquatableArray).GetMethods()
            .Single(method => method.Name == nameof(EquatableArray.ToEquatableArray) && method.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .MakeGenericMethod(itemType)
            .Invoke(null, [items])!;
    }

    private static List<object> Items(object? array) => ((System.Collections.IEnumerable)array!).Cast<object>().ToList();

    private static bool ContainsOnly(object? array, object element)
        => array is System.Collections.IEnumerable items && items.Cast<object>().SequenceEqual([element]);
}
