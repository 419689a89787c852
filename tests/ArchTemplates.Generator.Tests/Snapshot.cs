namespace ArchTemplates.Generator.Tests;

/// <summary>Compares generated text with its checked-in snapshot under Snapshots/ (see <see cref="ApprovedText"/>).</summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
        => ApprovedText.Verify(Path.Combine(Repository.Root, "tests", "ArchTemplates.Generator.Tests", "Snapshots", name), actual);
}
