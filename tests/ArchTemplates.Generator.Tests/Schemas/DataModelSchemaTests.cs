using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArchTemplates.Generator.Tests.Schemas;

/// <summary>
/// Each generated schema must be a valid JSON Schema (Ajv, strict), accept what System.Text.Json writes for
/// an instance of the C# type, and reject the same JSON with a value of the wrong type.
/// </summary>
public sealed class DataModelSchemaTests(DataModelSchemaTests.Compiled compiled) : IClassFixture<DataModelSchemaTests.Compiled>
{
    public static TheoryData<string> Models => ["Sensor Reading", "Product", "Tree Node", "Attachment", "Drawing", "Notification", "Inbox", "Meter", "Calibration"];

    [Theory]
    [MemberData(nameof(Models))]
    public void The_schema_is_a_valid_json_schema(string model)
    {
        var result = JsonSchemaCheck.CompileSchema(compiled.SchemaPath(model));

        Assert.True(result.Ok, result.ToString());
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_schema_accepts_what_System_Text_Json_writes_for_the_type(string model)
    {
        var json = compiled.SampleJson(model);

        var (valid, errors) = JsonSchemaCheck.Validate(compiled.SchemaPath(model), json);

        Assert.True(valid, $"{json}\n{string.Join('\n', errors)}");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_schema_rejects_a_value_of_the_wrong_type(string model)
    {
        var sample = JsonNode.Parse(compiled.SampleJson(model))!.AsObject();
        var property = sample.First(pair => pair.Value is JsonValue);
        sample[property.Key] = property.Value!.GetValueKind() == JsonValueKind.String ? JsonValue.Create(12345) : JsonValue.Create("not the declared type");

        var (valid, _) = JsonSchemaCheck.Validate(compiled.SchemaPath(model), sample.ToJsonString());

        Assert.False(valid, $"The schema of {model} accepted {sample.ToJsonString()}");
    }

    [Fact]
    public void Names_nullability_collections_dictionaries_and_enums_follow_System_Text_Json()
    {
        var schema = JsonNode.Parse(File.ReadAllText(compiled.SchemaPath("Product")))!;
        var properties = schema["properties"]!.AsObject();

        Assert.Equal(
            ["id", "display_name", "notes", "price", "stock", "active", "releasedOn", "homepage", "tags", "ratings", "prices", "category", "availability", "variants", "priority", "grade", "sku"],
            properties.Select(pair => pair.Key));
        Assert.Equal("""["string","null"]""", properties["notes"]!["type"]!.ToJsonString());
        Assert.Equal("""["integer","null"]""", properties["stock"]!["type"]!.ToJsonString());
        Assert.Equal("uuid", (string?)properties["id"]!["format"]);
        Assert.Equal("date", (string?)properties["releasedOn"]!["format"]);
        Assert.Equal("number", (string?)properties["prices"]!["additionalProperties"]!["type"]);
        Assert.Equal("[1,2]", properties["category"]!["enum"]!.ToJsonString());
        Assert.Equal("""["InStock","Backorder","Discontinued"]""", properties["availability"]!["enum"]!.ToJsonString());
        Assert.Equal("#/$defs/Variant", (string?)properties["variants"]!["items"]!["$ref"]);
        Assert.Equal("""["id"]""", schema["required"]!.ToJsonString());
    }

    [Fact]
    public void Kebab_case_names_are_the_ones_System_Text_Json_writes()
    {
        var properties = JsonNode.Parse(File.ReadAllText(compiled.SchemaPath("Calibration")))!["properties"]!.AsObject();
        string[] declared = ["DeviceURLPath", "Retry2Count", "LastCalibratedAt", "IOError"];

        Assert.Equal(["device-url-path", "retry2-count", "last-calibrated-at", "io-error"], properties.Select(pair => pair.Key));
        Assert.Equal(declared.Select(JsonNamingPolicy.KebabCaseLower.ConvertName), properties.Select(pair => pair.Key));
    }

    [Fact]
    public void An_enum_model_is_its_values_and_byte_buffers_versions_and_nullable_string_enums_are_as_System_Text_Json_writes_them()
    {
        var level = JsonNode.Parse(File.ReadAllText(compiled.SchemaPath("Level")))!;
        Assert.Equal("integer", (string?)level["type"]);
        Assert.Equal("[1,-2]", level["enum"]!.ToJsonString());

        var attachment = JsonNode.Parse(File.ReadAllText(compiled.SchemaPath("Attachment")))!["properties"]!;
        Assert.Equal("""{"type":"string","contentEncoding":"base64"}""", attachment["content"]!.ToJsonString());
        Assert.Equal("""{"type":"string"}""", attachment["format"]!.ToJsonString());
        Assert.Equal("""{"type":["string","null"],"enum":["InStock","Backorder","Discontinued",null]}""", attachment["status"]!.ToJsonString());

        // [Flags]: any combination, as a number or as names joined by ", "; the member's summary comes first.
        Assert.Equal("""{"type":"integer","description":"Who may change it. (A combination (sum) of: 0 = None, 1 = Read, 2 = Write, 4 = Delete)"}""", attachment["access"]!.ToJsonString());
        Assert.Equal("^(None|Email|Sms|Push)(, (None|Email|Sms|Push))*$", (string?)attachment["channels"]!["pattern"]);
    }

    [Fact]
    public void A_polymorphic_base_is_any_of_its_derived_types_with_their_discriminators()
    {
        var schema = JsonNode.Parse(File.ReadAllText(compiled.SchemaPath("Drawing")))!;
        var shape = schema["$defs"]!["Shape"]!["anyOf"]!.AsArray();

        Assert.Equal("#/$defs/Shape", (string?)schema["properties"]!["shapes"]!["items"]!["$ref"]);
        Assert.Equal(
            ["""{"$ref":"#/$defs/Circle","type":"object","properties":{"kind":{"const":"circle"}},"required":["kind"]}""",
             """{"$ref":"#/$defs/Square","type":"object","properties":{"kind":{"const":2}},"required":["kind"]}"""],
            shape.Select(alternative => alternative!.ToJsonString()));
        // System.Text.Json writes a derived type's own members before the base's: {"kind":"circle","radius":2,"color":"red"}.
        Assert.Equal(["radius", "color"], schema["$defs"]!["Circle"]!["properties"]!.AsObject().Select(pair => pair.Key));
    }

    [Fact]
    public void A_concrete_polymorphic_base_is_also_itself_without_a_discriminator()
    {
        var anyOf = JsonNode.Parse(File.ReadAllText(compiled.SchemaPath("Notification")))!["anyOf"]!.AsArray();

        Assert.Equal(2, anyOf.Count);
        Assert.Equal("email", (string?)anyOf[0]!["properties"]!["$type"]!["const"]);
        Assert.Equal("""{"Recipient":{"type":"string"},"$type":false}""", anyOf[1]!["properties"]!.ToJsonString());
    }

    [Fact]
    public void Derived_types_without_a_discriminator_and_a_fallback_to_the_base_are_written_as_they_are()
    {
        var message = JsonNode.Parse(File.ReadAllText(compiled.SchemaPath("Inbox")))!["$defs"]!["IMessage"]!["anyOf"]!.AsArray();

        Assert.Equal(3, message.Count);
        Assert.Equal("text", (string?)message[0]!["properties"]!["$type"]!["const"]);
        Assert.Equal("""{"$ref":"#/$defs/Ping"}""", message[1]!.ToJsonString());

        // IgnoreUnrecognizedTypeDiscriminators: the base's own shape does not forbid a discriminator.
        Assert.Equal("""{"Id":{"type":"integer"}}""", message[2]!["properties"]!.ToJsonString());
    }

    [Theory]
    [InlineData("Drawing", """{"title":"t","shapes":[{"kind":"circle","color":"red","radius":"wide"}],"background":null}""")]
    [InlineData("Drawing", """{"title":"t","shapes":[{"kind":"triangle","color":"red"}],"background":null}""")]
    [InlineData("Notification", """{"$type":"sms","Recipient":"r"}""")]
    public void A_polymorphic_schema_rejects_a_wrong_member_or_an_unknown_discriminator(string model, string json)
    {
        var (valid, _) = JsonSchemaCheck.Validate(compiled.SchemaPath(model), json);

        Assert.False(valid, $"The schema of {model} accepted {json}");
    }

    [Fact]
    public void Json_number_handling_lets_numbers_be_strings_of_digits_or_named_literals()
    {
        var properties = JsonNode.Parse(File.ReadAllText(compiled.SchemaPath("Meter")))!["properties"]!;

        Assert.Equal("""{"type":["integer","string"],"pattern":"^(-?(0|[1-9][0-9]*))$"}""", properties["Count"]!.ToJsonString());
        Assert.Equal("""{"type":["integer","string"],"minimum":0,"pattern":"^((0|[1-9][0-9]*))$"}""", properties["Serial"]!.ToJsonString());
        Assert.Equal("""["number","string","null"]""", properties["Ratio"]!["type"]!.ToJsonString());
        Assert.Equal("""["integer","string"]""", properties["Totals"]!["items"]!["type"]!.ToJsonString());

        // The member's own attribute replaces its type's: named literals, and no digits in strings.
        Assert.Equal("""{"type":["number","string"],"pattern":"^(NaN|-?Infinity)$"}""", properties["Reading"]!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"Name":"m","Count":"12","Serial":7,"Ratio":null,"Totals":["1",2],"Reading":"-Infinity","Price":"9.5"}""", true)]
    [InlineData("""{"Name":"m","Count":"twelve","Serial":7,"Ratio":null,"Totals":[],"Reading":1,"Price":1}""", false)]
    [InlineData("""{"Name":"m","Count":1,"Serial":"-7","Ratio":null,"Totals":[],"Reading":1,"Price":1}""", false)]
    [InlineData("""{"Name":"m","Count":1,"Serial":7,"Ratio":null,"Totals":[],"Reading":"1.5","Price":1}""", false)]
    public void A_number_handling_schema_accepts_the_strings_System_Text_Json_reads_and_no_others(string json, bool accepted)
    {
        var (valid, errors) = JsonSchemaCheck.Validate(compiled.SchemaPath("Meter"), json);

        Assert.True(valid == accepted, $"{json}: {(valid ? "accepted" : string.Join('\n', errors))}");
    }

    [Fact]
    public void A_recursive_type_refers_to_itself()
    {
        var schema = JsonNode.Parse(File.ReadAllText(compiled.SchemaPath("Tree Node")))!;

        Assert.Equal("#", (string?)schema["properties"]!["Children"]!["items"]!["$ref"]);
    }

    /// <summary>The data models compiled with the generator, loaded, and their schemas written to disk.</summary>
    public sealed class Compiled : IDisposable
    {
        private static readonly Dictionary<JsonNaming, JsonSerializerOptions> SerializerOptions = new()
        {
            [JsonNaming.AsDeclared] = new(),
            [JsonNaming.CamelCase] = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase },
            [JsonNaming.SnakeCaseLower] = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower },
            [JsonNaming.KebabCaseLower] = new() { PropertyNamingPolicy = JsonNamingPolicy.KebabCaseLower },
        };

        private readonly TempDirectory _directory = new("schemas");
        private readonly Assembly _assembly;
        private readonly Dictionary<string, string> _schemaPaths = [];
        private readonly Dictionary<string, string> _typeNames = [];

        public Compiled()
        {
            var run = new GeneratorHarness().WithYaml("title: Catalog\n").Run(DataModelSources.Source);
            Assert.Empty(run.Diagnostics);
            using var image = new MemoryStream();
            var emitted = run.OutputCompilation.Emit(image);
            Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics));
            _assembly = new AssemblyLoadContext("data-models", isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));

            foreach (var dataModel in ArchitectureGraph(_assembly).DataModels)
            {
                var path = _directory.Combine(dataModel.Name.Replace(' ', '-') + ".schema.json");
                File.WriteAllText(path, dataModel.JsonSchema);
                _schemaPaths[dataModel.Name] = path;
                _typeNames[dataModel.Name] = dataModel.TypeName;
            }
        }

        public string SchemaPath(string model) => _schemaPaths[model];

        /// <summary>What System.Text.Json writes for a sample instance, with the naming policy the model declares.</summary>
        public string SampleJson(string model)
        {
            var type = _assembly.GetType(_typeNames[model], throwOnError: true)!;
            return JsonSerializer.Serialize(SampleFactory.Create(type), type, SerializerOptions[type.GetCustomAttribute<DataModelAttribute>()!.Naming]);
        }

        public void Dispose() => _directory.Dispose();

        private static ArchTemplates.Model.SystemArchitecture ArchitectureGraph(Assembly assembly)
            => (ArchTemplates.Model.SystemArchitecture)assembly.GetType("Acme.Sensors.ArchitectureModel", throwOnError: true)!
                .GetProperty("Graph")!.GetValue(null)!;
    }
}
