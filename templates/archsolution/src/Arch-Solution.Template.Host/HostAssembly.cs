namespace Arch_Solution.Template;

/// <summary>
/// Names the host's assembly for tests that start it (<c>WebApplicationFactory&lt;HostAssembly&gt;</c>): the services'
/// own web projects each have a public <c>Program</c> class too, so that name is ambiguous where all are referenced.
/// </summary>
public sealed class HostAssembly
{
    private HostAssembly()
    {
    }
}
