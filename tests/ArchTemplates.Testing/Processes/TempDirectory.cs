namespace ArchTemplates.Testing;

/// <summary>A fresh directory under the system temp folder, deleted on dispose unless ARCHTEMPLATES_KEEP_TEST_FILES is set.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix)
    {
        Path = Directory.CreateTempSubdirectory($"archtemplates-{prefix}-").FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ARCHTEMPLATES_KEEP_TEST_FILES") is not null)
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the OS cleans the temp folder eventually.
        }
    }
}
