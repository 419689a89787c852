namespace ArchTemplates.Testing;

/// <summary>
/// One document of a manifest file, validated against its Kubernetes object schema. <c>Document</c> is its
/// 1-based position in the file, null when the file is not valid YAML.
/// </summary>
public sealed record KubernetesDocumentResult(string File, int? Document, string? ApiVersion, string? Kind, string? Name, bool Ok, IReadOnlyList<string> Errors)
{
    public override string ToString()
        => $"{File} document {Document?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} ({ApiVersion} {Kind} {Name}): {(Ok ? "ok" : string.Join("; ", Errors))}";
}

/// <summary>
/// Validates multi-document Kubernetes manifests with the <c>kubernetes-models</c> package: apiVersion and kind
/// pick the model; a kind without a model is a failure.
/// </summary>
public static class KubernetesCheck
{
    public static IReadOnlyList<KubernetesDocumentResult> Validate(string manifestPath)
        => NodeTools.Run<List<KubernetesDocumentResult>>("validate-k8s.mjs", [manifestPath]);
}
