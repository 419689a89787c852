using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ArchTemplates.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The settings the workloads of a scaffold's deployment files get: for the broker a workload uses, the RabbitMQ
/// transport as a value and its connection string from the secret <c>broker</c>; for the database, the PostgreSQL
/// provider and its connection string from the secret <c>database</c>; connection strings never as literals. Each
/// setting reads <c>name=value</c> or <c>name=secret/key</c>.
/// </summary>
internal static partial class DeployedSettings
{
    /// <summary>The settings of a workload that uses the broker, the database, or both.</summary>
    public static IReadOnlyList<string> ExpectedFor((bool Broker, bool Database) uses)
        =>
        [
            .. uses.Broker ? ["Messaging__Transport=RabbitMq", "ConnectionStrings__Broker=broker/connection-string"] : Array.Empty<string>(),
            .. uses.Database ? ["Database__Provider=Postgres", "ConnectionStrings__Readings=database/connection-string"] : Array.Empty<string>(),
        ];

    /// <summary>The settings of each container of each Deployment in the manifests of <paramref name="kubernetesFolder"/>, by Deployment name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> OfKubernetesDeployments(string kubernetesFolder)
    {
        var settings = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var manifest in Directory.GetFiles(kubernetesFolder, "*.yaml"))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(manifest)));
            foreach (var document in stream.Documents.Select(document => (YamlMappingNode)document.RootNode).Where(root => Scalar(root, "kind") == "Deployment"))
            {
                var containers = (YamlSequenceNode)Mapping(Mapping(Mapping(document, "spec"), "template"), "spec")["containers"];
                foreach (var container in containers.Cast<YamlMappingNode>())
                {
                    var env = container.Children.TryGetValue("env", out var list) ? ((YamlSequenceNode)list).Cast<YamlMappingNode>() : [];
                    settings[$"{Scalar(Mapping(document, "metadata"), "name")}/{Scalar(container, "name")}"] = [.. env.Select(KubernetesSetting)];
                }
            }
        }

        return settings;
    }

    /// <summary>
    /// The settings each service of the Terraform configuration's deployments gets (main.tf as the HCL parser reads it),
    /// by service: the one container's <c>env</c> blocks, and its <c>dynamic "env"</c> blocks whose <c>for_each</c>
    /// (<c>each.value.&lt;flag&gt; ? [element] : []</c>) holds for the service, with the element as <c>env.value</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> OfTerraformDeployments(JsonElement main)
    {
        var resources = main.GetProperty("resource");
        var services = main.GetProperty("locals").EnumerateArray().Single(locals => locals.TryGetProperty("services", out _)).GetProperty("services");
        var container = resources.GetProperty("kubernetes_deployment_v1").GetProperty("service")[0]
            .GetProperty("spec")[0].GetProperty("template")[0].GetProperty("spec")[0].GetProperty("container").EnumerateArray().Single();
        var fixedSettings = container.TryGetProperty("env", out var env) ? env.EnumerateArray().Select(setting => TerraformSetting(setting, resources, element: null)).ToList() : [];
        var dynamicSettings = container.TryGetProperty("dynamic", out var dynamic) && dynamic.TryGetProperty("env", out var blocks)
            ? blocks.EnumerateArray().Select(block => (ForEach: ConditionalForEach().Match(block.GetProperty("for_each").GetString()!), Content: block.GetProperty("content")[0])).ToList()
            : [];
        Assert.All(dynamicSettings, setting => Assert.True(setting.ForEach.Success, $"A dynamic env block's for_each is not 'each.value.<flag> ? [element] : []': {setting.Content}"));
        return services.EnumerateObject().ToDictionary(
            service => service.Name,
            service => (IReadOnlyList<string>)
            [
                .. fixedSettings,
                .. dynamicSettings
                    .Where(setting => service.Value.GetProperty(setting.ForEach.Groups["flag"].Value).GetBoolean())
                    .Select(setting => TerraformSetting(setting.Content, resources, setting.ForEach.Groups["element"].Value)),
            ]);
    }

    private static string KubernetesSetting(YamlMappingNode env)
    {
        var name = Scalar(env, "name");
        if (!env.Children.TryGetValue("valueFrom", out var from))
        {
            return $"{name}={Scalar(env, "value")}";
        }

        var reference = Mapping((YamlMappingNode)from, "secretKeyRef");
        Assert.False(reference.Children.ContainsKey("optional"), $"{name}: a setting the service needs must not be optional.");
        return $"{name}={Scalar(reference, "name")}/{Scalar(reference, "key")}";
    }

    /// <param name="env">An env block, or a dynamic env block's content.</param>
    /// <param name="resources">The configuration's resources, where secrets are looked up.</param>
    /// <param name="element">In a dynamic block, the expression <c>env.value</c> stands for: a quoted literal or a reference.</param>
    private static string TerraformSetting(JsonElement env, JsonElement resources, string? element)
    {
        string Resolved(string value) => value != "${env.value}" || element is null ? value : element.StartsWith('"') ? element.Trim('"') : "${" + element + "}";

        var name = env.GetProperty("name").GetString();
        if (!env.TryGetProperty("value_from", out var from))
        {
            return $"{name}={Resolved(env.GetProperty("value").GetString()!)}";
        }

        var reference = from[0].GetProperty("secret_key_ref")[0];
        // The secret is named through its resource: ${kubernetes_secret_v1.<resource>.metadata[0].name}.
        var resource = SecretReference().Match(Resolved(reference.GetProperty("name").GetString()!)).Groups[1].Value;
        var secret = resources.GetProperty("kubernetes_secret_v1").GetProperty(resource)[0];
        return $"{name}={secret.GetProperty("metadata")[0].GetProperty("name").GetString()}/{reference.GetProperty("key").GetString()}";
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string? Scalar(YamlMappingNode node, string key)
        => node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex(@"^\$\{kubernetes_secret_v1\.([a-z_]+)\.metadata\[0\]\.name\}$")]
    private static partial Regex SecretReference();

    [GeneratedRegex(@"^\$\{each\.value\.(?<flag>[a-z_]+) \? \[(?<element>[^\]]+(\[0\][^\]]*)?)\] : \[\]\}$")]
    private static partial Regex ConditionalForEach();
}
