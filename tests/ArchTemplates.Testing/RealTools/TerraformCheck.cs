using System.Text.Json;

namespace ArchTemplates.Testing;

/// <summary>A Terraform file as HashiCorp's HCL parser read it: the configuration as JSON, or the parse error.</summary>
public sealed record TerraformParseResult(string File, bool Ok, string? Error, JsonElement? Json);

/// <summary>Parses Terraform files with <c>@cdktf/hcl2json</c> (the real HCL parser).</summary>
public static class TerraformCheck
{
    public static TerraformParseResult Parse(string terraformPath)
        => NodeTools.Run<List<TerraformParseResult>>("parse-hcl.mjs", [terraformPath]).Single();
}
