using System;
using System.IO;
using System.Text;

namespace ArchTemplates.Build.Tasks;

/// <summary>What <see cref="GeneratedFileWriter.Write"/> did with a file.</summary>
internal enum WriteOutcome
{
    /// <summary>The file already had this content; it was not touched, so its timestamp is unchanged.</summary>
    Unchanged,

    /// <summary>The file was created or replaced.</summary>
    Written,

    /// <summary>A file without the generated marker is at the path: it was left alone.</summary>
    NotOurs,
}

/// <summary>Writes generated files only when their content changed, atomically, and never over a file a person wrote.</summary>
internal static class GeneratedFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static WriteOutcome Write(string path, string content)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path);
            if (string.Equals(existing, content, StringComparison.Ordinal))
            {
                return WriteOutcome.Unchanged;
            }

            if (!GeneratedFileMarker.IsPresentIn(existing))
            {
                return WriteOutcome.NotOurs;
            }
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);

        // Write beside the target, then move over it: a reader sees the old file or the new one, never half of one.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, content, Utf8NoBom);
            if (File.Exists(path))
            {
                File.Replace(temporary, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, path);
            }
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return WriteOutcome.Written;
    }
}
