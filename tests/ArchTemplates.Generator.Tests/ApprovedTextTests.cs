using Xunit.Sdk;

namespace ArchTemplates.Generator.Tests;

/// <summary>An approved copy changes only on a developer's request, and a run that changed one never passes.</summary>
public sealed class ApprovedTextTests : IDisposable
{
    private readonly TempDirectory _folder = new("approved");

    private string Approved => _folder.Combine("snapshots", "output.txt");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_matching_output_passes_whatever_the_environment_says()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Approved)!);
        File.WriteAllText(Approved, "same\n");

        ApprovedText.Verify(Approved, "same\n", Environment(accept: true, ci: true));
        ApprovedText.Verify(Approved, "same\n", Environment(accept: false, ci: false));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_mismatch_fails_with_a_diff_and_leaves_the_approved_copy_alone(bool missing)
    {
        if (!missing)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Approved)!);
            File.WriteAllText(Approved, "old\n");
        }

        var failure = Assert.Throws<FailException>(() => ApprovedText.Verify(Approved, "new\n", Environment(accept: false, ci: false)));

        Assert.Contains("+ new", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ARCHTEMPLATES_ACCEPT_BASELINES=1", failure.Message, StringComparison.Ordinal);
        Assert.Equal(missing ? null : "old\n", File.Exists(Approved) ? File.ReadAllText(Approved) : null);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Accepting_rewrites_the_approved_copy_and_still_fails_the_run(bool missing)
    {
        if (!missing)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Approved)!);
            File.WriteAllText(Approved, "old\n");
        }

        var failure = Assert.Throws<FailException>(() => ApprovedText.Verify(Approved, "new\n", Environment(accept: true, ci: false)));

        Assert.Equal("new\n", File.ReadAllText(Approved));
        Assert.Contains("Rewrote", failure.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(Approved)!, "*.tmp"));
        ApprovedText.Verify(Approved, "new\n", Environment(accept: false, ci: false));
    }

    [Fact]
    public void Accepting_is_refused_on_a_build_server_and_writes_nothing()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Approved)!);
        File.WriteAllText(Approved, "old\n");

        var failure = Assert.Throws<FailException>(() => ApprovedText.Verify(Approved, "new\n", Environment(accept: true, ci: true)));

        Assert.Equal("old\n", File.ReadAllText(Approved));
        Assert.Contains("refused because CI is set", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+ new", failure.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Environment(bool accept, bool ci)
        => name => name switch
        {
            ApprovedText.AcceptVariable => accept ? "1" : null,
            "CI" => ci ? "true" : null,
            _ => null,
        };
}
