using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ArchTemplates.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The settings every workload of a scaffold's deployment files gets: the RabbitMQ transport and the PostgreSQL
/// provider as values, and the two connection strings from the secrets <c>broker</c> and <c>database</c>,
/// never as literals. Each setting reads <c>name=value</c> or <c>name=secret/key</c>.
/// </summary>
internal static partial class DeployedSettings
{
    public static readonly IReadOnlyList<string> Expected =
    [
        "Messaging__Transport=RabbitMq",
        "ConnectionStrings__Broker=broker/connection-string",
        "Database__Provider=Postgres",
        "ConnectionStrings__Readings=database/connection-string",
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

    /// <summary>The settings of the one container of the Terraform configuration's deployments (main.tf as the HCL parser reads it).</summary>
    public static IReadOnlyList<string> OfTerraformDeployments(JsonElement main)
    {
        var resources = main.GetProperty("resource");
        var container = resources.GetProperty("kubernetes_deployment_v1").GetProperty("service")[0]
            .GetProperty("spec")[0].GetProperty("template")[0].GetProperty("spec")[0].GetProperty("container").EnumerateArray().Single();
        return [.. container.GetProperty("env").EnumerateArray().Select(env => TerraformSetting(env, resources))];
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

    private static string TerraformSetting(JsonElement env, JsonElement resources)
    {
        var name = env.GetProperty("name").GetString();
        if (!env.TryGetProperty("value_from", out var from))
        {
            return $"{name}={env.GetProperty("value").GetString()}";
        }

        var reference = from[0].GetProperty("secret_key_ref")[0];
        // The secret is named through its resource: ${kubernetes_secret_v1.<resource>.metadata[0].name}.
        var resource = SecretReference().Match(reference.GetProperty("name").GetString()!).Groups[1].Value;
        var secret = resources.GetProperty("kubernetes_secret_v1").GetProperty(resource)[0];
        return $"{name}={secret.GetProperty("metadata")[0].GetProperty("name").GetString()}/{reference.GetProperty("key").GetString()}";
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string? Scalar(YamlMappingNode node, string key)
        => node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex(@"^\$\{kubernetes_secret_v1\.([a-z_]+)\.metadata\[0\]\.name\}$")]
    private static partial Regex SecretReference();
}
