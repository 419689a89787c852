
namespace ArchTemplates.EndToEnd.Tests.ToolChecks;

public sealed class KubernetesCheckTests
{
    [Fact]
    public void A_deployment_and_a_service_pass()
    {
        var results = KubernetesCheck.Validate(Fixtures.PathOf("deployment-service.yaml"));

        Assert.Equal([("Deployment", "gateway"), ("Service", "gateway")], results.Select(result => (result.Kind, result.Name)));
        Assert.All(results, result => Assert.True(result.Ok, $"{result.Kind} {result.Name}: {string.Join("; ", result.Errors)}"));
    }

    [Fact]
    public void A_field_of_the_wrong_type_fails()
    {
        var results = KubernetesCheck.Validate(Fixtures.PathOf("deployment-wrong-types.yaml"));

        var deployment = Assert.Single(results, result => result.Kind == "Deployment");
        Assert.False(deployment.Ok);
        Assert.Equal(["/spec/replicas must be integer"], deployment.Errors);
    }

    [Fact]
    public void Fields_the_schema_does_not_know_fail_wherever_they_are()
    {
        var deployment = Assert.Single(KubernetesCheck.Validate(Fixtures.PathOf("deployment-unknown-fields.yaml")));

        Assert.False(deployment.Ok);
        Assert.Equal(
            [
                "/metadata has a field its schema does not know: 'lables'",
                "/spec has a field its schema does not know: 'strategyy'",
                "/spec/template/spec/containers/0 has a field its schema does not know: 'imagePullPolicyy'",
            ],
            deployment.Errors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_without_any_object_fails()
    {
        var result = Assert.Single(KubernetesCheck.Validate(Fixtures.PathOf("no-objects.yaml")));

        Assert.False(result.Ok);
        Assert.Null(result.Document);
        Assert.Equal(["The file holds no Kubernetes object."], result.Errors);
    }

    [Fact]
    public void A_kind_without_a_kubernetes_model_fails()
    {
        var results = KubernetesCheck.Validate(Fixtures.PathOf("deployment-wrong-types.yaml"));

        var unknown = Assert.Single(results, result => result.Kind == "SensorFleet");
        Assert.False(unknown.Ok);
        Assert.Equal(2, unknown.Document);
        Assert.Contains("No Kubernetes model", Assert.Single(unknown.Errors), StringComparison.Ordinal);
    }
}
