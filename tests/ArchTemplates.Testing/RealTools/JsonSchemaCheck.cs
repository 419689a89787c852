namespace ArchTemplates.Testing;

/// <summary>Whether a file is itself a valid JSON Schema that compiles, and why not.</summary>
public sealed record SchemaCompileResult(string Schema, bool Ok, IReadOnlyList<string> Errors)
{
    public override string ToString() => $"{Schema}: {(Ok ? "ok" : string.Join("; ", Errors))}";
}

/// <summary>
/// JSON Schema checks by Ajv (draft 2020-12, ajv-formats, strict mode; union types such as
/// <c>["string", "null"]</c> allowed).
/// </summary>
public static class JsonSchemaCheck
{
    public static SchemaCompileResult CompileSchema(string schemaPath)
        => NodeTools.Run<List<SchemaCompileResult>>("validate-json-schema.mjs", ["compile", schemaPath]).Single();

    /// <summary>Validates <paramref name="instanceJson"/> against the schema; a schema that does not compile gives <c>Valid = false</c> with its compile errors.</summary>
    public static (bool Valid, IReadOnlyList<string> Errors) Validate(string schemaPath, string instanceJson)
    {
        using var directory = new TempDirectory("instance");
        var instancePath = directory.Combine("instance.json");
        File.WriteAllText(instancePath, instanceJson);
        var result = NodeTools.Run<List<InstanceResult>>("validate-json-schema.mjs", ["validate", schemaPath, instancePath]).Single();
        return (result.Valid, result.Errors);
    }

    private sealed record InstanceResult(string Schema, string? Instance, bool Valid, IReadOnlyList<string> Errors);
}
