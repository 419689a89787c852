using System.Text.Json;

namespace ArchTemplates.EndToEnd.Tests.ToolChecks;

public sealed class TerraformCheckTests
{
    [Fact]
    public void A_valid_configuration_parses_to_its_json_form()
    {
        var result = TerraformCheck.Parse(Fixtures.PathOf("main.tf"));

        Assert.True(result.Ok, result.Error);
        var json = Assert.NotNull(result.Json);
        var server = json.GetProperty("resource").GetProperty("azurerm_postgresql_flexible_server").GetProperty("readings")[0];
        Assert.Equal("${azurerm_resource_group.sensors.name}", server.GetProperty("resource_group_name").GetString());
        Assert.Equal(JsonValueKind.Object, json.GetProperty("variable").GetProperty("location")[0].ValueKind);
    }

    [Fact]
    public void A_broken_configuration_fails_with_file_and_line()
    {
        var result = TerraformCheck.Parse(Fixtures.PathOf("broken.tf"));

        Assert.False(result.Ok);
        Assert.Null(result.Json);
        Assert.Contains("broken.tf:3,", result.Error, StringComparison.Ordinal);
    }
}
